import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { type Database, openDatabase, queryRows } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { DEMO_PASSWORD, seedDemo } from '../src/server/demo/seed';
import { databaseUrl, startEmbeddedPostgres } from '../test/embedded-postgres';
import { measureBreakdown } from './breakdown';
import { LoadClient, type LoadRequest, type LoadResult, summarise } from './http-load';
import { type LatencyTarget, measureLatencies } from './latency';
import { describeMachine, loadAverage } from './machine';
import { benchNational } from './national';
import { type NationalServer, nationalSettings, startNationalPostgres } from './national-postgres';
import {
  type EngineResult,
  goalVerdicts,
  markdown,
  type NationalReport,
  nationalText,
  type Report,
  type Row,
  type RowKey,
  textTable,
} from './report';

const argv = process.argv.slice(2);
const nationalArg = argv.find((a) => a.startsWith('--national='));
const args = new Set(argv.filter((a) => a !== nationalArg));
const known = [
  '--postgres',
  '--no-postgres',
  '--quick',
  '--no-write',
  '--no-national',
  '--no-copy-baseline',
  '--no-exchange',
  '--no-meetings',
  '--no-documents',
  '--no-tasks',
  '--no-reports',
  '--no-report-aggregates',
  '--no-report-synthesis',
];
for (const arg of args) {
  if (!known.includes(arg)) {
    console.error(`unknown option ${arg}; known: ${known.join(' ')} --national=<members,…>`);
    process.exit(2);
  }
}
const requirePostgres = args.has('--postgres');
const skipPostgres = args.has('--no-postgres') && !requirePostgres;
const quick = args.has('--quick');
const write = !args.has('--no-write');

