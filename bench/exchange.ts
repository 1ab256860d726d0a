/**
 * Excel exchange benchmark: import of 10,000 and 50,000 rows through the API (upload → checking job →
 * accept, i.e. read, validated and written) on PGlite and on PostgreSQL, and a streamed export of 100,000
 * members. Prints a markdown section; run alone with `npx tsx bench/exchange.ts` (options: `--engines
 * pglite,postgres`, `--sizes 10000,50000`, `--export 100000`). Goal: 10,000 rows in under 10 s.
 *
 * Peak RSS is sampled every 20 ms during each step; the export writes into a sink that only counts bytes, so
 * what is measured is the server's own memory (an HTTP client would hold the file, not the server).
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { exchangeColumnKeys, XLSX_CONTENT_TYPE } from '../src/contracts/exchange';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { type Database, openDatabase, pgliteExtensions } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { writeMemberWorkbook } from '../src/server/modules/exchange/export';
import { type BulkNewMember, insertMembersBulk } from '../src/server/modules/members/bulk';
import { memberAccess } from '../src/server/modules/members/visibility';
import { todayIso } from '../src/server/modules/org/calendar';
import { units } from '../src/server/modules/org/schema';
import { loadSession } from '../src/server/platform/auth/session-store';
import { systemContext } from '../src/server/platform/context';
import { jobs } from '../src/server/platform/jobs/schema';
import { mutate } from '../src/server/platform/mutate';
import { databaseUrl, startEmbeddedPostgres } from '../test/embedded-postgres';
import { nationalHeaders } from '../test/exchange-files';
import { makeWorld, PASSWORD } from '../test/factories';
import { arg } from './args';
import { loadAverage } from './machine';

type Engine = 'pglite' | 'postgres';
const engines = arg('engines', 'pglite,postgres').split(',') as Engine[];
const sizes = arg('sizes', '10000,50000').split(',').map(Number);
const exportSize = Number(arg('export', '100000'));
const loadAtStart = loadAverage();

const headers = nationalHeaders;
const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const middle = ['Văn', 'Thị', 'Hữu', 'Đức', 'Thu', 'Minh', 'Quốc', 'Ngọc'];
const given = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hải', 'Lan', 'Long', 'Mai', 'Nam', 'Phương', 'Tùng'];

/** A file of `n` valid rows in the national layout, every field filled, citizen IDs from `base`. */
async function memberFile(n: number, base: number, cell: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(headers);
  for (let i = 0; i < n; i++) {
    const y = 1960 + (i % 40);
    const dd = String((i % 28) + 1).padStart(2, '0');
    const mm = String((i % 12) + 1).padStart(2, '0');
    sheet.addRow([
      i + 1,
      `${family[i % 10]} ${middle[i % 8]} ${given[i % 12]}`,
      new Date(Date.UTC(y, i % 12, (i % 28) + 1)),
      i % 2 ? 'Nữ' : 'Nam',
      'Kinh',
      'Không',
      String(base + i).padStart(12, '0'),
      'Xã Yên Sở, huyện Hoài Đức, Hà Nội',
      'Phường Cầu Giấy, Hà Nội',
      `${dd}/${mm}/${y + 25}`,
      `${dd}/${mm}/${y + 26}`,
      String(1_000_000 * (((base / 1_000_000) % 1000) + 1) + i),
      null,
      cell,
      '12/12',
      'Đại học',
      null,
      'Trung cấp',
      'Công chức',
      'Ủy ban nhân dân xã',
      `09${String(i).padStart(8, '0')}`,
      null,
      'Đảng viên chính thức',
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Peak resident memory while `work` runs (sampled every 20 ms). */
async function withPeakRss<T>(
  work: () => Promise<T>,
): Promise<{ value: T; peakMb: number; startMb: number }> {
  const startMb = process.memoryUsage().rss / 1e6;
  let peak = startMb;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss / 1e6);
  }, 20);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss / 1e6);
    return { value, peakMb: peak, startMb };
  } finally {
    clearInterval(timer);
  }
}

async function login(app: FastifyInstance, username: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'dangbo_session');
  return {
    cookie: `dangbo_session=${cookie?.value}`,
    csrf: res.json().csrfToken as string,
    token: cookie?.value as string,
  };
}

interface ImportResult {
  engine: Engine;
  rows: number;
  fileMb: number;
  uploadS: number;
  checkS: number;
  acceptS: number;
  totalS: number;
  peakMb: number;
}

