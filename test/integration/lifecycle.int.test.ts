import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, addMonthsIso } from '../../src/domain/party-age';
import { nextAwardDates } from '../../src/domain/party-badges';
import type { RemovalFacts } from '../../src/domain/removal-rules';
import { buildApp } from '../../src/server/app';
import type { Database } from '../../src/server/db/client';
import { badgeAwards, memberDecisions, memberPartyGaps } from '../../src/server/modules/lifecycle/schema';
import { memberStatusEvents, members } from '../../src/server/modules/members/schema';
import { todayIso } from '../../src/server/modules/org/calendar';
import { auditLog } from '../../src/server/platform/audit/schema';
import { makeWorld, PASSWORD, type World } from '../factories';
import { Agent, freshDatabase, testConfig } from '../harness';
import { makeMember } from '../member-factory';
import { convertWithLibreOffice, docxText } from '../office';

const today = todayIso();
const [a1, a2, , a4] = nextAwardDates(today) as [string, string, string, string];
const yearsBefore = (iso: string, years: number) => addMonthsIso(iso, -12 * years);

/** Attendance and dues facts the meetings and dues modules will provide: injected here. */
const facts = new Map<string, RemovalFacts>();

let app: FastifyInstance;
let database: Database;
let world: World;
const agents = {} as Record<'secretary' | 'committee' | 'viewer' | 'member' | 'outsider' | 'english', Agent>;

