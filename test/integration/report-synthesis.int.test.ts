import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/client';
import { documentFiles, documents } from '../../src/server/modules/documents/schema';
import { makeIssuer } from '../document-factory';
import type { Agent } from '../harness';
import { makeMember } from '../member-factory';
import { convertWithLibreOffice, docxText, pdfText, zipPart } from '../office';
import { formRow, submissionRow } from '../report-factory';
import { createWorldApp, type WorldApp } from '../world-app';
import { found, signedIn } from './org-world';

let t: WorldApp;
let committee: Agent;
let viewer: Agent;
let form: Awaited<ReturnType<typeof formRow>>;
let otherForm: Awaited<ReturnType<typeof formRow>>;
const units = {} as Record<'top' | 'root' | 'cellA' | 'cellB', { id: string }>;

const values = (members: number, present: number, rate: number, results: string) => ({
  members,
  present,
  rate,
  ages: [
    { row: 'young', cells: { n: 2 } },
    { row: 'old', cells: { n: members - 2 } },
  ],
  results,
});

beforeAll(async () => {
  t = await createWorldApp();
  const db = t.database.db;
  // A committee with a history: founded in 2020, so it and its cells existed through 2026.
  units.top = await found(db, null, 'grassroots_superior', 'Đảng bộ Khối Thử nghiệm', '2020-01-01');
  units.root = await found(db, units.top.id, 'grassroots', 'Đảng bộ Trường Thử nghiệm', '2020-01-01');
  units.cellA = await found(db, units.root.id, 'cell', 'Chi bộ A', '2020-01-01');
  units.cellB = await found(db, units.root.id, 'cell', 'Chi bộ B', '2020-01-01');
  committee = await signedIn(t, 's-committee', [{ role: 'committee', unitId: units.root.id }]);
  viewer = await signedIn(t, 's-viewer', [{ role: 'viewer', unitId: units.root.id }]);
  await makeIssuer(db, units.root.id, 'ĐU');
  for (let i = 0; i < 3; i++) await makeMember(db, units.cellA.id);
  await makeMember(db, units.cellA.id, {
    status: 'probationary',
    admissionDate: '2025-10-01',
    officialDate: null,
    since: '2025-10-01',
  });
  for (let i = 0; i < 2; i++) await makeMember(db, units.cellB.id);
  form = await formRow(db, units.root.id, { code: 'TT-THANG', name: 'Báo cáo tháng của chi bộ' });
  otherForm = await formRow(db, t.world.other.id, { code: 'KHAC' });
  const { cellA, cellB } = units;
  // Cell A: three accepted months, on time. Cell B: February accepted but late, March sent, not yet accepted.
  await submissionRow(db, form, cellA.id, '2026-01', values(10, 9, 90, 'Học tập Nghị quyết Trung ương 10.'));
  await submissionRow(
    db,
    form,
    cellA.id,
    '2026-02',
    values(10, 8, 80, 'Ra quân đầu xuân.\n\nTrồng cây.\nDọn vệ sinh khu dân cư.'),
  );
  await submissionRow(db, form, cellA.id, '2026-03', values(11, 11, 100, 'Kết nạp một đảng viên.'));
  await submissionRow(db, form, cellB.id, '2026-02', values(5, 4, 70, 'Chi bộ B sinh hoạt chuyên đề.'), {
    sentOn: '2026-03-20',
  });
  await submissionRow(db, form, cellB.id, '2026-03', values(5, 5, 100, 'Chưa duyệt, không được đưa vào.'), {
    status: 'submitted',
  });
  // A report of the second half must not count in the first.
  await submissionRow(db, form, cellA.id, '2026-07', values(12, 12, 100, 'Tháng bảy.'));
});
afterAll(() => t.close());

const h1 = () => `unitId=${units.root.id}&periodKey=2026-H1`;

