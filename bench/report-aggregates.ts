/**
 * Aggregation benchmark (issue 8): latency of the aggregate view (`GET /api/reports/aggregate`: the subtree's
 * figures, per child, counts by status), the trend over 12 periods and the first page of compiled texts, for the
 * reference committee (58 cells, 5 years of monthly reports) on PGlite and PostgreSQL, and for the national tree
 * of the completeness benchmark (about 300,000 units, 24 monthly periods, `reports-national.ts`) on PostgreSQL,
 * at the root, a province and a grassroots committee. Goals: ≤ 100 ms (reference) and ≤ 2 s (national).
 * Run alone with `npx tsx bench/report-aggregates.ts` (options: `--engines pglite,postgres`, `--units 300000`,
 * `--periods 24`, `--no-national`, `--samples 20`, `--keep <dir>` (reuse the national load kept there by
 * `bench/reports.ts --keep`, or keep this one), `--write` → docs/BENCHMARKS-report-aggregates.md).
 *
 * Reference reports are generated inside the database (INSERT … SELECT), one statement per period, so the
 * statement trigger of `report_totals` adds them up as accepting them would; the national load is generated in
 * bulk and its totals rebuilt once. The aggregate's subtree counts are checked against a plain count.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { periodsEndingWith } from '../src/domain/report-periods';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { type Database, openDatabase, pgliteExtensions, queryRows } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { databaseUrl, startEmbeddedPostgres } from '../test/embedded-postgres';
import { makeUnit, makeUser, PASSWORD } from '../test/factories';
import { formRow } from '../test/report-factory';
import { arg, argv } from './args';
import { signIn } from './inject';
import { type Sampled, type SamplePlan, sampleGet } from './latency';
import { describeMachine, measuredLines } from './machine';
import { nationalSettings } from './national-postgres';
import { openNationalFromArgs, shownMonth } from './reports-national';

type Engine = 'pglite' | 'postgres';
type Db = Database['db'];
const engines = arg('engines', 'pglite,postgres').split(',') as Engine[];
const nationalPeriods = Number(arg('periods', '24'));
const samples = Number(arg('samples', '20'));
const runNational = !argv.includes('--no-national') && engines.includes('postgres');
const machine = describeMachine();
const log = (message: string) => process.stderr.write(`${message}\n`);

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

interface Latency extends Sampled {
  label: string;
  goalMs: number;
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

/** The aggregate, its trend over 12 periods and the first 50 compiled texts of a unit, timed. */
async function measureUnit(
  app: FastifyInstance,
  cookie: string,
  target: { label: string; formId: string; unitId: string; goalMs: number; textKey: string },
  plan: SamplePlan,
  accepted?: number,
): Promise<Latency[]> {
  const q = `formId=${target.formId}&unitId=${target.unitId}&periodKey=${shownMonth.key}`;
  const requests = [
    ['aggregate', `/api/reports/aggregate?${q}`],
    ['trend (12 months)', `/api/reports/trend?${q}&fieldKey=members&count=12`],
    ['compiled texts, first 50', `/api/reports/compiled?${q}&fieldKey=${target.textKey}&limit=50`],
  ] as const;
  const out: Latency[] = [];
  for (const [request, url] of requests) {
    const timed = await sampleGet(app, cookie, url, plan, (res) => {
      const counted = request === 'aggregate' ? res.json().subtree.counts.accepted : accepted;
      if (accepted !== undefined && counted !== accepted)
        throw new Error(`${target.label}: ${counted} accepted reports shown, ${accepted} counted`);
    });
    const latency = { label: `${target.label}: ${request}`, goalMs: target.goalMs, ...timed };
    log(`  ${latency.label}: p50 ${timed.p50.toFixed(1)} ms, p95 ${timed.p95.toFixed(1)} ms`);
    out.push(latency);
  }
  return out;
}

