/**
 * Documents benchmark (issue 6): registry search p50/p95 over 100,000 documents on PostgreSQL through the whole
 * app (`GET /api/documents?q=…`: session, access, folded trigram search, paging, JSON), reference extraction
 * throughput (MB/s of Vietnamese text) and Word rendering time per document.
 * Run alone with `npx tsx bench/documents.ts` (options: `--documents 100000`, `--write` →
 * docs/BENCHMARKS-documents.md).
 *
 * The documents are generated inside PostgreSQL (INSERT … SELECT over generate_series) into the demo
 * committee's registry, with summaries and ~0.5 KB bodies drawn from Party-work phrases (two tied to the subject, two common ones), so every search runs
 * over the whole 100,000 in the committee user's reach.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openDatabase, queryRows } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { DEMO_PASSWORD, seedDemo } from '../src/server/demo/seed';
import { databaseUrl } from '../test/embedded-postgres';
import { arg, argv } from './args';
import { benchExtraction } from './documents-extract';
import { benchWord } from './documents-word';
import { percentile } from './inject';
import { loadAverage } from './machine';
import { startNationalPostgres } from './national-postgres';

const documentCount = Number(arg('documents', '100000'));
const write = argv.includes('--write');
const log = (message: string) => process.stderr.write(`${message}\n`);
const loadAtStart = loadAverage();

const subjects = [
  'Về lãnh đạo thực hiện nhiệm vụ chính trị',
  'Về công tác kiểm tra, giám sát',
  'Về học tập, quán triệt nghị quyết',
  'Về phát triển đảng viên',
  'Về chuyển đổi số trong công tác đảng',
  'Về nâng cao chất lượng sinh hoạt chi bộ',
  'Về công tác cán bộ và quy hoạch',
  'Về thu, nộp và quản lý đảng phí',
  'Về phòng, chống tham nhũng, lãng phí',
  'Về đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên',
];
/** Two sentences that belong to each subject above (same order), and sentences any document may carry. */
const topical = [
  'Các cấp ủy tập trung lãnh đạo hoàn thành các chỉ tiêu nhiệm vụ chính trị của cơ quan, đơn vị.',
  'Phân công cấp ủy viên phụ trách từng lĩnh vực, định kỳ báo cáo kết quả.',
  'Ủy ban Kiểm tra xây dựng chương trình kiểm tra, giám sát theo Quy định số 22-QĐ/TW ngày 28/7/2021.',
  'Tập trung giám sát chuyên đề việc thực hiện nhiệm vụ của cấp ủy viên.',
  'Các chi bộ tổ chức học tập, quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.',
  'Mỗi đảng viên viết bản thu hoạch và đăng ký việc làm cụ thể.',
  'Tạo nguồn phát triển đảng viên trong đoàn viên thanh niên và quần chúng ưu tú.',
  'Hoàn thiện hồ sơ kết nạp đảng viên theo Hướng dẫn số 01-HD/TW.',
  'Ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý đảng viên và văn bản của cấp ủy.',
  'Số hóa hồ sơ đảng viên, vận hành hệ thống thông tin quản lý.',
  'Đổi mới nội dung, hình thức sinh hoạt chi bộ theo Chỉ thị số 50-CT/TW của Ban Bí thư.',
  'Sinh hoạt chuyên đề mỗi quý một lần, chuẩn bị kỹ nội dung.',
  'Rà soát quy hoạch cán bộ nhiệm kỳ 2025-2030 và các nhiệm kỳ tiếp theo.',
  'Đánh giá cán bộ gắn với kết quả thực hiện nhiệm vụ được giao.',
  'Thu, nộp đảng phí đúng quy định, công khai tại chi bộ.',
  'Quản lý và sử dụng đảng phí theo Quyết định số 342-QĐ/TW.',
  'Thực hiện nghiêm các quy định về phòng, chống tham nhũng, lãng phí, tiêu cực.',
  'Kê khai tài sản, thu nhập đúng thời hạn.',
  'Đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên hằng năm theo Quy định số 124-QĐ/TW.',
  'Kiểm điểm tự phê bình và phê bình nghiêm túc, thực chất.',
];
const common = [
  'Đảng ủy yêu cầu các đồng chí cấp ủy viên phụ trách theo dõi, đôn đốc việc thực hiện.',
  'Văn phòng Đảng ủy tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 15 hằng tháng.',
  'Kịp thời biểu dương, khen thưởng tập thể, cá nhân có thành tích xuất sắc.',
  'Trong quá trình thực hiện, nếu có vướng mắc, các chi bộ báo cáo về Văn phòng Đảng ủy.',
  'Kế hoạch này được phổ biến đến toàn thể đảng viên.',
  'Giao Ban Tổ chức Đảng ủy hướng dẫn, theo dõi và tổng hợp.',
];
const searches = [
  'kiểm tra giám sát',
  'chuyen doi so',
  '57-NQ/TW',
  'đảng phí',
  'sinh hoat chi bo chat luong',
  'tham nhũng lãng phí',
  'quy hoạch cán bộ',
  'khen thưởng xuất sắc',
  'văn bản số 54321',
  '1233-KL/ĐU',
];

