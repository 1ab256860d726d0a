/**
 * Meetings panel benchmark ("who falls behind", issue 5 item 4): latency of `GET /api/meetings/behind` for the
 * reference committee (58 cells, 787 members, 3 years of monthly meetings — the demo data) on PGlite and on
 * PostgreSQL, and for a national tree of 300,000 cells on PostgreSQL. Goals: ≤ 100 ms and ≤ 2 s.
 * Run alone with `npx tsx bench/meetings.ts` (options: `--engines pglite,postgres`, `--cells 300000`,
 * `--members-per-cell 10`, `--months 13`, `--no-national`, `--write` → docs/BENCHMARKS-meetings.md).
 *
 * The national rows are generated inside PostgreSQL (INSERT … SELECT over generate_series, indexes and
 * foreign keys built after the load, as the demo's bulk mode does). The panel reads only `meetings` (with its
 * attendance tallies, kept by triggers from `meeting_attendance`), `meeting_missed_months`, `members` and
 * `org_units`, so the national run generates those and not the ~170 million attendance rows behind the tallies.
 * Requests go through the whole app (`app.inject`: session, access check, query, validation, JSON).
 */

import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { openDatabase, queryRows } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { DEMO_PASSWORD, seedDemo } from '../src/server/demo/seed';
import { todayIso } from '../src/server/modules/org/calendar';
import { databaseUrl } from '../test/embedded-postgres';
import { makeUser, PASSWORD } from '../test/factories';
import { arg, argv } from './args';
import { signIn } from './inject';
import { type SamplePlan, sampleGet } from './latency';
import { loadAverage } from './machine';
import { generateNational } from './meetings-national';
import { nationalSettings, startNationalPostgres } from './national-postgres';
import { benchAppConfig, openReferenceDatabase } from './reference-database';

type Engine = 'pglite' | 'postgres';
const engines = arg('engines', 'pglite,postgres').split(',') as Engine[];
const nationalCells = Number(arg('cells', '300000'));
const membersPerCell = Number(arg('members-per-cell', '10'));
/**
 * Months of meetings in the national tree. The panel reads one row per cell of the month asked for (its
 * 12-month window precomputed), so older months add only index size; rebuilding the windows after the bulk
 * load costs ~17 s per month of history at 300,000 cells here, hence 13 by default.
 */
const monthsOfHistory = Number(arg('months', '13'));
const runNational = !argv.includes('--no-national') && engines.includes('postgres');
const loadAtStart = loadAverage();
const log = (message: string) => process.stderr.write(`${message}\n`);

interface Latency {
  label: string;
  cells: number;
  samples: number;
  p50: number;
  p95: number;
  max: number;
}

async function measurePanel(
  app: FastifyInstance,
  cookie: string,
  label: string,
  unitId: string,
  plan: SamplePlan,
): Promise<Latency> {
  const url = `/api/meetings/behind?unitId=${unitId}`;
  let cells = 0;
  const timed = await sampleGet(app, cookie, url, plan, (res) => {
    cells = res.json().cellCount;
  });
  const result = { label, cells, ...timed };
  log(`  ${label}: ${cells} cells, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`);
  return result;
}

/** The demo data (reference committee and its superior) and the committee user's panel of VUSTA. */
async function benchReference(
  engine: Engine,
): Promise<{ latency: Latency; seedSeconds: number; rows: string }> {
  const { database, close } = await openReferenceDatabase(engine, 'meetings');
  try {
    await runMigrations(database);
    log(`${engine}: seeding the demo data…`);
    const summary = await seedDemo(database, { publicUrl: 'http://localhost:3000' });
    const app = await buildApp({ database, config: benchAppConfig(), logger: false });
    await app.ready();
    const cookie = await signIn(app, 'committee', DEMO_PASSWORD);
    const [vusta] = await queryRows<{ id: string }>(
      database.db,
      sql`select id from org_units where code = 'DB-VUSTA'`,
    );
    if (!vusta) throw new Error('no VUSTA in the demo data');
    const latency = await measurePanel(app, cookie, `reference committee (${engine})`, vusta.id, {
      warmup: 20,
      samples: 200,
    });
    if (latency.cells !== 58) throw new Error(`the panel saw ${latency.cells} cells, expected 58`);
    await app.close();
    const r = summary.rows;
    return {
      latency,
      seedSeconds: summary.seconds,
      rows: `${r.meetings} meetings, ${r.meeting_attendance} attendance marks, ${r.meeting_missed_months} missed months`,
    };
  } finally {
    await close();
  }
}

