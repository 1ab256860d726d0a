/**
 * Aggregation benchmark (issue 8): latency of the aggregate view (`GET /api/reports/aggregate`: the subtree's
 * figures, per child, counts by status), the trend over 12 periods and the first page of compiled texts, for the
 * reference committee (58 cells, 5 years of monthly reports) on PGlite and PostgreSQL, and for a national tree
 * (root → 50 provinces → 60 grassroots committees → `--cells-per` cells, 300,000 cells by default) on
 * PostgreSQL. Goals: ≤ 100 ms and ≤ 2 s.
 * Run alone with `npx tsx bench/report-aggregates.ts` (options: `--engines pglite,postgres`, `--cells-per 100`,
 * `--national-periods 3`, `--no-national`, `--samples 20`).
 *
 * Reports are generated inside the database (INSERT … SELECT over generate_series), one statement per period,
 * so the statement trigger of `report_totals` adds them up as accepting them would. The national tree holds
 * `--national-periods` months of reports only (generating 24 × 300,000 takes hours on a small machine): the
 * aggregate reads one period, and the totals are one indexed row per unit and figure, so older periods change
 * the index depth, not the work of a read.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { type Database, openDatabase, pgliteExtensions, queryRows } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { databaseUrl, startEmbeddedPostgres } from '../test/embedded-postgres';
import { makeUnit, makeUser, PASSWORD } from '../test/factories';
import { formRow } from '../test/report-factory';
import { arg, argv } from './args';
import { percentile, signIn } from './inject';
import { describeMachine, loadAverage } from './machine';
import { generateTaskTree } from './tasks-data';

type Engine = 'pglite' | 'postgres';
type Db = Database['db'];
const engines = arg('engines', 'pglite,postgres').split(',') as Engine[];
const cellsPer = Number(arg('cells-per', '100'));
const nationalPeriods = Number(arg('national-periods', '3'));
const samples = Number(arg('samples', '20'));
const runNational = !argv.includes('--no-national') && engines.includes('postgres');
const log = (message: string) => process.stderr.write(`${message}\n`);

/** The `count` months ending with November 2026, oldest first: "2021-12" … "2026-11". */
const monthsEnding = (count: number) =>
  Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(2026, 10 - (count - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });

/** One month of reports of every cell under `rootPath`: 95% accepted, the rest sent and waiting. */
async function generateReports(db: Db, formId: string, rootPath: string, month: string) {
  await db.execute(sql`insert into report_submissions (form_id, form_version_no, unit_id, unit_path, period_key,
      period_start, period_end, opens_on, due_on, status, "values", sent_on, on_time)
    select ${formId}::uuid, 1, u.id, u.path, ${month}, ${`${month}-01`}::date,
      (${`${month}-01`}::date + interval '1 month' - interval '1 day')::date,
      (${`${month}-01`}::date + interval '1 month' - interval '6 days')::date,
      (${`${month}-01`}::date + interval '1 month' + interval '4 days')::date,
      case when h % 20 = 0 then 'submitted' else 'accepted' end,
      jsonb_build_object('members', 8 + h % 30, 'present', 6 + h % 25, 'rate', 70 + h % 30,
        'ages', jsonb_build_array(jsonb_build_object('row', 'young', 'cells', jsonb_build_object('n', h % 9)),
          jsonb_build_object('row', 'old', 'cells', jsonb_build_object('n', 8 + h % 21))),
        'results', 'Chi bộ hoàn thành nhiệm vụ tháng; sinh hoạt định kỳ đúng quy định.'),
      (${`${month}-01`}::date + interval '1 month')::date, true
    from (select id, path, abs(hashtext(id::text || ${month})) as h from org_units
          where kind = 'cell' and path <@ ${rootPath}::ltree) u`);
}

interface Latency {
  label: string;
  p50: number;
  p95: number;
  max: number;
  goalMs: number;
}