describe('the preview of a mid-year review', () => {
  it('holds the figures, the completeness and totals of the chosen form, and the placeholders', async () => {
    const res = await committee.get(`/api/reports/synthesis?${h1()}&formIds=${form.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p.title).toBe('Báo cáo sơ kết 6 tháng đầu năm 2026');
    expect(p.summary).toBe(
      'Sơ kết công tác 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026',
    );
    expect(p.forms.map((f: { id: string }) => f.id)).toEqual([form.id]);
    expect(p.availableForms.map((f: { id: string }) => f.id)).toContain(form.id);
    expect(p.availableForms.map((f: { id: string }) => f.id)).not.toContain(otherForm.id);
    const stat = (key: string) => p.statistics.find((s: { key: string }) => s.key === key)?.value;
    expect(stat('members.total')).toBe(6);
    expect(stat('members.probationary')).toBe(1);
    // Two cells × six months expected; five sent (July is outside); four on time; four accepted.
    expect(p.completeness).toEqual([
      {
        form: expect.objectContaining({ id: form.id }),
        periods: 6,
        expected: 12,
        sent: 5,
        onTime: 4,
        accepted: 4,
      },
    ]);
    const total = (key: string) =>
      p.totals[0].fields.find((f: { key: string }) => f.key === key) as { value: number; reports: number };
    expect(total('members')).toMatchObject({ value: 10 + 10 + 11 + 5, reports: 4 });
    expect(total('rate')).toMatchObject({ value: (90 + 80 + 100 + 70) / 4, reports: 4 });
    expect(total('ages.young.n').value).toBe(8);
    expect(p.narratives).toEqual([
      expect.objectContaining({ field: { key: 'results', label: 'Kết quả nổi bật' }, entries: 4 }),
    ]);
    expect(p.placeholders).toEqual([
      'Kết quả đạt được',
      'Hạn chế, khuyết điểm',
      'Nguyên nhân',
      'Phương hướng, nhiệm vụ 6 tháng cuối năm 2026',
    ]);
    expect(p.canRegister).toBe(true);
    expect(p.issuerName).toMatch(/^Đảng ủy /);
  });

  it('includes by default the forms with reports sent in the review', async () => {
    const p = (await committee.get(`/api/reports/synthesis?${h1()}`)).json();
    expect(p.forms.map((f: { id: string }) => f.id)).toEqual([form.id]);
  });

  it('refuses a period that is no review, an unknown form, and units out of reach', async () => {
    const month = await committee.get(`/api/reports/synthesis?unitId=${units.root.id}&periodKey=2026-03`);
    expect(month.statusCode).toBe(400);
    expect(month.json()).toMatchObject({ code: 'REPORT_SYNTHESIS_PERIOD', field: 'periodKey' });
    expect(month.json().message).toContain('2026-03');
    const foreign = await committee.get(`/api/reports/synthesis?${h1()}&formIds=${otherForm.id}`);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ code: 'REPORT_SYNTHESIS_FORM', field: 'formIds' });
    const garbage = await committee.get(`/api/reports/synthesis?${h1()}&formIds=abc`);
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().field).toMatch(/^formIds/);
    const other = await committee.get(`/api/reports/synthesis?unitId=${t.world.other.id}&periodKey=2026`);
    expect(other.statusCode).toBe(404);
  });
});

describe('the drafted .docx', () => {
  let file: Buffer;
  beforeAll(async () => {
    const res = await committee.get(`/api/reports/synthesis.docx?${h1()}&formIds=${form.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain('attachment');
    file = res.rawPayload;
  });

  it('reads back with the Party heading, the figures, the narratives with their source and the placeholders', async () => {
    const text = await docxText(file);
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('ĐẢNG BỘ KHỐI THỬ NGHIỆM');
    expect(text).toContain('Ban Thường vụ Đảng bộ Khối Thử nghiệm');
    expect(text).toContain('Số     -BC/ĐU');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Sơ kết công tác 6 tháng đầu năm 2026');
    expect(text).toContain('Tổng số đảng viên cuối kỳ');
    expect(text).toContain('Chi bộ A (tháng 01/2026): Học tập Nghị quyết Trung ương 10.');
    expect(text).toContain('Chi bộ A (tháng 02/2026): Ra quân đầu xuân.');
    expect(text).toContain('Trồng cây.');
    expect(text).toContain('Chi bộ B (tháng 02/2026): Chi bộ B sinh hoạt chuyên đề.');
    expect(text).not.toContain('Chưa duyệt, không được đưa vào.');
    expect(text).not.toContain('Tháng bảy.');
    expect(text).toContain('[Cấp ủy đánh giá: Hạn chế, khuyết điểm …]');
    expect(text).toContain('T/M BAN THƯỜNG VỤ');
    expect(text).toContain('Nơi nhận:');
    // Placeholders are highlighted for the office to see.
    expect(zipPart(file, 'word/document.xml')).toMatch(/<w:highlight w:val="yellow"\/>/);
  });

  it("indents a unit's further paragraphs under its source, and leaves the place for the office to write", async () => {
    const xml = zipPart(file, 'word/document.xml');
    const paragraphs = xml.split('</w:p>');
    const paragraphWith = (text: string) => {
      const found = paragraphs.filter((p) => p.includes(text));
      expect(found, text).toHaveLength(1);
      return found[0] as string;
    };
    const leftIndent = /<w:ind\b[^>]*\bw:left="(\d+)"/;
    const lead = paragraphWith('Ra quân đầu xuân.');
    expect(lead).toContain('Chi bộ A (tháng 02/2026):');
    expect(lead).not.toMatch(leftIndent);
    for (const text of ['Trồng cây.', 'Dọn vệ sinh khu dân cư.']) {
      const further = paragraphWith(text);
      expect(Number(further.match(leftIndent)?.[1])).toBeGreaterThan(0);
      expect(further).not.toContain('Chi bộ');
    }
    // A one-paragraph text stays on its source's line, unindented.
    expect(paragraphWith('Kết nạp một đảng viên.')).not.toMatch(leftIndent);
    const text = await docxText(file);
    expect(text).toContain('……, ngày     tháng     năm 20…');
    expect(text).not.toContain('Hà Nội');
  });

  it('converts to PDF with LibreOffice, the statistics and totals tables and a narrative with its source in it', async () => {
    const pdf = await pdfText(await convertWithLibreOffice(file, 'docx', 'pdf'));
    const flat = pdf.replace(/\s+/g, ' ');
    expect(flat).toContain('Tổng số đảng viên cuối kỳ');
    // Members at the end: 6; completeness row: 6 periods, 12 expected, 5 sent, 4 on time, 4 accepted.
    expect(flat).toMatch(/Tổng số đảng viên cuối kỳ đồng chí 6/);
    expect(flat).toMatch(/TT-THANG — Báo cáo tháng của chi bộ 6 12 5 4 4/);
    expect(flat).toContain('Cộng các kỳ 36');
    expect(flat).toContain('Bình quân 4 báo cáo 85');
    expect(flat).toContain('Chi bộ A (tháng 03/2026): Kết nạp một đảng viên.');
    expect(flat).toContain('Chi bộ A (tháng 02/2026): Ra quân đầu xuân. Trồng cây. Dọn vệ sinh khu dân cư.');
    expect(flat).toContain('……, ngày tháng năm 20…');
  }, 120_000);
});

describe('registering the final report', () => {
  const register = (agent: Agent, query: string, body: Buffer, fileName = 'Bao cao so ket.docx') =>
    agent.request({
      method: 'POST',
      url: `/api/reports/synthesis/register?${query}&fileName=${encodeURIComponent(fileName)}`,
      payload: body,
      headers: { 'content-type': 'application/octet-stream' },
    });
  const counts = async () =>
    (
      await queryRows<{ d: number; f: number }>(
        t.database.db,
        sql`select (select count(*)::int from documents) as d, (select count(*)::int from document_files) as f`,
      )
    )[0];

  it('creates a draft outgoing report of the unit with the edited file attached', async () => {
    const draft = (await committee.get(`/api/reports/synthesis.docx?${h1()}`)).rawPayload;
    const res = await register(committee, h1(), draft);
    expect(res.statusCode, res.body).toBe(201);
    const { documentId } = res.json();
    const [doc] = await t.database.db.select().from(documents).where(eq(documents.id, documentId));
    expect(doc).toMatchObject({
      direction: 'outgoing',
      type: 'report',
      status: 'draft',
      ownerUnitId: units.root.id,
      summary: 'Sơ kết công tác 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026',
      signingForm: 'on_behalf',
    });
    const files = await t.database.db
      .select()
      .from(documentFiles)
      .where(eq(documentFiles.documentId, documentId));
    expect(files).toHaveLength(1);
    expect(files[0]?.fileName).toBe('Bao cao so ket.docx');
    const detail = await committee.get(`/api/documents/${documentId}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().files).toHaveLength(1);
    const download = await committee.get(`/api/documents/${documentId}/files/${files[0]?.id}`);
    expect(download.rawPayload.equals(draft)).toBe(true);
  });

  it('refuses bad input with a 4xx and writes nothing', async () => {
    const draft = (await committee.get(`/api/reports/synthesis.docx?${h1()}`)).rawPayload;
    const before = await counts();
    const month = await register(committee, `unitId=${units.root.id}&periodKey=2026-03`, draft);
    expect(month.statusCode).toBe(400);
    const pdf = await register(committee, h1(), Buffer.from('%PDF-1.4\n%%EOF\n'), 'bao cao.pdf');
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().field).toBe('fileName');
    const fake = await register(committee, h1(), Buffer.from('not a word file'), 'bao cao.docx');
    expect(fake.statusCode).toBe(415);
    const empty = await register(committee, h1(), Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    const noIssuer = await register(committee, `unitId=${units.cellB.id}&periodKey=2026`, draft);
    expect(noIssuer.statusCode).toBe(400);
    expect(noIssuer.json()).toMatchObject({ code: 'REPORT_SYNTHESIS_NO_ISSUER', field: 'unitId' });
    expect((await register(viewer, h1(), draft)).statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });
});
