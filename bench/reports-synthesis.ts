/**
 * Synthesis benchmark (issue 8, "synthesis .docx of the reference committee ≤ 5 s"): the time of
 * `GET /api/reports/synthesis.docx` — figures, completeness, totals and every accepted cell report's texts
 * compiled into the Party-layout Word file — for the reference committee (VUSTA in the demo data, 58 cells) with
 * 12 months of accepted monthly reports from each cell, for the year review and the mid-year review, on PGlite
 * and PostgreSQL. Run alone with `npx tsx bench/reports-synthesis.ts` (options: `--engines pglite,postgres`,
 * `--samples 5`, `--write` → docs/BENCHMARKS-reports-synthesis.md).
 *
 * The reports are generated inside the database (INSERT … SELECT over the cells and the months); the totals
 * table is kept by its triggers as for reports accepted one by one. Requests go through the whole app
 * (`app.inject`: session, access check, queries, rendering).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import mammoth from 'mammoth';
import pg from 'pg';
import type { FormDefinition } from '../src/contracts/report-forms';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { type Database, openDatabase, queryRows } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { DEMO_PASSWORD, seedDemo } from '../src/server/demo/seed';
import { databaseUrl, startEmbeddedPostgres } from '../test/embedded-postgres';
import { arg, argv } from './args';
import { percentile, signIn } from './inject';
import { describeMachine, loadAverage } from './machine';

type Engine = 'pglite' | 'postgres';
const engines = arg('engines', 'pglite,postgres').split(',') as Engine[];
const samples = Number(arg('samples', '5'));
const year = 2026;
const machine = describeMachine();
const log = (message: string) => process.stderr.write(`${message}\n`);

const number = (key: string, label: string, aggregate: 'sum' | 'avg' = 'sum') => ({
  kind: 'number' as const,
  key,
  label,
  help: null,
  unit: aggregate === 'avg' ? '%' : 'người',
  integer: aggregate === 'sum',
  min: 0,
  max: null,
  aggregate,
  source: null,
  required: true,
  retired: false,
});
const text = (key: string, label: string) => ({
  kind: 'text' as const,
  key,
  label,
  help: null,
  maxLength: 4000,
  required: false,
  retired: false,
});

/** A monthly cell report as committees ask for it: figures, an age table, four narrative sections. */
const definition: FormDefinition = {
  sections: [
    {
      key: 'figures',
      title: 'Số liệu',
      fields: [
        number('members', 'Tổng số đảng viên'),
        number('present', 'Số đảng viên dự sinh hoạt'),
        number('rate', 'Tỷ lệ dự sinh hoạt', 'avg'),
        number('admitted', 'Kết nạp đảng viên mới'),
        {
          kind: 'table',
          key: 'ages',
          label: 'Đảng viên theo độ tuổi',
          help: null,
          required: false,
          retired: false,
          columns: [{ key: 'n', label: 'Số người', kind: 'number' }],
          rows: [
            { key: 'young', label: 'Dưới 35' },
            { key: 'old', label: 'Từ 35' },
          ],
          maxRows: 20,
        },
      ],
    },
    {
      key: 'narrative',
      title: 'Đánh giá',
      fields: [
        text('results', 'Kết quả nổi bật'),
        text('limits', 'Hạn chế'),
        text('ideology', 'Tình hình tư tưởng'),
        text('proposals', 'Kiến nghị, đề xuất'),
      ],
    },
  ],
  rules: [],
};

const sentence =
  'Chi bộ duy trì nền nếp sinh hoạt định kỳ, quán triệt nghị quyết của cấp trên, phân công đảng viên phụ trách từng việc cụ thể và kiểm tra kết quả thực hiện.';