beforeAll(async () => {
  database = await freshDatabase();
  app = await buildApp({
    database,
    config: testConfig(),
    logger: false,
    removalFacts: { factsOf: async (_db, memberId) => facts.get(memberId) ?? null },
  });
  await app.ready();
  world = await makeWorld(database.db);
  for (const who of ['secretary', 'committee', 'viewer', 'member', 'outsider'] as const) {
    agents[who] = new Agent(app);
    expect((await agents[who].login(`w-${who}`, PASSWORD)).statusCode).toBe(200);
  }
  agents.english = new Agent(app, 'en');
  await agents.english.login('w-committee', PASSWORD);
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const counts = async () => {
  const db = database.db;
  const [d] = await db.select({ n: count() }).from(memberDecisions);
  const [e] = await db.select({ n: count() }).from(memberStatusEvents);
  const [a] = await db.select({ n: count() }).from(auditLog);
  const [g] = await db.select({ n: count() }).from(memberPartyGaps);
  const [b] = await db.select({ n: count() }).from(badgeAwards);
  return { decisions: d?.n, events: e?.n, audit: a?.n, gaps: g?.n, awards: b?.n };
};
const row = async (id: string) => (await database.db.select().from(members).where(eq(members.id, id)))[0];
const decide = async (agent: Agent, id: string, body: Record<string, unknown>) =>
  agent.post(`/api/members/${id}/decisions`, { version: (await row(id))?.version, ...body });

const exemption = {
  kind: 'exemption',
  effectiveOn: today,
  decisionNumber: '12-QĐ/CB',
  decisionDate: today,
  reason: 'age',
};

describe('decisions', () => {
  it('an exemption makes the member exempted with a decision and a dated status event; its end makes them official', async () => {
    const m = await makeMember(database.db, world.cellA.id, { fullName: 'Đỗ Văn Miễn' });
    const before = await counts();
    const res = await decide(agents.secretary, m.id, exemption);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'exempted',
      allowedDecisions: ['exemption_end', 'removal', 'expulsion', 'death'],
    });
    expect(res.json().decisions[0]).toMatchObject({
      kind: 'exemption',
      decisionNumber: '12-QĐ/CB',
      reason: 'age',
    });
    const after = await counts();
    expect(after.decisions).toBe((before.decisions ?? 0) + 1);
    expect(after.events).toBe((before.events ?? 0) + 1);
    expect(after.audit).toBeGreaterThanOrEqual((before.audit ?? 0) + 2);
    expect((await row(m.id))?.status).toBe('exempted');
    const events = await database.db
      .select()
      .from(memberStatusEvents)
      .where(eq(memberStatusEvents.memberId, m.id));
    expect(events.find((e) => e.status === 'exempted')).toMatchObject({ effectiveOn: today });
    expect(events.find((e) => e.status === 'exempted')?.decisionRef).toContain('12-QĐ/CB');
    // The member list shows the status (the web marks it "Miễn sinh hoạt").
    const list = (await agents.secretary.get(`/api/members?unitId=${world.cellA.id}&status=exempted`)).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(m.id);
    // The profile's history shows the status change, not the decision row's columns as "edits".
    const history = (await agents.secretary.get(`/api/members/${m.id}/history`)).json();
    expect(history.statusEvents[0]).toMatchObject({ status: 'exempted', effectiveOn: today });
    const edited = history.changes.flatMap((c: { fields: { field: string }[] }) =>
      c.fields.map((f) => f.field),
    );
    expect(edited).not.toContain('decisionNumber');

    const end = await decide(agents.secretary, m.id, {
      kind: 'exemption_end',
      effectiveOn: today,
      decisionNumber: '13-QĐ/CB',
      decisionDate: today,
    });
    expect(end.statusCode, end.body).toBe(201);
    expect((await row(m.id))?.status).toBe('official');
  });

  it.each([
    ['removal', 'removed', { reason: 'missed_activities', issuingBody: 'Ban Thường vụ Đảng ủy' }],
    ['expulsion', 'expelled', { issuingBody: 'Ban Thường vụ Đảng ủy' }],
    ['death', 'deceased', {}],
  ] as const)('%s makes the member %s', async (kind, status, extra) => {
    const m = await makeMember(database.db, world.cellA.id);
    const body =
      kind === 'death'
        ? { kind, effectiveOn: today }
        : { kind, effectiveOn: today, decisionNumber: '5-QĐ/ĐU', decisionDate: today, ...extra };
    const res = await decide(agents.committee, m.id, body);
    expect(res.statusCode, res.body).toBe(201);
    expect((await row(m.id))?.status).toBe(status);
    const [d] = await database.db.select().from(memberDecisions).where(eq(memberDecisions.memberId, m.id));
    expect(d).toMatchObject({ kind, effectiveOn: today });
    expect(res.json().allowedDecisions).toEqual([]);
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const m = await makeMember(database.db, world.cellA.id);
    const probationary = await makeMember(database.db, world.cellA.id, {
      status: 'probationary',
      admissionDate: '2026-01-05',
    });
    const tomorrow = addDaysIso(today, 1);
    const cases: [string, Record<string, unknown>, number, string][] = [
      [m.id, { ...exemption, effectiveOn: tomorrow }, 400, 'effectiveOn'],
      [m.id, { ...exemption, decisionDate: tomorrow }, 400, 'decisionDate'],
      [m.id, { ...exemption, effectiveOn: '2009-01-01' }, 400, 'effectiveOn'],
      [m.id, { ...exemption, decisionNumber: undefined }, 400, 'decisionNumber'],
      [m.id, { ...exemption, decisionNumber: 'không số' }, 400, 'decisionNumber'],
      [m.id, { ...exemption, reason: undefined }, 400, 'reason'],
      [m.id, { ...exemption, reason: 'unpaid_dues' }, 400, 'reason'],
      [m.id, { ...exemption, effectiveOn: '2026-02-30' }, 400, 'effectiveOn'],
      [
        m.id,
        { kind: 'removal', effectiveOn: today, decisionNumber: '1-QĐ', decisionDate: today, reason: 'other' },
        400,
        'issuingBody',
      ],
      [m.id, { kind: 'death', effectiveOn: today, decisionDate: addDaysIso(today, -1) }, 400, 'decisionDate'],
      [m.id, { ...exemption, kind: 'exemption_end' }, 409, 'kind'],
      [probationary.id, exemption, 409, 'kind'],
      [m.id, { ...exemption, version: 99 }, 409, 'version'],
    ];
    const before = await counts();
    for (const [id, body, status, field] of cases) {
      const res = await decide(agents.secretary, id, body);
      expect(res.statusCode, `${field}: ${res.body}`).toBe(status);
      expect(res.json().field, res.body).toBe(field);
      expect(res.json().message).toMatch(/[ăâđêôơư]/);
    }
    expect(await counts()).toEqual(before);
    expect((await row(m.id))?.status).toBe('official');
    const english = await decide(agents.english, m.id, { ...exemption, decisionNumber: undefined });
    expect(english.json().message).toContain('Decision number');
  });

  it('is refused outside the scope (404) and to readers (403)', async () => {
    const inB = await makeMember(database.db, world.cellB.id);
    const mate = await makeMember(database.db, world.cellA.id);
    expect((await decide(agents.secretary, inB.id, exemption)).statusCode).toBe(404);
    expect((await decide(agents.outsider, mate.id, exemption)).statusCode).toBe(404);
    expect((await decide(agents.viewer, mate.id, exemption)).statusCode).toBe(403);
    expect((await decide(agents.member, mate.id, exemption)).statusCode).toBe(403);
    expect((await agents.member.get(`/api/members/${mate.id}/lifecycle`)).statusCode).toBe(404);
    expect((await agents.viewer.get(`/api/members/${mate.id}/lifecycle`)).json().canEdit).toBe(false);
  });
});