async function measureImport(
  engine: Engine,
  database: Database,
  app: FastifyInstance,
  session: { cookie: string; csrf: string },
  unitId: string,
  n: number,
  base: number,
): Promise<ImportResult> {
  const file = await memberFile(n, base, '');
  global.gc?.();
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
  const { value, peakMb } = await withPeakRss(async () => {
    const t0 = performance.now();
    const res = await app.inject({
      method: 'POST',
      url: `/api/exchange/imports?unitId=${unitId}&fileName=bench-${n}.xlsx`,
      payload: file,
      headers: { ...headers, 'content-type': XLSX_CONTENT_TYPE },
    });
    if (res.statusCode !== 202) throw new Error(`upload ${res.statusCode} ${res.body}`);
    const t1 = performance.now();
    const { importId, jobId } = res.json() as { importId: string; jobId: string };
    let checkMs = 0;
    for (;;) {
      const [job] = await database.db.select().from(jobs).where(eq(jobs.id, jobId));
      if (job?.status === 'failed') throw new Error('checking failed');
      if (job?.status === 'done') {
        checkMs = (job.finishedAt?.getTime() ?? 0) - job.createdAt.getTime();
        break;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    const t2 = performance.now();
    const summary = await app.inject({ method: 'GET', url: `/api/exchange/imports/${importId}`, headers });
    const counts = summary.json().counts;
    if (counts.new !== n) throw new Error(`expected ${n} new rows, got ${JSON.stringify(counts)}`);
    const accepted = await app.inject({
      method: 'POST',
      url: `/api/exchange/imports/${importId}/accept`,
      headers,
    });
    if (accepted.statusCode !== 200) throw new Error(`accept ${accepted.statusCode} ${accepted.body}`);
    const t3 = performance.now();
    return {
      uploadS: (t1 - t0) / 1000,
      checkS: checkMs / 1000,
      acceptS: (t3 - t2) / 1000,
      totalS: (t3 - t0) / 1000,
    };
  });
  return { engine, rows: n, fileMb: file.length / 1e6, ...value, peakMb };
}

interface ExportResult {
  engine: Engine;
  rows: number;
  seconds: number;
  fileMb: number;
  startMb: number;
  peakMb: number;
}

async function measureExport(
  engine: Engine,
  database: Database,
  app: FastifyInstance,
  token: string,
  unitId: string,
  expected: number,
): Promise<ExportResult> {
  const state = await loadSession(database.db, token, { idleMs: 3_600_000, absoluteMs: 86_400_000 });
  if (!state) throw new Error('no session');
  const [unit] = await database.db.select({ path: units.path }).from(units).where(eq(units.id, unitId));
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done();
    },
  });
  global.gc?.();
  const { value, peakMb, startMb } = await withPeakRss(async () => {
    const t0 = performance.now();
    const rows = await writeMemberWorkbook(
      database.db,
      { unitId },
      { access: memberAccess(state), unitPath: unit?.path ?? null, today: todayIso() },
      [...exchangeColumnKeys],
      sink,
    );
    await new Promise((r) => sink.end(r));
    return { rows, seconds: (performance.now() - t0) / 1000 };
  });
  if (value.rows < expected) throw new Error(`exported ${value.rows}, expected ${expected}`);
  void app;
  return { engine, rows: value.rows, seconds: value.seconds, fileMb: bytes / 1e6, startMb, peakMb };
}

/** Tops the register up to `total` members of the root unit with batched inserts (not measured). */
async function fillTo(database: Database, unitId: string, unitPath: string, have: number, total: number) {
  const rows: BulkNewMember[] = [];
  for (let i = have; i < total; i++)
    rows.push({
      fullName: `${family[i % 10]} ${middle[i % 8]} ${given[i % 12]} ${i}`,
      birthDate: '1980-03-15',
      sex: 'male',
      ethnicityCode: '01',
      religionCode: '00',
      citizenId: String(900_000_000_000 + i),
      hometownOld: 'Hà Nội',
      residenceNew: 'Hà Nội',
      admissionDate: '2010-05-19',
      officialDate: '2011-05-19',
      cardNumber: null,
      recordNumber: null,
      generalEducation: '12/12',
      professionalDegree: 'bachelor',
      academicTitle: null,
      theoryLevel: 'intermediate',
      job: null,
      workplace: null,
      phone: null,
      email: null,
      status: 'official',
      statusSince: '2011-05-19',
      unitId,
      unitPath,
    });
  for (let start = 0; start < rows.length; start += 10_000)
    await mutate(database.db, systemContext('bench'), (w) =>
      insertMembersBulk(w, rows.slice(start, start + 10_000)),
    );
}

