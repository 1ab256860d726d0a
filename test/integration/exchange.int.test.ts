import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeColumnKeys } from '../../src/contracts/exchange';
import { exchangeImportRows } from '../../src/server/modules/exchange/schema';
import { memberStatusEvents, members, memberUnitHistory } from '../../src/server/modules/members/schema';
import { auditLog } from '../../src/server/platform/audit/schema';
import {
  type Cell,
  finished,
  memberRow,
  nationalHeaders,
  upload,
  uploadAndCheck,
  xlsxOf,
} from '../exchange-files';
import { PASSWORD } from '../factories';
import { Agent } from '../harness';
import { expectMemberCountsConsistent, expectNameSuffixesConsistent } from '../member-counts';
import { makeMember } from '../member-factory';
import { createWorldApp, signInAs, type WorldApp } from '../world-app';

let t: WorldApp;
let secretary: Agent;
let committee: Agent;

const signIn = (username: string) => signInAs(t, username);

beforeAll(async () => {
  t = await createWorldApp();
  secretary = await signIn('w-secretary');
  committee = await signIn('w-committee');
});
afterAll(() => t.close());

const db = () => t.database.db;
const memberCount = async () => (await db().select({ n: count() }).from(members))[0]?.n ?? 0;
const snapshot = async () => ({
  members: await memberCount(),
  events: (await db().select({ n: count() }).from(memberStatusEvents))[0]?.n,
  history: (await db().select({ n: count() }).from(memberUnitHistory))[0]?.n,
});
const col = (header: string) => nationalHeaders.indexOf(header);
const rowsOf = async (importId: string, kind?: string) =>
  (
    await secretary.get(`/api/exchange/imports/${importId}/rows?limit=500${kind ? `&kind=${kind}` : ''}`)
  ).json().items as {
    rowNumber: number;
    kind: string;
    problems: { column: string; message: string }[];
    diff: { field: string; before: unknown; after: unknown }[];
  }[];

describe('bad files are refused as a whole, with a Vietnamese message and nothing written', () => {
  const refused = async (file: Buffer, code: string, status = 400, contentType?: string) => {
    const before = await snapshot();
    const res = await upload(secretary, t.world.cellA.id, file, 'x.xlsx', contentType);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().code).toBe(code);
    expect(res.json().message).toMatch(/[àáảãạăâđêôơư]/i);
    expect(await snapshot()).toEqual(before);
    return res.json().message as string;
  };

  it('not an Excel file, a damaged one, an empty one', async () => {
    await refused(Buffer.from('Họ và tên,Ngày sinh\nA,01/01/1980\n'), 'EXCHANGE_FILE_NOT_EXCEL');
    await refused(Buffer.from('PK\x03\x04 this is not a zip at all'), 'EXCHANGE_FILE_MALFORMED');
    await refused(Buffer.alloc(0), 'EXCHANGE_FILE_EMPTY');
  });

  it('password-protected (an encrypted OLE container) and old .xls', async () => {
    const cfb = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb, 0);
    const encrypted = Buffer.from(cfb);
    Buffer.from('EncryptedPackage', 'utf16le').copy(encrypted, 1024);
    expect(await refused(encrypted, 'EXCHANGE_FILE_ENCRYPTED')).toContain('mật khẩu');
    const xls = Buffer.from(cfb);
    Buffer.from('Workbook', 'utf16le').copy(xls, 1024);
    expect(await refused(xls, 'EXCHANGE_FILE_XLS', 400, 'application/vnd.ms-excel')).toContain('.xls');
  });

  it('merged header cells', async () => {
    const file = await xlsxOf([memberRow()], { merges: ['B1:C1'] });
    expect(await refused(file, 'EXCHANGE_MERGED_HEADER')).toContain('B1:C1');
  });

  it('more than 50,000 data rows; 50,000 exactly is accepted', async () => {
    const many = (n: number) => {
      const rows: Cell[][] = [];
      for (let i = 0; i < n; i++) rows.push([i + 1, `Người ${i}`]);
      return rows;
    };
    const headers = ['STT', 'Họ và tên'];
    expect(await refused(await xlsxOf(many(50_001), { headers }), 'EXCHANGE_TOO_MANY_ROWS')).toContain(
      '50.000',
    );
    const ok = await upload(secretary, t.world.cellA.id, await xlsxOf(many(50_000), { headers }));
    expect(ok.statusCode, ok.body).toBe(202);
    await finished(db(), ok.json().jobId);
    await secretary.post(`/api/exchange/imports/${ok.json().importId}/cancel`);
  }, 120_000);

  it('a file over the size limit gets 413 with a Vietnamese message', async () => {
    const res = await upload(secretary, t.world.cellA.id, Buffer.alloc(26 * 1024 * 1024, 1));
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toContain('quá lớn');
  });
});