describe('party age with gaps', () => {
  it('deducts recorded gaps on the profile; overlapping and reversed gaps are refused; gaps can be removed', async () => {
    const m = await makeMember(database.db, world.cellA.id, {
      admissionDate: '1990-05-19',
      officialDate: '1991-05-19',
    });
    const fullYears = Number(today.slice(0, 4)) - 1990 - (today.slice(5) < '05-19' ? 1 : 0);
    expect((await agents.secretary.get(`/api/members/${m.id}`)).json().partyAgeYears).toBe(fullYears);
    const add = await agents.secretary.post(`/api/members/${m.id}/party-gaps`, {
      fromDate: '1999-03-01',
      toDate: '2002-03-01',
      reason: 'removal',
    });
    expect(add.statusCode, add.body).toBe(201);
    expect(add.json().partyAge).toMatchObject({ years: fullYears - 3, gapDays: 1096 });
    expect((await agents.secretary.get(`/api/members/${m.id}`)).json().partyAgeYears).toBe(fullYears - 3);

    const before = await counts();
    const overlap = await agents.secretary.post(`/api/members/${m.id}/party-gaps`, {
      fromDate: '2001-01-01',
      toDate: '2003-01-01',
      reason: 'lost_contact',
    });
    expect([overlap.statusCode, overlap.json().field]).toEqual([409, 'fromDate']);
    const reversed = await agents.secretary.post(`/api/members/${m.id}/party-gaps`, {
      fromDate: '2010-01-01',
      toDate: '2009-01-01',
      reason: 'other',
    });
    expect([reversed.statusCode, reversed.json().field]).toEqual([400, 'toDate']);
    const early = await agents.secretary.post(`/api/members/${m.id}/party-gaps`, {
      fromDate: '1980-01-01',
      toDate: '1981-01-01',
      reason: 'other',
    });
    expect([early.statusCode, early.json().field]).toEqual([400, 'fromDate']);
    const badReason = await agents.secretary.post(`/api/members/${m.id}/party-gaps`, {
      fromDate: '2010-01-01',
      reason: 'holiday',
    });
    expect([badReason.statusCode, badReason.json().field]).toEqual([400, 'reason']);
    expect(await counts()).toEqual(before);

    const gapId = add.json().gaps[0].id;
    expect(
      (await agents.viewer.request({ method: 'DELETE', url: `/api/party-gaps/${gapId}` })).statusCode,
    ).toBe(403);
    const removed = await agents.secretary.request({ method: 'DELETE', url: `/api/party-gaps/${gapId}` });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().partyAge.years).toBe(fullYears);
  });

  it('stops at death', async () => {
    const m = await makeMember(database.db, world.cellA.id, {
      admissionDate: '1990-05-19',
      officialDate: '1991-05-19',
      status: 'deceased',
      since: '2000-05-18',
    });
    expect((await agents.secretary.get(`/api/members/${m.id}/lifecycle`)).json().partyAge).toMatchObject({
      years: 9,
      countedTo: '2000-05-18',
    });
  });
});