/** The form, and every cell of the committee's report for each month of the year, accepted on time. */
async function generateReports(database: Database, committee: { id: string; path: string }) {
  const [form] = await queryRows<{ id: string }>(
    database.db,
    sql`insert into report_forms (owner_unit_id, owner_path, code, name, period_type, submitter_kinds, due_days,
        opens_days_before, starts_on)
      values (${committee.id}, ${committee.path}::ltree, 'BC-THANG', 'Báo cáo tháng của chi bộ', 'month',
        array['cell'], 5, 5, '2024-01-01') returning id`,
  );
  if (!form) throw new Error('no form');
  await database.db.execute(
    sql`insert into report_form_versions (form_id, version_no, definition)
      values (${form.id}, 1, ${JSON.stringify(definition)}::jsonb)`,
  );
  await database.db.execute(sql`
    insert into report_submissions (form_id, form_version_no, unit_id, unit_path, period_key, period_start,
      period_end, opens_on, due_on, status, values, sent_on, sent_at, on_time)
    select ${form.id}::uuid, 1, u.id, u.path, to_char(m.start, 'YYYY-MM'), m.start, m.end_on,
      m.end_on - 5, m.end_on + 5, 'accepted',
      jsonb_build_object(
        'members', 20 + (abs(hashtext(u.id::text)) % 30),
        'present', 18 + (abs(hashtext(u.id::text)) % 20),
        'rate', 80 + (abs(hashtext(u.id::text || m.start::text)) % 20),
        'admitted', abs(hashtext(u.id::text || m.start::text)) % 2,
        'ages', jsonb_build_array(
          jsonb_build_object('row', 'young', 'cells', jsonb_build_object('n', 5)),
          jsonb_build_object('row', 'old', 'cells', jsonb_build_object('n', 15))),
        'results', repeat(${sentence}::text || ' ', 3) || to_char(m.start, 'MM/YYYY'),
        'limits', ${sentence}::text,
        'ideology', repeat(${sentence}::text || ' ', 2),
        'proposals', ${sentence}::text),
      m.end_on + 3, (m.end_on + 3)::timestamptz, true
    from org_units u
    cross join lateral (select d::date as start, (d + interval '1 month' - interval '1 day')::date as end_on
      from generate_series(${`${year}-01-01`}::date, ${`${year}-12-01`}::date, interval '1 month') d) m
    where u.path <@ ${committee.path}::ltree and u.kind = 'cell'`);
  const [count] = await queryRows<{ n: number; cells: number }>(
    database.db,
    sql`select count(*)::int as n, count(distinct unit_id)::int as cells from report_submissions where form_id = ${form.id}`,
  );
  await database.db.execute(sql`analyze report_submissions`);
  await database.db.execute(sql`analyze report_totals`);
  return { formId: form.id, reports: count?.n ?? 0, cells: count?.cells ?? 0 };
}

interface Timing {
  engine: string;
  review: string;
  reports: number;
  cells: number;
  paragraphs: number;
  kilobytes: number;
  samples: number;
  p50: number;
  max: number;
}