const textArray = (items: string[]) =>
  sql.raw(`array[${items.map((s) => `'${s.replaceAll("'", "''")}'`).join(',')}]`);

async function generateDocuments(db: Parameters<typeof queryRows>[0], count: number) {
  const [owner] = await queryRows<{ id: string; path: string; issuer: string }>(
    db,
    sql`select u.id, u.path::text as path, i.id as issuer from org_units u join document_issuers i on i.unit_id = u.id
      where u.code = 'DB-VUSTA' limit 1`,
  );
  if (!owner) throw new Error('no VUSTA issuer in the demo data');
  await db.execute(sql`insert into documents (direction, owner_unit_id, owner_path, type, issuer_id, number,
      number_text, issued_on, received_on, summary, body, status, search_text)
    select 'incoming', ${owner.id}::uuid, ${owner.path}::ltree,
      (array['resolution','directive','conclusion','plan','report','notice','guidance'])[1 + g % 7],
      ${owner.issuer}::uuid, 1000 + g,
      n.text,
      date '2010-01-01' + (g % 5800), date '2010-01-01' + (g % 5800),
      s.summary || ' năm ' || (2010 + g % 16)::text, b.body, 'issued',
      dangbo_fold(n.text || ' ĐU ' || s.summary || ' ' || b.body)
    from generate_series(1, ${count}) g
    cross join lateral (select (1000 + g)::text || '-' || (array['NQ','CT','KL','KH','BC','TB','HD'])[1 + g % 7]
      || '/ĐU' as text) n
    cross join lateral (select (${textArray(subjects)})[1 + (g * 7) % ${subjects.length}] as summary,
      (g * 7) % ${subjects.length} as s) s
    cross join lateral (select (${textArray(topical)})[1 + 2 * s.s] || ' ' || (${textArray(topical)})[2 + 2 * s.s]
      || ' ' || (${textArray(common)})[1 + g % ${common.length}] || ' ' || (${textArray(common)})[1 + (g / 7) % ${common.length}]
      || ' Văn bản số ' || g::text || ' của năm ' || (2010 + g % 16)::text || '.' as body) b`);
  await db.execute(sql`analyze documents`);
}

async function measure(app: FastifyInstance, cookie: string, q: string, samples: number) {
  const times: number[] = [];
  let total = 0;
  let capped = false;
  for (let i = 0; i < samples + 5; i++) {
    const started = performance.now();
    const res = await app.inject({
      method: 'GET',
      url: `/api/documents?q=${encodeURIComponent(q)}&limit=50`,
      headers: { cookie },
    });
    const ms = performance.now() - started;
    if (res.statusCode !== 200) throw new Error(`search ${q}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    if (i >= 5) times.push(ms);
    total = res.json().total;
    capped = res.json().totalCapped;
  }
  return { q, total: capped ? `${total}+` : String(total), times };
}

async function benchSearch() {
  log('documents: starting PostgreSQL (embedded-postgres)…');
  const server = await startNationalPostgres();
  try {
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query('create database bench_documents');
    await admin.end();
    const database = await openDatabase({
      databaseUrl: databaseUrl(server.adminUrl, 'bench_documents'),
      poolSize: 8,
    });
    try {
      await runMigrations(database);
      await seedDemo(database, { publicUrl: 'http://localhost:3000' });
      log(`documents: generating ${documentCount.toLocaleString('en-US')} documents…`);
      const started = performance.now();
      await generateDocuments(database.db, documentCount);
      const generateSeconds = (performance.now() - started) / 1000;
      const config = loadConfig({
        LOG_LEVEL: 'silent',
        WEB_DIST: '/nonexistent',
        OUTBOX_DISABLED: '1',
        TOTP_REQUIRED_ROLES: '',
      });
      const app = await buildApp({ database, config, logger: false });
      await app.ready();
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'committee', password: DEMO_PASSWORD },
      });
      const cookie = `dangbo_session=${login.cookies.find((c) => c.name === 'dangbo_session')?.value}`;
      const perQuery = [];
      for (const q of searches) {
        const r = await measure(app, cookie, q, 40);
        const sorted = [...r.times].sort((a, b) => a - b);
        perQuery.push({ q, total: r.total, p50: percentile(sorted, 50), p95: percentile(sorted, 95) });
        log(
          `  "${q}": ${r.total} found, p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms`,
        );
      }
      await app.close();
      return { perQuery, generateSeconds, worstP95: Math.max(...perQuery.map((p) => p.p95)) };
    } finally {
      await database.close();
    }
  } finally {
    await server.stop();
  }
}

async function main() {
  const extraction = await benchExtraction();
  log(`extraction: ${extraction.mbPerSecond.toFixed(1)} MB/s over ${extraction.megabytes.toFixed(1)} MB`);
  const word = await benchWord();
  log(`word: ${word.msPerDocument.toFixed(1)} ms per document (${word.documents} documents)`);
  const search = await benchSearch();
  const md = [
    '# Documents benchmark',
    '',
    `Run with \`npx tsx bench/documents.ts --write\` on ${new Date().toISOString().slice(0, 10)}; load average at start ${loadAtStart.join(' / ')}.`,
    '',
    '## Registry search over PostgreSQL',
    '',
    `${documentCount.toLocaleString('en-US')} documents in one committee's registry (generated in ${search.generateSeconds.toFixed(0)} s), searched by the committee user through the whole app, 40 samples per query after 5 warm-up requests, first page of 50.`,
    '',
    '| query | found | p50 ms | p95 ms |',
    '|---|---:|---:|---:|',
    ...search.perQuery.map((p) => `| ${p.q} | ${p.total} | ${p.p50.toFixed(1)} | ${p.p95.toFixed(1)} |`),
    '',
    `Worst p95: ${search.worstP95.toFixed(1)} ms.`,
    '',
    '## Reference extraction',
    '',
    `${extraction.mbPerSecond.toFixed(1)} MB/s of UTF-8 Vietnamese text (${extraction.megabytes.toFixed(1)} MB, ${extraction.references.toLocaleString('en-US')} references found), pure domain function \`findReferences\`.`,
    '',
    '## Word output',
    '',
    `${word.msPerDocument.toFixed(1)} ms per document (${word.documents} documents of mixed types, rendered one after another).`,
    '',
  ].join('\n');
  process.stdout.write(`${md}\n`);
  if (write) writeFileSync(fileURLToPath(new URL('../docs/BENCHMARKS-documents.md', import.meta.url)), md);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