/** Accepted reports of the shown month under a path, counted plainly. */
async function acceptedUnder(db: Db, formId: string, path: string) {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from report_submissions where form_id = ${formId}::uuid
      and period_key = ${shownMonth.key} and status = 'accepted' and unit_path <@ ${path}::ltree`,
  );
  return row?.n ?? 0;
}

/** The reference committee: a grassroots committee with 50 cells and 2 partial committees of 4 cells each. */
async function benchReference(database: Database, engine: Engine): Promise<Latency[]> {
  const db = database.db;
  const root = await makeUnit(db, null, 'grassroots', 'Đảng bộ Tham chiếu');
  for (let i = 1; i <= 50; i++) await makeUnit(db, root.id, 'cell', `Chi bộ ${i}`);
  for (let p = 1; p <= 2; p++) {
    const partial = await makeUnit(db, root.id, 'partial', `Đảng bộ bộ phận ${p}`);
    for (let i = 1; i <= 4; i++) await makeUnit(db, partial.id, 'cell', `Chi bộ ${p}.${i}`);
  }
  const months = periodsEndingWith(shownMonth, 60);
  const form = await formRow(db, root.id, { startsOn: months[0]?.start ?? '2020-01-01' });
  const rootPath = await pathOf(db, root.id);
  const started = performance.now();
  for (const month of months) await generateReports(db, form.id, rootPath, month.key);
  log(`${engine}: reference reports generated in ${Math.round(performance.now() - started)} ms`);
  await makeUser(db, [{ role: 'committee', unitId: root.id }], { username: `bench-ref-${engine}` });
  const app = await appOn(database);
  try {
    const cookie = await signIn(app, `bench-ref-${engine}`, PASSWORD);
    const name = engine === 'pglite' ? 'PGlite' : 'PostgreSQL';
    const target = {
      label: `${name} reference`,
      formId: form.id,
      unitId: root.id,
      goalMs: 100,
      textKey: 'results',
    };
    return await measureUnit(
      app,
      cookie,
      target,
      { warmup: 3, samples },
      await acceptedUnder(db, form.id, rootPath),
    );
  } finally {
    await app.close();
  }
}

async function benchNational() {
  const national = await openNationalFromArgs(log);
  try {
    const { database, root, province, grassroots, formId } = national;
    const username = `bench-national-${process.pid}`;
    await makeUser(database.db, [{ role: 'committee', unitId: root.id }], { username });
    await database.db.execute(sql`analyze`);
    const app = await appOn(database);
    const cookie = await signIn(app, username, PASSWORD);
    const out: Latency[] = [];
    for (const [label, unit, goalMs, plan] of [
      ['whole tree (root)', root, 2000, { warmup: 2, samples: Math.min(samples, 15) }],
      ['one province', province, 2000, { warmup: 3, samples }],
      ['one grassroots committee', grassroots, 100, { warmup: 5, samples }],
    ] as const) {
      const accepted = await acceptedUnder(database.db, formId, unit.path);
      const target = { label: `national ${label}`, formId, unitId: unit.id, goalMs, textKey: 'results' };
      out.push(...(await measureUnit(app, cookie, target, plan, accepted)));
    }
    await app.close();
    return {
      latencies: out,
      units: national.units,
      reports: national.reports,
      loadSeconds: national.loadSeconds,
    };
  } finally {
    await national.close();
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
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query('create database bench_ref');
    await admin.end();
    const reference = await openDatabase({ databaseUrl: databaseUrl(server.adminUrl, 'bench_ref') });
    await runMigrations(reference);
    results.push(...(await benchReference(reference, 'postgres')));
    await reference.close();
  } finally {
    await server.stop();
  }
}
const national = runNational ? await benchNational() : null;

const ms = (v: number) => (v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1));
const n = (v: number) => v.toLocaleString('en-US');
const row = (l: Latency) =>
  `| ${l.label} | ${ms(l.p50)} ms | ${ms(l.p95)} ms | ${ms(l.max)} ms | ${l.samples} | ≤ ${n(l.goalMs)} ms: ${l.p95 <= l.goalMs ? 'met' : '**not met**'} |`;
const header = ['| request | p50 | p95 | max | samples | goal (p95) |', '|---|---:|---:|---:|---:|---|'];
const lines = [
  '## Report aggregation (`npx tsx bench/report-aggregates.ts`)',
  '',
  'Through the whole app (session, access, queries, JSON), one request at a time: **aggregate** is',
  "`GET /api/reports/aggregate?formId&unitId&periodKey` (the subtree's accepted figures, its own report and each",
  "child's, from the maintained `report_totals`, and the reports counted by status per child), **trend** is",
  '`GET /api/reports/trend?…&fieldKey=members&count=12`, **compiled texts** is',
  '`GET /api/reports/compiled?…&limit=50` (first page). The period is',
  `${shownMonth.key}, the last month whose reports are due; the aggregate's accepted count is checked against a`,
  'plain count of the generated rows.',
  '',
  'Reference committee (a grassroots committee of 50 cells and 2 partial committees of 4 cells, as a committee',
  'user): a monthly cell report with three numbers, a table and a text over 60 months, 95% accepted. Goal: ≤ 100 ms.',
  '',
  ...header,
  ...results.map(row),
  '',
];
if (national) {
  lines.push(
    `National tree on PostgreSQL: ${n(national.units)} units (root, 50 provinces, 60 grassroots committees each, cells`,
    `under them), a monthly cell report of the root with two numbers and a text over ${nationalPeriods} months: ${n(national.reports)}`,
    `reports (the load of \`bench/reports.ts\`, generated in bulk in ${n(national.loadSeconds)} s: indexes built after it, totals`,
    'rebuilt once, then `VACUUM ANALYZE`). As a user with a committee role at the root. Server settings:',
    `${Object.entries(nationalSettings)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}. Goal: ≤ 2 s (≤ 100 ms for a grassroots committee).`,
    '',
    ...header,
    ...national.latencies.map(row),
    '',
  );
}
lines.push(...measuredLines(machine, `npx tsx bench/report-aggregates.ts ${argv.join(' ')}`), '');
process.stdout.write(`${lines.join('\n')}\n`);
if (argv.includes('--write')) {
  const target = fileURLToPath(new URL('../docs/BENCHMARKS-report-aggregates.md', import.meta.url));
  writeFileSync(
    target,
    `<!-- Written by \`npx tsx bench/report-aggregates.ts --write\`. -->\n\n${lines.join('\n').replace(/^## /, '# ')}\n`,
  );
  log(`wrote ${target}`);
}
process.exit(0);