async function openEngine(engine: Engine): Promise<{ database: Database; stop: () => Promise<void> }> {
  if (engine === 'pglite') {
    const client = await PGlite.create({ extensions: pgliteExtensions });
    const database = await openDatabase({ pglite: client });
    return { database, stop: () => database.close() };
  }
  const server = await startEmbeddedPostgres({ durable: true, prefix: 'dangbo-bench-exchange-' });
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query('create database bench_exchange');
  await admin.end();
  const database = await openDatabase({
    databaseUrl: databaseUrl(server.adminUrl, 'bench_exchange'),
    poolSize: 8,
  });
  return {
    database,
    async stop() {
      await database.close();
      await server.stop();
    },
  };
}

async function runEngine(engine: Engine) {
  const { database, stop } = await openEngine(engine);
  try {
    await runMigrations(database);
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      TOTP_REQUIRED_ROLES: 'admin',
      WEB_DIST: '/nonexistent',
      OUTBOX_DISABLED: '1',
    });
    const app = await buildApp({ database, config, logger: false });
    await app.ready();
    const world = await makeWorld(database.db);
    const session = await login(app, 'w-committee');
    const imports: ImportResult[] = [];
    let base = 100_000_000_000;
    for (const n of sizes) {
      process.stderr.write(`${engine}: import ${n} rows…\n`);
      imports.push(await measureImport(engine, database, app, session, world.root.id, n, base));
      base += 1_000_000;
    }
    const have = sizes.reduce((a, b) => a + b, 0);
    const [root] = await database.db
      .select({ path: units.path })
      .from(units)
      .where(eq(units.id, world.root.id));
    process.stderr.write(`${engine}: filling to ${exportSize} members…\n`);
    await fillTo(database, world.root.id, root?.path as string, have, exportSize);
    await database.db.execute(sql`analyze`);
    const exports: ExportResult[] = [];
    for (const run of [1, 2]) {
      process.stderr.write(`${engine}: export ${exportSize} rows (run ${run})…\n`);
      exports.push(await measureExport(engine, database, app, session.token, world.root.id, exportSize));
    }
    await app.close();
    return { imports, exports: exports.slice(-1), warm: exports[0] };
  } finally {
    await stop();
  }
}

const f1 = (n: number) => n.toFixed(1);
const f0 = (n: number) => Math.round(n).toLocaleString('en-US');

const lines: string[] = ['## Excel import and export (`npx tsx bench/exchange.ts`)', ''];
const importRows: string[] = [];
const exportRows: string[] = [];
for (const engine of engines) {
  const result = await runEngine(engine);
  for (const r of result.imports)
    importRows.push(
      `| ${r.engine} | ${f0(r.rows)} | ${f1(r.fileMb)} MB | ${f1(r.uploadS)} s | ${f1(r.checkS)} s | ${f1(r.acceptS)} s | **${f1(r.totalS)} s** | ${f0(r.rows / r.totalS)} | ${f0(r.peakMb)} MB |`,
    );
  for (const r of [result.warm, ...result.exports])
    if (r)
      exportRows.push(
        `| ${r.engine} | ${f0(r.rows)} | ${f1(r.seconds)} s | ${f0(r.rows / r.seconds)} | ${f1(r.fileMb)} MB | ${f0(r.startMb)} MB | ${f0(r.peakMb)} MB |`,
      );
}
lines.push(
  'Import through the API: upload (the request: file read, checking job started), checking job (every row',
  'validated against the register and staged; overlaps the end of the upload), accept (one transaction,',
  'batches of 1,000 rows). Total = upload to accepted. Goal: 10,000 rows validated and written in under 10 s.',
  '',
  '| engine | rows | file | upload + read | check + stage | accept (write) | total | rows/s | peak RSS |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...importRows,
  '',
  `Export of the whole register (${f0(exportSize)} members, all 23 columns), streamed page by page; run twice —`,
  'the second run reads the same rows, so a peak RSS that does not grow shows the rows are not held in memory.',
  '',
  '| engine | rows | time | rows/s | file | RSS before | peak RSS |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...exportRows,
  '',
);
lines.push(
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average at the start ${loadAtStart
    .map((l) => l.toFixed(1))
    .join(' / ')} on ${cpus().length} cores (other work on the machine slows every figure).`,
  '',
);
process.stdout.write(`${lines.join('\n')}\n`);
if (process.argv.includes('--write')) {
  const target = fileURLToPath(new URL('../docs/BENCHMARKS-exchange.md', import.meta.url));
  writeFileSync(
    target,
    `<!-- Written by \`npx tsx bench/exchange.ts --write\`. -->\n\n${lines.join('\n').replace(/^## /, '# ')}\n`,
  );
  process.stderr.write(`wrote ${target}\n`);
}
process.exit(0);