async function measure(app: FastifyInstance, cookie: string, label: string, url: string, goalMs: number) {
  const times: number[] = [];
  for (let i = 0; i < 3 + samples; i++) {
    const started = performance.now();
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    const ms = performance.now() - started;
    if (res.statusCode !== 200) throw new Error(`${label}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    if (i >= 3) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    label,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    max: round(times.at(-1) ?? 0),
    goalMs,
  };
}

const pathOf = async (db: Db, id: string) =>
  (
    await queryRows<{ path: string }>(
      db,
      sql`select path::text as path from org_units where id = ${id}::uuid`,
    )
  )[0]?.path as string;

async function appOn(database: Database) {
  const app = await buildApp({
    database,
    config: loadConfig({
      LOG_LEVEL: 'silent',
      TOTP_REQUIRED_ROLES: 'admin',
      WEB_DIST: '/nonexistent-web-dist',
      OUTBOX_DISABLED: '1',
      FILES_DIR: mkdtempSync(join(tmpdir(), 'dangbo-bench-files-')),
    }),
    logger: false,
  });
  await app.ready();
  return app;
}

const queries = (formId: string, unitId: string, month: string) => {
  const q = `formId=${formId}&unitId=${unitId}&periodKey=${month}`;
  return {
    aggregate: `/api/reports/aggregate?${q}`,
    trend: `/api/reports/trend?${q}&fieldKey=members&count=12`,
    compiled: `/api/reports/compiled?${q}&fieldKey=results&limit=50`,
  };
};

/** The reference committee: a grassroots committee with 50 cells and 2 partial committees of 4 cells each. */
async function benchReference(database: Database, engine: Engine): Promise<Latency[]> {
  const db = database.db;
  const root = await makeUnit(db, null, 'grassroots', 'Đảng bộ Tham chiếu');
  for (let i = 1; i <= 50; i++) await makeUnit(db, root.id, 'cell', `Chi bộ ${i}`);
  for (let p = 1; p <= 2; p++) {
    const partial = await makeUnit(db, root.id, 'partial', `Đảng bộ bộ phận ${p}`);
    for (let i = 1; i <= 4; i++) await makeUnit(db, partial.id, 'cell', `Chi bộ ${p}.${i}`);
  }
  const form = await formRow(db, root.id, { startsOn: '2021-12-01' });
  const rootPath = await pathOf(db, root.id);
  const started = performance.now();
  for (const month of monthsEnding(60)) await generateReports(db, form.id, rootPath, month);
  log(`${engine}: reference reports generated in ${Math.round(performance.now() - started)} ms`);
  await makeUser(db, [{ role: 'committee', unitId: root.id }], { username: `bench-ref-${engine}` });
  const app = await appOn(database);
  try {
    const cookie = await signIn(app, `bench-ref-${engine}`, PASSWORD);
    const q = queries(form.id, root.id, '2026-11');
    return [
      await measure(app, cookie, `${engine} reference: aggregate`, q.aggregate, 100),
      await measure(app, cookie, `${engine} reference: trend (12 months)`, q.trend, 100),
      await measure(app, cookie, `${engine} reference: compiled texts, first 50`, q.compiled, 100),
    ];
  } finally {
    await app.close();
  }
}

async function benchNational(database: Database): Promise<Latency[]> {
  const db = database.db;
  let started = performance.now();
  await generateTaskTree(db, cellsPer);
  const [root] = await queryRows<{ id: string; path: string }>(
    db,
    sql`select id, path::text as path from org_units where kind = 'central' limit 1`,
  );
  if (!root) throw new Error('no national root');
  const [province] = await queryRows<{ id: string }>(
    db,
    sql`select id from org_units where kind = 'provincial' order by sort_key limit 1`,
  );
  const [grassroots] = await queryRows<{ id: string }>(
    db,
    sql`select id from org_units where kind = 'grassroots' order by sort_key limit 1`,
  );
  const [cells] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from org_units where kind = 'cell'`,
  );
  log(`national tree: ${cells?.n} cells in ${Math.round(performance.now() - started)} ms`);
  const form = await formRow(db, root.id, { startsOn: '2024-01-01' });
  for (const month of monthsEnding(nationalPeriods)) {
    started = performance.now();
    await generateReports(db, form.id, root.path, month);
    log(`national reports of ${month}: ${Math.round(performance.now() - started)} ms`);
  }
  await db.execute(sql`analyze`);
  await makeUser(db, [{ role: 'admin', unitId: root.id }], { username: 'bench-national' });
  const app = await appOn(database);
  try {
    const cookie = await signIn(app, 'bench-national', PASSWORD);
    const out: Latency[] = [];
    for (const [label, id] of [
      ['root', root.id],
      ['province', province?.id as string],
      ['grassroots', grassroots?.id as string],
    ] as const) {
      const q = queries(form.id, id, '2026-11');
      out.push(await measure(app, cookie, `postgres national ${label}: aggregate`, q.aggregate, 2000));
      out.push(await measure(app, cookie, `postgres national ${label}: trend`, q.trend, 2000));
      out.push(
        await measure(app, cookie, `postgres national ${label}: compiled, first 50`, q.compiled, 2000),
      );
    }
    return out;
  } finally {
    await app.close();
  }
}

const results: Latency[] = [];
if (engines.includes('pglite')) {
  const database = await openDatabase({ pglite: await PGlite.create({ extensions: pgliteExtensions }) });
  await runMigrations(database);
  results.push(...(await benchReference(database, 'pglite')));
  await database.close();
}
if (engines.includes('postgres')) {
  const server = await startEmbeddedPostgres({ durable: true, prefix: 'dangbo-bench-agg-' });
  try {
    for (const name of ['bench_ref', ...(runNational ? ['bench_national'] : [])]) {
      const admin = new pg.Client({ connectionString: server.adminUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
    }
    const reference = await openDatabase({ databaseUrl: databaseUrl(server.adminUrl, 'bench_ref') });
    await runMigrations(reference);
    results.push(...(await benchReference(reference, 'postgres')));
    await reference.close();
    if (runNational) {
      const national = await openDatabase({ databaseUrl: databaseUrl(server.adminUrl, 'bench_national') });
      await runMigrations(national);
      results.push(...(await benchNational(national)));
      await national.close();
    }
  } finally {
    await server.stop();
  }
}

const machine = describeMachine();
console.log(`machine: ${JSON.stringify(machine)}; load average now ${loadAverage().join(' ')}`);
console.log('| request | p50 ms | p95 ms | max ms | goal ms |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of results) console.log(`| ${r.label} | ${r.p50} | ${r.p95} | ${r.max} | ${r.goalMs} |`);