async function benchEngine(engine: Engine): Promise<Timing[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dangbo-bench-synthesis-'));
  let stopServer = async () => {};
  let database: Database;
  if (engine === 'pglite') database = await openDatabase({ dataDir });
  else {
    const server = await startEmbeddedPostgres({ durable: true, prefix: 'dangbo-bench-synthesis-pg-' });
    stopServer = server.stop;
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query('create database bench_synthesis');
    await admin.end();
    database = await openDatabase({
      databaseUrl: databaseUrl(server.adminUrl, 'bench_synthesis'),
      poolSize: 8,
    });
  }
  try {
    await runMigrations(database);
    log(`${engine}: seeding the demo data and 12 months of cell reports…`);
    await seedDemo(database, { publicUrl: 'http://localhost:3000' });
    const [vusta] = await queryRows<{ id: string; path: string }>(
      database.db,
      sql`select id, path::text as path from org_units where code = 'DB-VUSTA'`,
    );
    if (!vusta) throw new Error('no VUSTA in the demo data');
    const generated = await generateReports(database, vusta);
    const app = await buildApp({
      database,
      config: loadConfig({
        LOG_LEVEL: 'silent',
        WEB_DIST: '/nonexistent',
        OUTBOX_DISABLED: '1',
        TOTP_REQUIRED_ROLES: '',
      }),
      logger: false,
    });
    await app.ready();
    const cookie = await signIn(app, 'committee', DEMO_PASSWORD);
    const out: Timing[] = [];
    for (const review of [String(year), `${year}-H1`]) {
      const url = `/api/reports/synthesis.docx?unitId=${vusta.id}&periodKey=${review}&formIds=${generated.formId}`;
      const times: number[] = [];
      let file: Buffer = Buffer.alloc(0);
      for (let i = 0; i < samples + 1; i++) {
        const started = performance.now();
        const res = await app.inject({ method: 'GET', url, headers: { cookie } });
        const ms = performance.now() - started;
        if (res.statusCode !== 200) throw new Error(`${review}: ${res.statusCode} ${res.body.slice(0, 300)}`);
        if (i > 0) times.push(ms);
        file = res.rawPayload;
      }
      times.sort((a, b) => a - b);
      const textOfFile = (await mammoth.extractRawText({ buffer: file })).value;
      const paragraphs = (textOfFile.match(/ \((tháng \d\d\/\d{4})\):/g) ?? []).length;
      const timing: Timing = {
        engine: engine === 'pglite' ? 'PGlite' : 'PostgreSQL',
        review: review.includes('H') ? `6 tháng đầu năm ${year}` : `năm ${year}`,
        reports: generated.reports,
        cells: generated.cells,
        paragraphs,
        kilobytes: Math.round(file.length / 1024),
        samples: times.length,
        p50: percentile(times, 50),
        max: times.at(-1) ?? Number.NaN,
      };
      log(
        `  ${timing.engine}, ${timing.review}: ${paragraphs} compiled paragraphs, ${timing.kilobytes} KB, p50 ${Math.round(timing.p50)} ms, max ${Math.round(timing.max)} ms`,
      );
      out.push(timing);
    }
    await app.close();
    return out;
  } finally {
    await database.close();
    await stopServer();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const timings: Timing[] = [];
for (const engine of engines) timings.push(...(await benchEngine(engine)));
const goalMs = 5000;
const n = (v: number) => Math.round(v).toLocaleString('en-US');
const lines = [
  '## Synthesis draft (`npx tsx bench/reports-synthesis.ts`)',
  '',
  '`GET /api/reports/synthesis.docx?unitId=<VUSTA>&periodKey=<review>&formIds=<form>` through the whole app,',
  'as the demo `committee` user: figures of the period, completeness and totals of the form, and the texts of',
  `every accepted report (four text fields each) compiled with their source, rendered to the Party-layout .docx.`,
  `Reference committee: the demo data plus a monthly cell form with ${n(timings[0]?.reports ?? 0)} accepted reports`,
  `(${timings[0]?.cells ?? 0} cells × 12 months of ${year}, generated with INSERT … SELECT). One warm-up request, then`,
  `${samples} timed. Goal: ≤ 5 s.`,
  '',
  '| engine | review | compiled report texts | file | p50 | max | samples | goal |',
  '|---|---|---:|---:|---:|---:|---:|---|',
  ...timings.map(
    (t) =>
      `| ${t.engine} | ${t.review} | ${n(t.paragraphs)} | ${n(t.kilobytes)} KB | ${n(t.p50)} ms | ${n(t.max)} ms | ${t.samples} | ≤ 5 s: ${t.max <= goalMs ? 'met' : '**not met**'} |`,
  ),
  '',
];
const loadEnd = loadAverage();
lines.push(
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine.cpu}, ${cpus().length} cores, ${machine.memory}, Node ${machine.node};`,
  `load average ${machine.loadStart.map((l) => l.toFixed(1)).join(' / ')} at the start, ${loadEnd.map((l) => l.toFixed(1)).join(' / ')} at the end`,
  `(other work on the machine slows every figure). Command: \`npx tsx bench/reports-synthesis.ts ${argv.join(' ')}\`.`,
  '',
);
process.stdout.write(`${lines.join('\n')}\n`);
if (argv.includes('--write')) {
  const target = fileURLToPath(new URL('../docs/BENCHMARKS-reports-synthesis.md', import.meta.url));
  writeFileSync(
    target,
    `<!-- Written by \`npx tsx bench/reports-synthesis.ts --write\`. -->\n\n${lines.join('\n').replace(/^## /, '# ')}\n`,
  );
  log(`wrote ${target}`);
}
process.exit(0);