/** National sizes (members): `--national=1000000,5600000`, BENCH_NATIONAL, else the two sizes. */
function nationalSizes(): number[] {
  if (args.has('--no-national')) return [];
  const spec = nationalArg?.slice('--national='.length) ?? process.env.BENCH_NATIONAL;
  if (spec === undefined) return quick ? [100_000] : [1_000_000, 5_600_000];
  const sizes = spec
    .split(',')
    .filter(Boolean)
    .map((s) => Number(s.replaceAll('_', '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 2000 || n > 10_000_000)) {
    console.error('--national takes member counts from 2,000 to 10,000,000, e.g. --national=1000000,5600000');
    process.exit(2);
  }
  return sizes;
}
const national = nationalSizes();

const CONCURRENCY = 8;
const USER = 'committee';
const scale = quick ? 0.15 : 1;

/**
 * Time budget. The fast requests (bare route included) are measured in interleaved rounds — bare, app,
 * session, list, bare, app, … — so that drift and noisy neighbours fall on all of them alike and the ratios
 * stay fair. Sign-in (argon2id) is slow on purpose: fewer samples, measured on its own.
 */
const plan = {
  warmupMs: 1500,
  rounds: 5,
  roundMs: 1000,
  roundWarmupMs: 150,
  loadedWarmupMs: 500,
  loadedMs: 2500,
  login: { warmupMs: 1500, durationMs: 6000, minSamples: 150, loadedMs: 4000 },
};

const log = (message: string) => process.stderr.write(`${message}\n`);

interface Target {
  key: RowKey;
  label: string;
  request: string;
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  expectStatus: number;
}

type Phase = Pick<LoadRequest, 'concurrency' | 'warmupMs' | 'durationMs' | 'minSamples' | 'maxDurationMs'>;

function runTarget(client: LoadClient, target: Target, phase: Phase): Promise<LoadResult> {
  return client.run({
    url: target.url,
    method: target.method,
    headers: target.headers,
    body: target.body,
    expectStatus: target.expectStatus,
    maxSamples: 500_000,
    ...phase,
    warmupMs: phase.warmupMs * scale,
    durationMs: phase.durationMs * scale,
    maxDurationMs: phase.maxDurationMs * scale,
    minSamples: Math.ceil(phase.minSamples * scale),
  });
}

function merge(results: LoadResult[]): LoadResult {
  const total = results.reduce((n, r) => n + r.samples.length, 0);
  const samples = new Float64Array(total);
  let offset = 0;
  const unexpected: Record<string, number> = {};
  for (const r of results) {
    samples.set(r.samples, offset);
    offset += r.samples.length;
    for (const [status, n] of Object.entries(r.unexpected))
      unexpected[status] = (unexpected[status] ?? 0) + n;
  }
  return {
    samples,
    elapsedMs: results.reduce((t, r) => t + r.elapsedMs, 0),
    errors: results.reduce((n, r) => n + r.errors, 0),
    unexpected,
  };
}

function report(target: Target, c1: LoadResult, loaded: LoadResult): Row {
  const row: Row = {
    key: target.key,
    label: target.label,
    request: target.request,
    c1: summarise(c1),
    loaded: summarise(loaded),
  };
  const unexpected = merge([c1, loaded]).unexpected;
  const errorText = Object.keys(unexpected).length
    ? `  unexpected statuses ${JSON.stringify(unexpected)}`
    : '';
  log(
    `  ${target.label.padEnd(22)} p50 ${row.c1.p50.toFixed(3)} ms  p99 ${row.c1.p99.toFixed(3)} ms  ` +
      `${row.c1.samples} samples  ${Math.round(row.loaded.rps)} req/s at c=${CONCURRENCY}${errorText}`,
  );
  return row;
}

/** The fast requests, interleaved round by round at c=1, then each under load. */
async function measureFast(client: LoadClient, targets: Target[]): Promise<Row[]> {
  for (const target of targets) {
    await runTarget(client, target, {
      concurrency: 1,
      warmupMs: plan.warmupMs,
      durationMs: 0,
      minSamples: 0,
      maxDurationMs: 0,
    });
  }
  const perTarget = new Map<Target, LoadResult[]>(targets.map((t) => [t, []]));
  for (let round = 0; round < plan.rounds; round++) {
    for (const target of targets) {
      const result = await runTarget(client, target, {
        concurrency: 1,
        warmupMs: plan.roundWarmupMs,
        durationMs: plan.roundMs,
        minSamples: 0,
        maxDurationMs: plan.roundMs,
      });
      perTarget.get(target)?.push(result);
    }
  }
  const rows: Row[] = [];
  for (const target of targets) {
    const loaded = await runTarget(client, target, {
      concurrency: CONCURRENCY,
      warmupMs: plan.loadedWarmupMs,
      durationMs: plan.loadedMs,
      minSamples: 0,
      maxDurationMs: plan.loadedMs,
    });
    rows.push(report(target, merge(perTarget.get(target) ?? []), loaded));
  }
  return rows;
}

async function measureLogin(client: LoadClient, target: Target): Promise<Row> {
  const budget = plan.login;
  const c1 = await runTarget(client, target, {
    concurrency: 1,
    warmupMs: budget.warmupMs,
    durationMs: budget.durationMs,
    minSamples: budget.minSamples,
    maxDurationMs: budget.durationMs * 3,
  });
  const loaded = await runTarget(client, target, {
    concurrency: CONCURRENCY,
    warmupMs: plan.loadedWarmupMs,
    durationMs: budget.loadedMs,
    minSamples: 0,
    maxDurationMs: budget.loadedMs,
  });
  return report(target, c1, loaded);
}

async function startBare(): Promise<{ server: FastifyInstance; url: string }> {
  const server = Fastify();
  server.get('/bare', async () => ({ ok: true }));
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('bare server has no port');
  return { server, url: `http://127.0.0.1:${address.port}/bare` };
}

/** The member and tree requests at the reference size, as the committee user (who reaches all of VUSTA). */
function referenceTargets(origin: string, vustaId: string, cookie: string): LatencyTarget[] {
  const headers = { cookie };
  return [
    {
      key: 'search',
      label: 'member search',
      request: 'GET /api/members?q=<word>&limit=50 (5 words)',
      urls: ['phan xuan dung', 'nguyen thi', 'hoa', 'thang', 'le van'].map(
        (q) => `${origin}/api/members?q=${encodeURIComponent(q)}&limit=50`,
      ),
      headers,
    },
    {
      key: 'list',
      label: 'member list, first page',
      request: 'GET /api/members?unitId=<VUSTA>&limit=50',
      urls: [`${origin}/api/members?unitId=${vustaId}&limit=50`],
      headers,
    },
    {
      key: 'tree',
      label: 'tree with counts',
      request: 'GET /api/units?parentId=<VUSTA>&limit=100',
      urls: [`${origin}/api/units?parentId=${vustaId}&limit=100`],
      headers,
    },
    {
      key: 'statistics',
      label: 'subtree statistics',
      request: 'GET /api/members/statistics?unitId=<VUSTA>',
      urls: [`${origin}/api/members/statistics?unitId=${vustaId}`],
      headers,
    },
  ];
}

const referenceBudget = {
  warmupMs: 600 * scale,
  durationMs: 3000 * scale,
  minSamples: Math.ceil(200 * scale),
  maxDurationMs: 20_000 * scale,
};
const nationalBudget = {
  warmupMs: 1500 * scale,
  durationMs: 8000 * scale,
  minSamples: Math.ceil(30 * scale),
  maxDurationMs: 90_000 * scale,
};

interface EngineSetup {
  name: string;
  open(dataDir: string): Promise<{ database: Database; env: Record<string, string> }>;
  setup: string;
}

async function benchEngine(client: LoadClient, bareUrl: string, engine: EngineSetup): Promise<EngineResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dangbo-bench-'));
  let database: Database | null = null;
  let app: FastifyInstance | null = null;
  try {
    log(`${engine.name}: preparing the database (migrations, demo data)…`);
    const opened = await engine.open(dataDir);
    database = opened.database;
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      WEB_DIST: join(dataDir, 'no-web'),
      LOGIN_RATE_PER_MINUTE: '100000000',
      OUTBOX_DISABLED: '1',
      ...opened.env,
    });
    await runMigrations(database);
    // The reference committee (and its superior); the seed ends with ANALYZE, as autovacuum would.
    await seedDemo(database, { publicUrl: config.publicUrl });
    const [versionRow] = await queryRows<{ v: string }>(database.db, sql`select version() as v`);
    // PostgreSQL: "PostgreSQL 18.4 on x86_64…"; PGlite: "PostgreSQL 18.6 (PGlite 0.5.16) on …".
    const version = (versionRow?.v ?? 'unknown').replace(/ on .*$/, '').replace(/,.*$/, '');

    app = await buildApp({ database, config, logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('app has no port');
    const origin = `http://127.0.0.1:${address.port}`;

    // Sign in once for the cookie the other requests carry, and find the root unit.
    const loginBody = JSON.stringify({ username: USER, password: DEMO_PASSWORD });
    const signIn = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: loginBody,
    });
    if (signIn.status !== 200) throw new Error(`sign-in answered ${signIn.status}: ${await signIn.text()}`);
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c?.startsWith('dangbo_session='));
    if (!cookie) throw new Error('sign-in set no session cookie');
    const tops = (await (await fetch(`${origin}/api/units`, { headers: { cookie } })).json()) as {
      items: Array<{ id: string }>;
    };
    const rootId = tops.items[0]?.id;
    if (!rootId) throw new Error('the committee user sees no unit');
    const listPath = `/api/units?parentId=${rootId}&limit=100`;
    const page = (await (await fetch(`${origin}${listPath}`, { headers: { cookie } })).json()) as {
      items: unknown[];
      total: number;
    };
    if (page.items.length !== 58)
      throw new Error(`the list returned ${page.items.length} cells, expected 58`);

    const targets: Target[] = [
      {
        key: 'bare',
        label: 'bare Fastify route',
        request: 'GET /bare',
        url: bareUrl,
        method: 'GET',
        headers: {},
        expectStatus: 200,
      },
      {
        key: 'floor',
        label: 'app, no session (401)',
        request: 'GET /api/auth/me (no cookie)',
        url: `${origin}/api/auth/me`,
        method: 'GET',
        headers: {},
        expectStatus: 401,
      },
      {
        key: 'me',
        label: 'session check',
        request: 'GET /api/auth/me',
        url: `${origin}/api/auth/me`,
        method: 'GET',
        headers: { cookie },
        expectStatus: 200,
      },
      {
        key: 'list',
        label: 'authorised list',
        request: `GET ${listPath.replace(rootId, '<root>')}`,
        url: `${origin}${listPath}`,
        method: 'GET',
        headers: { cookie },
        expectStatus: 200,
      },
    ];
    const login: Target = {
      key: 'login',
      label: 'sign-in',
      request: 'POST /api/auth/login',
      url: `${origin}/api/auth/login`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: loginBody,
      expectStatus: 200,
    };
    log(`${engine.name}: measuring (${version})`);
    const rows = await measureFast(client, targets);
    rows.push(await measureLogin(client, login));
    const breakdown = await measureBreakdown(database, {
      token: cookie.slice('dangbo_session='.length),
      rootId,
      times: { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs },
      warmupMs: 300 * scale,
      durationMs: 1500 * scale,
    });
    log(
      `  in-process p50: select 1 ${breakdown.trivialQuery.toFixed(3)} ms, session lookup ` +
        `${breakdown.session.toFixed(3)} ms, list queries ${breakdown.list.toFixed(3)} ms`,
    );
    log(`${engine.name}: organisation and member requests at the reference size`);
    const members = await measureLatencies(
      client,
      referenceTargets(origin, rootId, cookie),
      referenceBudget,
      log,
    );
    return { name: engine.name, version, setup: engine.setup, rows, breakdown, members };
  } finally {
    await app?.close().catch(() => {});
    await database?.close().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const pglite: EngineSetup = {
  name: 'PGlite',
  setup: 'Embedded in the server process (the default engine), data directory on local disk.',
  async open(dataDir) {
    return { database: await openDatabase({ dataDir }), env: {} };
  },
};

/** PostgreSQL: an existing server (BENCH_DATABASE_URL) or one started here with embedded-postgres. */
async function postgresEngine(): Promise<{ engine: EngineSetup; stop: () => Promise<void> }> {
  let adminUrl = process.env.BENCH_DATABASE_URL;
  let stopServer = async () => {};
  let where: string;
  if (adminUrl) {
    where = 'An existing server (BENCH_DATABASE_URL), reached over TCP; a throw-away database.';
  } else {
    log('PostgreSQL: starting embedded-postgres…');
    const server = await startEmbeddedPostgres({ durable: true, prefix: 'dangbo-bench-pg-' });
    stopServer = server.stop;
    adminUrl = server.adminUrl;
    where =
      'Started by the bench with embedded-postgres on the same machine, default settings (fsync on), ' +
      'over TCP on loopback; pool of 10 connections.';
  }
  const name = `dangbo_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
  } catch (error) {
    await admin.end().catch(() => {});
    await stopServer();
    throw error;
  }
  await admin.end();
  const url = databaseUrl(adminUrl, name);
  const admin2 = adminUrl;
  return {
    engine: {
      name: 'PostgreSQL',
      setup: where,
      async open() {
        return {
          database: await openDatabase({ databaseUrl: url, poolSize: 10 }),
          env: { DATABASE_URL: url },
        };
      },
    },
    async stop() {
      const cleanup = new pg.Client({ connectionString: admin2 });
      await cleanup
        .connect()
        .then(() => cleanup.query(`drop database if exists ${name} with (force)`))
        .catch(() => {});
      await cleanup.end().catch(() => {});
      await stopServer();
    },
  };
}

/** The national sizes on a PostgreSQL server of their own (or BENCH_DATABASE_URL's), one database per size. */
async function benchNationalSizes(client: LoadClient): Promise<NationalReport | undefined> {
  if (national.length === 0) return undefined;
  const report: NationalReport = { sizes: national, version: '', setup: '', settings: {}, results: [] };
  if (skipPostgres) {
    report.skipped = 'PostgreSQL skipped with `--no-postgres`.';
    return report;
  }
  let server: NationalServer;
  try {
    if (process.env.BENCH_DATABASE_URL) {
      server = { adminUrl: process.env.BENCH_DATABASE_URL, settings: {}, stop: async () => {} };
      report.setup =
        'An existing server (BENCH_DATABASE_URL), its own settings; a throw-away database per size.';
    } else {
      log('national: starting PostgreSQL (embedded-postgres, tuned for a multi-gigabyte database)…');
      server = await startNationalPostgres();
      report.setup =
        'Started by the bench with embedded-postgres on the same machine, durable (fsync on), with the settings ' +
        'below; over TCP on loopback; pool of 10 connections; one throw-away database per size.';
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (requirePostgres) throw new Error(`PostgreSQL did not start: ${reason}`);
    report.skipped = `PostgreSQL could not be started or reached (${reason}).`;
    return report;
  }
  try {
    const probe = new pg.Client({ connectionString: server.adminUrl });
    await probe.connect();
    const shown = await probe.query<{ v: string }>('select version() as v');
    report.version = (shown.rows[0]?.v ?? 'unknown').replace(/ on .*$/, '').replace(/,.*$/, '');
    for (const key of Object.keys(nationalSettings)) {
      const value = await probe.query<{ v: string }>(`select current_setting('${key}') as v`);
      report.settings[key] = value.rows[0]?.v ?? '?';
    }
    await probe.end();
    for (const size of national) {
      report.results.push(
        await benchNational(client, server, size, {
          budget: nationalBudget,
          copyBaseline: !args.has('--no-copy-baseline'),
          log,
        }),
      );
    }
  } finally {
    await server.stop();
  }
  return report;
}

async function main(): Promise<void> {
  const started = performance.now();
  const machine = describeMachine();
  log(
    `bench on ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, Node ${machine.node}${quick ? ' (quick)' : ''}`,
  );
  if (machine.loadStart[0] > machine.cores) {
    log(
      `warning: the machine is busy (load average ${machine.loadStart.join(', ')} on ${machine.cores} cores)`,
    );
  }
  const client = new LoadClient();
  const bare = await startBare();
  const engines: EngineResult[] = [];
  const skipped: Report['skipped'] = [];
  let nationalReport: NationalReport | undefined;
  try {
    engines.push(await benchEngine(client, bare.url, pglite));
    if (skipPostgres) {
      skipped.push({ name: 'PostgreSQL', reason: 'skipped with `--no-postgres`.' });
    } else {
      let pgEngine: Awaited<ReturnType<typeof postgresEngine>> | null = null;
      try {
        pgEngine = await postgresEngine();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (requirePostgres) throw new Error(`PostgreSQL did not start: ${reason}`);
        log(`PostgreSQL: not available (${reason}); PGlite figures only`);
        skipped.push({ name: 'PostgreSQL', reason: `it could not be started or reached (${reason}).` });
      }
      if (pgEngine) {
        try {
          engines.push(await benchEngine(client, bare.url, pgEngine.engine));
        } finally {
          await pgEngine.stop();
        }
      }
    }
    nationalReport = await benchNationalSizes(client);
  } finally {
    await client.close();
    await bare.server.close();
  }

  const report: Report = {
    machine,
    command: ['npm run bench', ...process.argv.slice(2)].join(' '),
    concurrency: CONCURRENCY,
    quick,
    engines,
    skipped,
    national: nationalReport,
    durationSeconds: (performance.now() - started) / 1000,
    loadEnd: loadAverage(),
  };
  process.stdout.write('\n');
  for (const engine of engines) process.stdout.write(`${textTable(engine, CONCURRENCY)}\n\n`);
  if (nationalReport) process.stdout.write(`${nationalText(nationalReport)}\n\n`);
  const verdicts = engines.flatMap((e) => goalVerdicts(e).map((v) => ({ ...v, engine: e.name })));
  const allMet = verdicts.every((v) => v.met);
  process.stdout.write(
    `Goal (authorised request ≤ 2× bare route): ${allMet ? 'met' : 'NOT met'} on ${engines.map((e) => e.name).join(' and ')}.\n`,
  );
  if (write) {
    const target = fileURLToPath(new URL('../docs/BENCHMARKS.md', import.meta.url));
    writeFileSync(target, markdown(report));
    process.stdout.write(`Wrote ${target}\n`);
  }
  if (!args.has('--no-exchange')) benchExchange();
  if (!args.has('--no-meetings')) benchMeetings();
  if (!args.has('--no-documents') && !skipPostgres) benchDocuments();
  if (!args.has('--no-tasks')) benchTasks();
  benchReportReads();
  if (!args.has('--no-report-synthesis')) benchReportSynthesis();
}

/**
 * Excel import and export (docs/BENCHMARKS-exchange.md), in a process of its own so that its peak memory is
 * the import's and not what the benchmarks above left behind.
 */
function benchExchange(): void {
  const options = [
    ...(skipPostgres ? ['--engines', 'pglite'] : []),
    ...(quick ? ['--sizes', '10000', '--export', '20000'] : []),
    ...(write ? ['--write'] : []),
  ];
  const script = fileURLToPath(new URL('./exchange.ts', import.meta.url));
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...options], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`the exchange benchmark failed (exit ${result.status})`);
}

/**
 * The meetings panel (docs/BENCHMARKS-meetings.md): the reference committee on both engines, and 300,000 cells
 * on PostgreSQL unless `--no-national` (about 10 minutes of generation), in a process of its own.
 */
function benchMeetings(): void {
  const options = [
    ...(skipPostgres ? ['--engines', 'pglite'] : []),
    ...(quick ? ['--cells', '30000'] : []),
    ...(args.has('--no-national') ? ['--no-national'] : []),
    ...(write ? ['--write'] : []),
  ];
  const script = fileURLToPath(new URL('./meetings.ts', import.meta.url));
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...options], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`the meetings benchmark failed (exit ${result.status})`);
}

/** Registry search over 100,000 documents on PostgreSQL, reference extraction, Word output (docs/BENCHMARKS-documents.md). */
function benchDocuments(): void {
  const options = [...(quick ? ['--documents', '20000'] : []), ...(write ? ['--write'] : [])];
  const script = fileURLToPath(new URL('./documents.ts', import.meta.url));
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...options], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`the documents benchmark failed (exit ${result.status})`);
}

/**
 * The tasks board (docs/BENCHMARKS-tasks.md): the reference committee on both engines, and 1,000,000 tasks over a
 * national tree on PostgreSQL unless `--no-national`, in a process of its own.
 */
function benchTasks(): void {
  const options = [
    ...(skipPostgres ? ['--engines', 'pglite'] : []),
    ...(quick ? ['--tasks', '100000', '--cells-per', '2', '--reference-tasks', '2000'] : []),
    ...(args.has('--no-national') ? ['--no-national'] : []),
    ...(write ? ['--write'] : []),
  ];
  const script = fileURLToPath(new URL('./tasks.ts', import.meta.url));
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...options], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`the tasks benchmark failed (exit ${result.status})`);
}

/**
 * Report completeness (docs/BENCHMARKS-reports.md) and aggregation (docs/BENCHMARKS-report-aggregates.md): the
 * reference committee on both engines, and a national tree of 300,000 units with 24 months of reports on
 * PostgreSQL unless `--no-national`, each in a process of its own. The national load is generated once, kept
 * in a folder the second benchmark reuses, and removed after both.
 */
function benchReportReads(): void {
  const runs = [
    ['--no-reports', './reports.ts', 'reports'],
    ['--no-report-aggregates', './report-aggregates.ts', 'report aggregation'],
  ].filter(([skip]) => !args.has(skip as string));
  if (runs.length === 0) return;
  const keep = mkdtempSync(join(tmpdir(), 'dangbo-bench-reports-national-'));
  const options = [
    ...(skipPostgres ? ['--engines', 'pglite'] : []),
    ...(quick ? ['--units', '30000', '--periods', '6'] : []),
    ...(args.has('--no-national') ? ['--no-national'] : ['--keep', keep]),
    ...(write ? ['--write'] : []),
  ];
  try {
    for (const [, file, name] of runs) {
      const script = fileURLToPath(new URL(file as string, import.meta.url));
      const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...options], {
        stdio: 'inherit',
      });
      if (result.status !== 0) throw new Error(`the ${name} benchmark failed (exit ${result.status})`);
    }
  } finally {
    rmSync(keep, { recursive: true, force: true });
  }
}

/** The committee's review drafted as Word (docs/BENCHMARKS-reports-synthesis.md), in a process of its own. */
function benchReportSynthesis(): void {
  const options = [...(skipPostgres ? ['--engines', 'pglite'] : []), ...(write ? ['--write'] : [])];
  const script = fileURLToPath(new URL('./reports-synthesis.ts', import.meta.url));
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...options], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`the synthesis benchmark failed (exit ${result.status})`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