describe('removal proposal', () => {
  it('is pre-filled from the rule when facts exist, empty otherwise', async () => {
    const m = await makeMember(database.db, world.cellA.id);
    const none = (await agents.secretary.get(`/api/members/${m.id}/removal-proposal`)).json();
    expect(none).toMatchObject({ factsAvailable: false, proposed: false, grounds: [] });
    const month = (back: number) => addMonthsIso(today, -back).slice(0, 7);
    facts.set(m.id, { months: [1, 4, 7].map((b) => ({ month: month(b), attendance: 'missed' as const })) });
    const filled = (await agents.secretary.get(`/api/members/${m.id}/removal-proposal`)).json();
    expect(filled).toMatchObject({
      factsAvailable: true,
      proposed: true,
      grounds: [{ ground: 'missed_activities' }],
    });
    expect(filled.citation).toContain('Điều 8');
    expect((await agents.viewer.get(`/api/members/${m.id}/removal-proposal`)).statusCode).toBe(403);
  });
});

describe('badges', () => {
  const ids = {} as Record<string, string>;
  beforeAll(async () => {
    const db = database.db;
    const make = async (key: string, unitId: string, admissionDate: string, extra = {}) => {
      ids[key] = (
        await makeMember(db, unitId, {
          fullName: `Huy Hiệu ${key}`,
          birthDate: '1930-01-01',
          admissionDate,
          officialDate: addMonthsIso(admissionDate, 12),
          cardNumber: `9${String(Object.keys(ids).length).padStart(7, '0')}`,
          ...extra,
        })
      ).id;
    };
    await make('first', world.cellA.id, yearsBefore(a1, 30));
    await make('second', world.cellB.id, addDaysIso(yearsBefore(a1, 30), 1));
    await make('ill', world.cellA.id, yearsBefore(addMonthsIso(a1, 6), 30));
    await make('awarded', world.cellA.id, yearsBefore(addMonthsIso(today, -1), 30));
    await make('gap', world.cellA.id, yearsBefore(a1, 30));
    await make('exempted', world.cellA.id, yearsBefore(a1, 40), { status: 'exempted', officialDate: null });
    await make('elsewhere', world.otherCell.id, yearsBefore(a1, 30));
    await make('young', world.cellA.id, yearsBefore(a4, 29));
    await make('longAgo', world.cellA.id, '1990-01-01');
    expect(
      (await agents.secretary.put(`/api/members/${ids.ill}/illness`, { seriouslyIll: true, since: today }))
        .statusCode,
    ).toBe(200);
    const gap = await agents.secretary.post(`/api/members/${ids.gap}/party-gaps`, {
      fromDate: '2000-01-01',
      toDate: '2002-01-01',
      reason: 'lost_contact',
    });
    expect(gap.statusCode, gap.body).toBe(201);
  });

  const listed = (body: {
    awardDates: {
      awardDate: string;
      groups: { years: number; members: { memberId: string; early: boolean }[] }[];
    }[];
  }) =>
    body.awardDates.map((d) => ({
      date: d.awardDate,
      members: d.groups
        .flatMap((g) =>
          g.members.map(
            (m) =>
              `${Object.entries(ids).find(([, id]) => id === m.memberId)?.[0]}:${g.years}${m.early ? ':early' : ''}`,
          ),
        )
        // Members made by the other tests (admitted long ago) are on the lists too: only this block's count.
        .filter((key) => !key.startsWith('undefined'))
        .sort(),
    }));

  it('lists, for each of the next four award dates, who reaches which badge, early cases marked', async () => {
    const res = await agents.committee.get(`/api/badges?unitId=${world.root.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const lists = listed(res.json());
    expect(lists.map((l) => l.date)).toEqual(nextAwardDates(today));
    expect(lists[0]?.members).toEqual([
      'awarded:30',
      'exempted:40',
      'first:30',
      'ill:30:early',
      'longAgo:30',
    ]);
    const entries = res.json().awardDates[0].groups.flatMap((g: { members: unknown[] }) => g.members);
    const entry = (key: string) => entries.find((e: { memberId: string }) => e.memberId === ids[key]);
    expect(entry('longAgo')).toMatchObject({
      overdue: true,
      longOverdue: true,
      early: false,
      reachesOn: '2020-01-01',
    });
    expect(entry('first')).toMatchObject({ overdue: false, longOverdue: false, reachesOn: a1 });
    expect(entry('ill')).toMatchObject({ overdue: false, early: true });
    expect(lists[1]?.members).toContain('second:30');
    const all = lists.flatMap((l) => l.members).join(' ');
    expect(all).not.toMatch(/elsewhere|gap|young/);
    expect(res.json().citation).toContain('24-QĐ/TW');
  });

  it('records awards (validated) and leaves the awarded out of the lists', async () => {
    const before = await counts();
    const notDue = await agents.committee.post('/api/badges/awards', {
      awardDate: today,
      awards: [{ memberId: ids.young, years: 30 }],
    });
    expect([notDue.statusCode, notDue.json().field]).toEqual([400, 'awards.0.years']);
    const badYears = await agents.committee.post('/api/badges/awards', {
      awardDate: today,
      awards: [{ memberId: ids.awarded, years: 35 }],
    });
    expect([badYears.statusCode, badYears.json().field]).toEqual([400, 'awards.0.years']);
    const outside = await agents.committee.post('/api/badges/awards', {
      awardDate: today,
      awards: [{ memberId: ids.elsewhere, years: 30 }],
    });
    expect([outside.statusCode, outside.json().field]).toEqual([404, 'awards.0.memberId']);
    const future = await agents.committee.post('/api/badges/awards', {
      awardDate: a4,
      awards: [{ memberId: ids.awarded, years: 30 }],
    });
    expect([future.statusCode, future.json().field]).toEqual([400, 'awardDate']);
    expect(await counts()).toEqual(before);

    const ok = await agents.secretary.post('/api/badges/awards', {
      awardDate: today,
      decisionRef: '99-QĐ/TU',
      awards: [{ memberId: ids.awarded, years: 30 }],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toEqual({ recorded: 1 });
    const again = await agents.secretary.post('/api/badges/awards', {
      awardDate: today,
      awards: [{ memberId: ids.awarded, years: 30 }],
    });
    expect([again.statusCode, again.json().field]).toEqual([409, 'awards.0.years']);
    const lists = listed((await agents.committee.get(`/api/badges?unitId=${world.root.id}`)).json());
    expect(lists[0]?.members).toEqual(['exempted:40', 'first:30', 'ill:30:early', 'longAgo:30']);
    expect((await agents.secretary.get(`/api/members/${ids.awarded}/lifecycle`)).json().awards).toMatchObject(
      [{ years: 30, decisionRef: '99-QĐ/TU' }],
    );
  });

  it('filters by scope: a cell sees its own members, other committees and members get 404/403', async () => {
    const cell = listed((await agents.secretary.get(`/api/badges?unitId=${world.cellA.id}`)).json());
    expect(cell.flatMap((l) => l.members).join(' ')).not.toContain('second');
    expect((await agents.secretary.get(`/api/badges?unitId=${world.cellB.id}`)).statusCode).toBe(404);
    expect((await agents.outsider.get(`/api/badges?unitId=${world.root.id}`)).statusCode).toBe(404);
    expect((await agents.member.get(`/api/badges?unitId=${world.cellA.id}`)).statusCode).toBe(403);
  });

  it('downloads the proposal as .xlsx that exceljs and LibreOffice read back with the same values', async () => {
    const res = await agents.committee.get(
      `/api/badges/proposal?unitId=${world.root.id}&awardDate=${a1}&format=xlsx`,
    );
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const file = res.rawPayload;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Ngày vào Đảng',
      'Chi bộ',
      'Số thẻ đảng viên',
      'Huy hiệu (năm tuổi đảng)',
      'Ngày đủ tuổi đảng',
      'Ghi chú',
    ]);
    const rows = [];
    for (let r = 4; r <= sheet.rowCount; r++) rows.push(sheet.getRow(r));
    const first = rows.find((r) => r.getCell(2).value === 'Huy Hiệu first');
    expect(first?.getCell(4).value).toEqual(new Date(`${yearsBefore(a1, 30)}T00:00:00Z`));
    expect(first?.getCell(4).numFmt).toBe('dd/mm/yyyy');
    expect(first?.getCell(7).value).toBe(30);
    expect(rows.find((r) => r.getCell(2).value === 'Huy Hiệu ill')?.getCell(9).value).toContain('sớm');

    // UTF-8 (76), comma-separated (44), quoted with " (34): the values as LibreOffice shows them.
    const csv = (
      await convertWithLibreOffice(file, 'xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76')
    ).toString('utf8');
    const dmy = (v: unknown) =>
      v instanceof Date ? v.toISOString().slice(0, 10).split('-').reverse().join('/') : String(v ?? '');
    const fromExcel = rows.map((r) =>
      Array.from({ length: 9 }, (_, i) => dmy(r.getCell(i + 1).value)).join(','),
    );
    const fromCsv = csv
      .split(/\r?\n/)
      .slice(3)
      .filter((l) => l.trim() !== '');
    expect(fromCsv).toEqual(fromExcel);
    expect(fromCsv.length).toBeGreaterThanOrEqual(4);
    const line = fromCsv.find((l) => l.includes('Huy Hiệu first'));
    const [y, m, d] = yearsBefore(a1, 30).split('-');
    expect(line).toContain(`${d}/${m}/${y}`);
    expect(csv).toContain('Họ và tên');
  }, 120_000);

  it('downloads the proposal as a Party-layout .docx', async () => {
    const res = await agents.committee.get(
      `/api/badges/proposal?unitId=${world.root.id}&awardDate=${a1}&format=docx&place=Hà Nội`,
    );
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const text = await docxText(res.rawPayload);
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('DANH SÁCH');
    expect(text).toContain(`Đề nghị tặng Huy hiệu Đảng đợt ${a1.split('-').reverse().join('/')}`);
    expect(text).toContain('Huy Hiệu first');
    expect(text).toContain('Tặng sớm (bệnh nặng)');
    expect(text).not.toContain('Huy Hiệu second');
    expect(text).toContain('Huy Hiệu longAgo');
    expect(text).toContain('Đủ tuổi từ đợt trước');
    const newOnly = await agents.committee.get(
      `/api/badges/proposal?unitId=${world.root.id}&awardDate=${a1}&format=docx&includeOverdue=false`,
    );
    const newText = await docxText(newOnly.rawPayload);
    expect(newText).toContain('Huy Hiệu first');
    expect(newText).not.toContain('Huy Hiệu longAgo');
    const bad = await agents.committee.get(
      `/api/badges/proposal?unitId=${world.root.id}&awardDate=${a2.slice(0, 8)}01&format=docx`,
    );
    expect([bad.statusCode, bad.json().field]).toEqual([400, 'awardDate']);
  });
});
