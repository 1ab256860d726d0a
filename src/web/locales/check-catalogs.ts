/**
 * Checks that the message catalogs have exactly the same keys, the same interpolation variables per key,
 * and no empty messages. Exits non-zero and lists every difference when they do not.
 *
 *   node src/web/locales/check-catalogs.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Catalog = { [key: string]: string | Catalog };

/** Flattens a nested catalog into `a.b.c → message`. */
export function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const variablesOf = (message: string): string =>
  [...message.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

/** Lists the problems between a reference catalog and the others (empty when they agree). */
export function compareCatalogs(catalogs: Record<string, Catalog>): string[] {
  const problems: string[] = [];
  const flat = Object.entries(catalogs).map(([name, catalog]) => [name, flatten(catalog)] as const);
  const allKeys = new Set(flat.flatMap(([, messages]) => [...messages.keys()]));
  for (const key of [...allKeys].sort()) {
    const present = flat.filter(([, messages]) => messages.has(key));
    for (const [name, messages] of flat) {
      if (!messages.has(key)) problems.push(`${name}: missing key "${key}"`);
      else if (messages.get(key)?.trim() === '') problems.push(`${name}: empty message for "${key}"`);
    }
    const variables = new Set(present.map(([, messages]) => variablesOf(messages.get(key) ?? '')));
    if (variables.size > 1) {
      const detail = present.map(([name, m]) => `${name}={${variablesOf(m.get(key) ?? '')}}`).join(' ');
      problems.push(`"${key}": interpolation variables differ: ${detail}`);
    }
  }
  return problems;
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const load = (file: string): Catalog => JSON.parse(readFileSync(here(file), 'utf8')) as Catalog;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problems = compareCatalogs({ 'vi.json': load('./vi.json'), 'en.json': load('./en.json') });
  if (problems.length > 0) {
    console.error(`Message catalogs differ (${problems.length} problem(s)):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.log(`Message catalogs agree (${flatten(load('./vi.json')).size} keys).`);
}