async function benchNational(): Promise<{
  latencies: Latency[];
  generateSeconds: number;
  counts: Record<string, number>;
}> {
  log(`national: starting PostgreSQL (embedded-postgres, tuned like the national member benchmark)…`);
  const server = await startNationalPostgres();
  try {
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query('create database bench_meetings_national');
    await admin.end();
    const database = await openDatabase({
      databaseUrl: databaseUrl(server.adminUrl, 'bench_meetings_national'),
      poolSize: 8,
    });
    try {
      await runMigrations(database);
      const today = todayIso();
      log(`national: generating ${nationalCells.toLocaleString('en-US')} cells, ${monthsOfHistory} months…`);
      const started = performance.now();
      const counts = await generateNational(database.db, today, {
        cells: nationalCells,
        membersPerCell,
        months: monthsOfHistory,
        log,
      });
      const generateSeconds = (performance.now() - started) / 1000;
      log(`national: ${JSON.stringify(counts)} in ${generateSeconds.toFixed(0)} s`);
      const [root] = await queryRows<{ id: string }>(
        database.db,
        sql`select id from org_units where kind = 'central'`,
      );
      const [province] = await queryRows<{ id: string }>(
        database.db,
        sql`select id from org_units where kind = 'provincial' order by code limit 1`,
      );
      const [grassroots] = await queryRows<{ id: string }>(
        database.db,
        sql`select id from org_units where kind = 'grassroots' order by code limit 1`,
      );
      if (!root || !province || !grassroots) throw new Error('national tree incomplete');
      await makeUser(database.db, [{ role: 'committee', unitId: root.id }], { username: 'bench-central' });
      const app = await buildApp({ database, config: benchAppConfig(), logger: false });
      await app.ready();
      const cookie = await signIn(app, 'bench-central', PASSWORD);
      const latencies = [
        await measurePanel(app, cookie, 'whole tree (central)', root.id, { warmup: 3, samples: 20 }),
        await measurePanel(app, cookie, 'one province', province.id, { warmup: 5, samples: 50 }),
        await measurePanel(app, cookie, 'one grassroots committee', grassroots.id, {
          warmup: 10,
          samples: 100,
        }),
      ];
      await app.close();
      return { latencies, generateSeconds, counts };
    } finally {
      await database.close();
    }
  } finally {
    await server.stop();
  }
}

const nationalNotes = [
  'The national rows are made inside PostgreSQL: the panel reads `meeting_cell_windows` (one row per cell and',
  'month, kept by triggers on `meetings`), `meetings` (minutes), `meeting_missed_months`, `members` and `org_units`;',
  "the attendance rows behind the meetings' tallies and the members' `unit_path` GiST (unused by the panel) are",
  'not generated, and the windows are rebuilt once after the bulk load. The whole tree is the worst case: one',
  'materialised pass over all 300,000 cells and their window rows, sorted for three capped lists.',
];

const ms = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));
const lines: string[] = ['## Meetings panel "who falls behind" (`npx tsx bench/meetings.ts`)', ''];
const referenceRows: string[] = [];
for (const engine of engines) {
  const r = await benchReference(engine);
  referenceRows.push(
    `| ${engine === 'pglite' ? 'PGlite' : 'PostgreSQL'} | ${r.latency.cells} | ${ms(r.latency.p50)} ms | ${ms(r.latency.p95)} ms | ${ms(r.latency.max)} ms | ${r.latency.samples} | ${r.latency.p95 <= 100 ? 'met' : '**not met**'} | ${r.seedSeconds.toFixed(1)} s (${r.rows}) |`,
  );
}
lines.push(
  '`GET /api/meetings/behind?unitId=<VUSTA>` as the committee user, through the whole app (session, access,',
  'queries, JSON): cells without the regular meeting of the month and without the thematic meeting of the',
  'quarter, meetings without minutes, members with 3+ missed months in 12, attendance by cell over 12 months.',
  'Reference committee from the demo data: 58 cells, 787 members, 36 months of meetings. Goal: ≤ 100 ms.',
  '',
  '| engine | cells | p50 | p95 | max | samples | goal (p95 ≤ 100 ms) | demo seeding |',
  '|---|---:|---:|---:|---:|---:|---|---|',
  ...referenceRows,
  '',
);
if (runNational) {
  const n = await benchNational();
  lines.push(
    `National tree on PostgreSQL: ${n.counts.cells?.toLocaleString('en-US')} cells, ${n.counts.members?.toLocaleString('en-US')} members, ` +
      `${n.counts.meetings?.toLocaleString('en-US')} meetings (${monthsOfHistory} months), ${n.counts.missed?.toLocaleString('en-US')} missed months; ` +
      `generated in ${Math.round(n.generateSeconds)} s. Server settings: ${Object.entries(nationalSettings)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}. Goal: ≤ 2 s for the whole tree.`,
    '',
    ...nationalNotes,
    '',
    '| scope | cells | p50 | p95 | max | samples | goal (p95 ≤ 2 s) |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...n.latencies.map(
      (l) =>
        `| ${l.label} | ${l.cells.toLocaleString('en-US')} | ${ms(l.p50)} ms | ${ms(l.p95)} ms | ${ms(l.max)} ms | ${l.samples} | ${l.p95 <= 2000 ? 'met' : '**not met**'} |`,
    ),
    '',
  );
}
lines.push(
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores, load average at the start ${loadAtStart
    .map((l) => l.toFixed(1))
    .join(' / ')} (other work on the machine slows every figure).`,
  '',
);
process.stdout.write(`${lines.join('\n')}\n`);
if (argv.includes('--write')) {
  const target = fileURLToPath(new URL('../docs/BENCHMARKS-meetings.md', import.meta.url));
  writeFileSync(
    target,
    `<!-- Written by \`npx tsx bench/meetings.ts --write\`. -->\n\n${lines.join('\n').replace(/^## /, '# ')}\n`,
  );
  log(`wrote ${target}`);
}
process.exit(0);