describe('preview: every bad row with its number, column and reason', () => {
  it('lists formula cells, impossible dates, NFD text, duplicate citizen IDs and IDs outside the scope', async () => {
    const outsider = await makeMember(db(), t.world.otherCell.id, {
      fullName: 'Người Ngoài Phạm Vi',
      citizenId: '001190000777',
    });
    const good = memberRow({ 'Họ và tên': 'Trần Thị Ngọc Ánh'.normalize('NFD'), 'Ngày sinh': '07/08/1975' });
    const formula = memberRow({ 'Ngày sinh': { formula: 'DATE(1980,1,1)', result: new Date('1980-01-01') } });
    const impossible = memberRow({ 'Ngày sinh': '31/02/1980' });
    const dupA = memberRow({ 'Số CCCD': '001190000555' });
    const dupB = memberRow({ 'Số CCCD': '001190000555' });
    const taken = memberRow({ 'Số CCCD': outsider.citizenId });
    const realDate = memberRow({ 'Ngày sinh': new Date(Date.UTC(1981, 10, 20)) });
    const file = await xlsxOf([good, formula, impossible, dupA, dupB, taken, realDate]);
    const before = await snapshot();
    const summary = await uploadAndCheck(secretary, db(), t.world.cellA.id, file);
    expect(summary.status).toBe('ready');
    expect(summary.counts).toEqual({ new: 2, update: 0, unchanged: 0, bad: 5 });
    const bad = await rowsOf(summary.id, 'bad');
    const byRow = new Map(bad.map((r) => [r.rowNumber, r.problems]));
    expect(byRow.get(3)).toEqual([
      { column: 'Ngày sinh', field: 'birthDate', message: expect.stringContaining('ô chứa công thức') },
    ]);
    expect(byRow.get(4)?.[0]).toMatchObject({
      column: 'Ngày sinh',
      message: expect.stringContaining('31/02/1980'),
    });
    expect(byRow.get(5)?.[0]?.message).toContain('dòng 6');
    expect(byRow.get(6)?.[0]?.message).toContain('dòng 5');
    const leak = byRow.get(7)?.[0]?.message ?? '';
    expect(leak).toContain('ngoài phạm vi');
    expect(leak).not.toContain('Người Ngoài');
    expect(await snapshot()).toEqual(before);

    await secretary.post(`/api/exchange/imports/${summary.id}/accept`);
    const written = await db()
      .select()
      .from(members)
      .where(
        inArray(members.citizenId, [good[col('Số CCCD')] as string, realDate[col('Số CCCD')] as string]),
      );
    expect(written.map((m) => m.fullName).sort()).toEqual(
      [`Nguyễn Văn Nhập ${String(realDate[0])}`, 'Trần Thị Ngọc Ánh'].sort(),
    );
    expect(written.find((m) => m.fullName === 'Trần Thị Ngọc Ánh')?.birthDate).toBe('1975-08-07');
    expect(written.find((m) => m.fullName.startsWith('Nguyễn'))?.birthDate).toBe('1981-11-20');
    expect(await memberCount()).toBe(before.members + 2);
    // The imported member is found by an unaccented name.
    const found = (await secretary.get('/api/members?q=tran thi ngoc anh')).json();
    expect(found.items.map((m: { fullName: string }) => m.fullName)).toContain('Trần Thị Ngọc Ánh');
    await expectMemberCountsConsistent(db());
    await expectNameSuffixesConsistent(db());
  });

  it('refuses the rules of the member API (future dates, admission age, formats) per row', async () => {
    const file = await xlsxOf([
      memberRow({ 'Ngày vào Đảng': '01/01/2099', 'Ngày chính thức': null, 'Tình trạng': 'Dự bị' }),
      memberRow({
        'Ngày sinh': '01/01/2000',
        'Ngày vào Đảng': '01/01/2010',
        'Ngày chính thức': '01/01/2011',
      }),
      memberRow({ 'Số CCCD': '12345', 'Điện thoại': 'gọi sau', 'Giới tính': 'X' }),
    ]);
    const summary = await uploadAndCheck(secretary, db(), t.world.cellA.id, file);
    expect(summary.counts.bad).toBe(3);
    const bad = await rowsOf(summary.id, 'bad');
    expect(bad[0]?.problems.map((p) => p.column)).toContain('Ngày vào Đảng');
    expect(bad[1]?.problems[0]?.message).toContain('Tuổi khi vào Đảng');
    expect(bad[2]?.problems.map((p) => p.column).sort()).toEqual(
      ['Giới tính', 'Số CCCD', 'Điện thoại'].sort(),
    );
    await secretary.post(`/api/exchange/imports/${summary.id}/cancel`);
  });
});

describe('accept, re-import, cancel', () => {
  it('re-import is idempotent; changed rows are updates shown as a diff; provenance is kept', async () => {
    const rows = [memberRow({ 'Điện thoại': '0912345678' }), memberRow(), memberRow()];
    const first = await uploadAndCheck(secretary, db(), t.world.cellA.id, await xlsxOf(rows), 'lan-1.xlsx');
    expect(first.counts).toEqual({ new: 3, update: 0, unchanged: 0, bad: 0 });
    const accepted = await secretary.post(`/api/exchange/imports/${first.id}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().status).toBe('applied');
    const again = await secretary.post(`/api/exchange/imports/${first.id}/accept`);
    expect(again.statusCode).toBe(409);

    const same = await uploadAndCheck(secretary, db(), t.world.cellA.id, await xlsxOf(rows), 'lan-2.xlsx');
    expect(same.counts).toEqual({ new: 0, update: 0, unchanged: 3, bad: 0 });

    const changed = rows.map((r) => [...r]);
    (changed[0] as Cell[])[col('Điện thoại')] = '0987654321';
    (changed[1] as Cell[])[col('Lý luận chính trị')] = 'Trung cấp';
    const third = await uploadAndCheck(
      secretary,
      db(),
      t.world.cellA.id,
      await xlsxOf(changed),
      'lan-3.xlsx',
    );
    expect(third.counts).toEqual({ new: 0, update: 2, unchanged: 1, bad: 0 });
    const updates = await rowsOf(third.id, 'update');
    expect(updates[0]?.diff).toEqual([{ field: 'phone', before: '0912345678', after: '0987654321' }]);
    expect(updates[1]?.diff).toEqual([{ field: 'theoryLevel', before: null, after: 'intermediate' }]);
    expect((await secretary.post(`/api/exchange/imports/${third.id}/accept`)).statusCode).toBe(200);
    const [m] = await db()
      .select()
      .from(members)
      .where(eq(members.citizenId, String(rows[0]?.[col('Số CCCD')])));
    expect(m?.phone).toBe('0987654321');
    expect(m?.version).toBe(2);

    const sources = (await secretary.get(`/api/exchange/members/${m?.id}/sources`)).json();
    const phone = sources.fields.find((f: { field: string }) => f.field === 'phone');
    expect(phone).toMatchObject({ fileName: 'lan-3.xlsx', rowNumber: 2 });
    expect(sources.fields.find((f: { field: string }) => f.field === 'fullName')).toMatchObject({
      fileName: 'lan-1.xlsx',
    });
    const history = (await secretary.get(`/api/members/${m?.id}/history`)).json();
    expect(history.changes.at(-1).fields).toEqual([
      { field: 'phone', before: '0912345678', after: '0987654321' },
    ]);
    await expectMemberCountsConsistent(db());
  });

  it('cancel writes nothing and discards the staged rows', async () => {
    const summary = await uploadAndCheck(
      secretary,
      db(),
      t.world.cellA.id,
      await xlsxOf([memberRow(), memberRow()]),
    );
    const before = await snapshot();
    const res = await secretary.post(`/api/exchange/imports/${summary.id}/cancel`);
    expect(res.json().status).toBe('cancelled');
    expect(await snapshot()).toEqual(before);
    const staged = await db()
      .select({ n: count() })
      .from(exchangeImportRows)
      .where(eq(exchangeImportRows.importId, summary.id));
    expect(staged[0]?.n).toBe(0);
    expect((await secretary.post(`/api/exchange/imports/${summary.id}/accept`)).statusCode).toBe(409);
  });

  it('a failure during accept (a duplicate created meanwhile, in the second batch) leaves nothing written', async () => {
    const rows: Cell[][] = [];
    for (let i = 0; i < 1500; i++) rows.push(memberRow());
    const summary = await uploadAndCheck(committee, db(), t.world.root.id, await xlsxOf(rows));
    expect(summary.counts.new).toBe(1500);
    await makeMember(db(), t.world.cellB.id, { citizenId: String(rows[1400]?.[col('Số CCCD')]) });
    const before = await snapshot();
    const audits = (await db().select({ n: count() }).from(auditLog))[0]?.n;
    const res = await committee.post(`/api/exchange/imports/${summary.id}/accept`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('MEMBER_DUPLICATE_CITIZEN_ID');
    expect(await snapshot()).toEqual(before);
    expect((await db().select({ n: count() }).from(auditLog))[0]?.n).toBe(audits);
    const firstBatch = await db()
      .select()
      .from(members)
      .where(eq(members.citizenId, String(rows[0]?.[col('Số CCCD')])));
    expect(firstBatch).toEqual([]);
  }, 60_000);

  it('a secretary cannot import into another cell; the Chi bộ column places rows in the committee’s cells', async () => {
    expect((await upload(secretary, t.world.cellB.id, await xlsxOf([memberRow()]))).statusCode).toBe(404);
    const inB = memberRow({ 'Chi bộ': 'Chi bộ B' });
    const memberRowCccd = (_f: Buffer) => inB[col('Số CCCD')];
    const file = await xlsxOf([inB, memberRow({ 'Chi bộ': 'Chi bộ Không Có' })]);
    const summary = await uploadAndCheck(committee, db(), t.world.root.id, file);
    expect(summary.counts).toMatchObject({ new: 1, bad: 1 });
    const bad = (await committee.get(`/api/exchange/imports/${summary.id}/rows?kind=bad`)).json().items;
    expect(bad[0].problems[0]).toMatchObject({
      column: 'Chi bộ',
      message: expect.stringContaining('Chi bộ Không Có'),
    });
    expect((await committee.post(`/api/exchange/imports/${summary.id}/accept`)).statusCode).toBe(200);
    const cccd = String(memberRowCccd(file));
    const [m] = await db().select().from(members).where(eq(members.citizenId, cccd));
    expect(m?.unitId).toBe(t.world.cellB.id);
  });
});

describe('files as offices keep them', () => {
  it('finds the header below the title lines (merged there), with headers in NFD, and cancels while checking', async () => {
    const headers = nationalHeaders.map((h) => h.normalize('NFD'));
    const file = await xlsxOf([memberRow(), memberRow()], {
      headers,
      titleRows: ['ĐẢNG BỘ THỬ NGHIỆM', 'DANH SÁCH ĐẢNG VIÊN'],
      merges: ['A1:W1', 'A2:W2'],
    });
    const summary = await uploadAndCheck(secretary, db(), t.world.cellA.id, file);
    expect(summary.status).toBe('ready');
    expect(summary.counts).toMatchObject({ new: 2, bad: 0 });
    const rows = await rowsOf(summary.id, 'new');
    expect(rows.map((r) => r.rowNumber)).toEqual([4, 5]);

    // Cancelled right after the upload (the job may still be checking): whatever it staged is discarded.
    const res = await upload(secretary, t.world.cellA.id, file);
    const { importId, jobId } = res.json();
    await secretary.post(`/api/exchange/imports/${importId}/cancel`);
    await finished(db(), jobId);
    const after = (await secretary.get(`/api/exchange/imports/${importId}`)).json();
    expect(after.status).toBe('cancelled');
    const staged = await db()
      .select({ n: count() })
      .from(exchangeImportRows)
      .where(eq(exchangeImportRows.importId, importId));
    expect(staged[0]?.n).toBe(0);
  });
});

describe('column mapping', () => {
  it('asks for a mapping when headers differ, checks with it, and reuses it next time', async () => {
    const headers = [
      'Số TT',
      'Tên đầy đủ',
      'Sinh ngày',
      'Phái',
      'Dân tộc',
      'Tôn giáo',
      'Mã định danh',
      'Kết nạp',
      'Chính thức',
      'Ghi chú',
    ];
    const row = (name: string, cccd: string): Cell[] => [
      1,
      name,
      '01/02/1985',
      'Nữ',
      'Tày',
      'Không',
      cccd,
      '03/02/2012',
      '03/02/2013',
      'x',
    ];
    const file = await xlsxOf([row('Hoàng Thị Mai', '001185000901')], { headers });
    const first = await uploadAndCheck(secretary, db(), t.world.cellA.id, file);
    expect(first.status).toBe('needs_mapping');
    expect(first.headers).toEqual(headers);
    expect(first.suggestedMapping).toEqual([
      'stt',
      null,
      'birthDate',
      null,
      'ethnicityCode',
      'religionCode',
      null,
      null,
      null,
      null,
    ]);
    const mapping = [
      'stt',
      'fullName',
      'birthDate',
      'sex',
      'ethnicityCode',
      'religionCode',
      'citizenId',
      'admissionDate',
      'officialDate',
      null,
    ];
    const bad = await secretary.put(`/api/exchange/imports/${first.id}/mapping`, {
      mapping: mapping.slice(1),
    });
    expect(bad.statusCode).toBe(400);
    const res = await secretary.put(`/api/exchange/imports/${first.id}/mapping`, { mapping });
    expect(res.statusCode, res.body).toBe(202);
    await finished(db(), res.json().jobId);
    const mapped = (await secretary.get(`/api/exchange/imports/${first.id}`)).json();
    expect(mapped).toMatchObject({ status: 'ready', counts: { new: 1, bad: 0 } });

    const second = await uploadAndCheck(
      secretary,
      db(),
      t.world.cellA.id,
      await xlsxOf([row('Lò Văn Páo', '001185000902')], { headers }),
    );
    expect(second.status).toBe('ready');
    expect(second.mapping).toEqual(mapping);
  });
});

describe('export', () => {
  const exported = async (agent: Agent, query: string) => {
    const res = await agent.get(`/api/exchange/export?${query}`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    return res.rawPayload;
  };

  it('writes the picked columns with Vietnamese headers and real dates, only the filtered members', async () => {
    await makeMember(db(), t.world.cellB.id, {
      fullName: 'Đỗ Thị Xuất',
      sex: 'female',
      birthDate: '1979-08-07',
      citizenId: '001179000111',
    });
    const file = await exported(
      committee,
      `unitId=${t.world.cellB.id}&sex=female&columns=stt,fullName,birthDate,citizenId,status`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Số CCCD',
      'Tình trạng',
    ]);
    const names: string[] = [];
    sheet?.eachRow((r, n) => {
      if (n > 1) names.push(String(r.getCell(2).value));
    });
    expect(names).toEqual(['Đỗ Thị Xuất']);
    const birth = sheet?.getRow(2).getCell(3);
    expect(birth?.value).toEqual(new Date(Date.UTC(1979, 7, 7)));
    expect(birth?.numFmt).toBe('dd/mm/yyyy');
    expect(sheet?.getRow(2).getCell(4).value).toBe('001179000111');
  });

  it('a member (summary reader) cannot export; an unknown column is a 400', async () => {
    const member = await signIn('w-member');
    expect((await member.get('/api/exchange/export')).statusCode).toBe(403);
    const res = await committee.get('/api/exchange/export?columns=fullName,shoeSize');
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('columns');
  });

  it('export → import round trip gives the same records (unchanged rows)', async () => {
    const file = await exported(secretary, `unitId=${t.world.cellA.id}`);
    const before = await db().select().from(members).where(eq(members.unitId, t.world.cellA.id));
    const summary = await uploadAndCheck(secretary, db(), t.world.cellA.id, Buffer.from(file));
    expect(summary.mapping).toEqual(nationalColumnKeys());
    expect(summary.counts).toEqual({
      new: 0,
      update: 0,
      unchanged: before.filter((m) => m.citizenId).length,
      bad: 0,
    });
    await secretary.post(`/api/exchange/imports/${summary.id}/cancel`);
    // Into a fresh register (another world), the same file creates the same records.
    const other = await createWorldApp();
    try {
      const otherSecretary = new Agent(other.app);
      await otherSecretary.login('w-secretary', PASSWORD);
      const unit = other.world.cellA;
      const renamed = await renameCells(Buffer.from(file), 'Chi bộ A');
      const imported = await uploadAndCheck(otherSecretary, other.database.db, unit.id, renamed);
      expect(imported.counts.bad).toBe(0);
      expect((await otherSecretary.post(`/api/exchange/imports/${imported.id}/accept`)).statusCode).toBe(200);
      const after = await other.database.db.select().from(members).where(eq(members.unitId, unit.id));
      const fields = (m: typeof members.$inferSelect) => ({
        fullName: m.fullName,
        birthDate: m.birthDate,
        sex: m.sex,
        ethnicityCode: m.ethnicityCode,
        religionCode: m.religionCode,
        citizenId: m.citizenId,
        admissionDate: m.admissionDate,
        officialDate: m.officialDate,
        cardNumber: m.cardNumber,
        phone: m.phone,
        status: m.status,
        theoryLevel: m.theoryLevel,
        professionalDegree: m.professionalDegree,
      });
      const key = (a: { citizenId: string | null }, b: { citizenId: string | null }) =>
        String(a.citizenId).localeCompare(String(b.citizenId));
      expect(after.map(fields).sort(key)).toEqual(
        before
          .filter((m) => m.citizenId)
          .map(fields)
          .sort(key),
      );
    } finally {
      await other.close();
    }
  }, 60_000);

  it('LibreOffice reads the exported file back with the same values', async () => {
    const file = await exported(
      committee,
      `unitId=${t.world.cellB.id}&sex=female&columns=fullName,birthDate,citizenId,sex`,
    );
    const dir = mkdtempSync(join(tmpdir(), 'dangbo-export-'));
    try {
      writeFileSync(join(dir, 'list.xlsx'), file);
      execFileSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          dir,
          join(dir, 'list.xlsx'),
        ],
        { timeout: 120_000, stdio: 'pipe' },
      );
      const csv = readFileSync(join(dir, 'list.csv'), 'utf8').trim().split(/\r?\n/);
      expect(csv[0]).toBe('Họ và tên,Ngày sinh,Số CCCD,Giới tính');
      expect(csv[1]).toBe('Đỗ Thị Xuất,07/08/1979,001179000111,Nữ');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});

function nationalColumnKeys() {
  return [...exchangeColumnKeys];
}

/** The same file with every "Chi bộ" cell set to the name of a cell of the other register. */
async function renameCells(file: Buffer, name: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  sheet?.eachRow((row, n) => {
    if (n > 1) row.getCell(col('Chi bộ') + 1).value = name;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
