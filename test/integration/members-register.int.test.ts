import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberStatusEvents, members, memberUnitHistory } from '../../src/server/modules/members/schema';
import { uniqueViolation } from '../../src/server/modules/members/uniqueness';
import { todayIso } from '../../src/server/modules/org/calendar';
import { auditLog } from '../../src/server/platform/audit/schema';
import { PASSWORD } from '../factories';
import { Agent } from '../harness';
import { expectMemberCountsConsistent, expectNameSuffixesConsistent } from '../member-counts';
import { makeMember } from '../member-factory';
import { createWorldApp, type WorldApp } from '../world-app';

let t: WorldApp;
let secretary: Agent;
let member: Agent;
let committee: Agent;
let english: Agent;
/** The member record of the user w-member, and a cell-mate of theirs, and a member of cell B. */
let own: { id: string };
let mate: { id: string };
let inB: { id: string };

const signIn = async (username: string, locale: 'vi' | 'en' = 'vi') => {
  const agent = new Agent(t.app, locale);
  expect((await agent.login(username, PASSWORD)).statusCode).toBe(200);
  return agent;
};

beforeAll(async () => {
  t = await createWorldApp();
  secretary = await signIn('w-secretary');
  member = await signIn('w-member');
  committee = await signIn('w-committee');
  english = await signIn('w-committee', 'en');
  const db = t.database.db;
  own = await makeMember(db, t.world.cellA.id, {
    fullName: 'Lê Thị Hoà',
    userId: t.world.users.member.id,
    phone: '0912 000 111',
  });
  mate = await makeMember(db, t.world.cellA.id, {
    fullName: 'Trần Văn Bình',
    citizenId: '001099000123',
    cardNumber: '12345678',
  });
  inB = await makeMember(db, t.world.cellB.id, { fullName: 'Phạm Quốc Cường', citizenId: '001099000456' });
});
afterAll(() => t.close());

const counts = async () => {
  const db = t.database.db;
  const [m] = await db.select({ n: count() }).from(members);
  const [a] = await db.select({ n: count() }).from(auditLog);
  const [e] = await db.select({ n: count() }).from(memberStatusEvents);
  const [h] = await db.select({ n: count() }).from(memberUnitHistory);
  return { members: m?.n, audit: a?.n, events: e?.n, history: h?.n };
};

let citizenSeq = 500;
const newMember = (overrides: Record<string, unknown> = {}) => ({
  unitId: t.world.cellA.id,
  fullName: 'Nguyễn Văn An',
  birthDate: '1985-04-10',
  sex: 'male',
  ethnicityCode: '01',
  religionCode: '00',
  citizenId: `0010850${String(++citizenSeq).padStart(5, '0')}`,
  admissionDate: '2012-09-02',
  officialDate: '2013-09-02',
  status: 'official',
  phone: '0987 654 321',
  ...overrides,
});

describe('creating a member', () => {
  it('stores the record with its status history and unit period, and answers the whole record', async () => {
    const res = await secretary.post('/api/members', newMember({ fullName: 'Phan Xuân Dũng' }));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      visibility: 'full',
      fullName: 'Phan Xuân Dũng',
      unitId: t.world.cellA.id,
      unitName: 'Chi bộ A',
      status: 'official',
      statusSince: '2013-09-02',
      version: 1,
      canEdit: true,
      positions: [],
    });
    expect(body.partyAgeYears).toBeGreaterThanOrEqual(13);
    const history = (await secretary.get(`/api/members/${body.id}/history`)).json();
    expect(
      history.statusEvents.map((e: { status: string; effectiveOn: string }) => [e.status, e.effectiveOn]),
    ).toEqual([
      ['official', '2013-09-02'],
      ['probationary', '2012-09-02'],
    ]);
    expect(history.units).toEqual([
      expect.objectContaining({
        unitId: t.world.cellA.id,
        unitName: 'Chi bộ A',
        fromDate: '2012-09-02',
        toDate: null,
      }),
    ]);
    const [stored] = await t.database.db.select().from(members).where(eq(members.id, body.id));
    expect(stored?.searchText).toContain('phan xuan dung');
    expect(stored?.searchText).toContain('0987654321');
  });

  it('refuses a unit outside the write scope without telling whether it exists', async () => {
    const before = await counts();
    const inCellB = await secretary.post('/api/members', newMember({ unitId: t.world.cellB.id }));
    expect(inCellB.statusCode).toBe(404);
    expect(inCellB.json().field).toBe('unitId');
    expect((await member.post('/api/members', newMember())).statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['admission before birth', { admissionDate: '1985-04-01' }, 'admissionDate', 'MEMBER_DATES'],
    ['official before admission', { officialDate: '2012-09-01' }, 'officialDate', 'MEMBER_DATES'],
    [
      'birth in the future',
      { birthDate: '2099-01-01', admissionDate: null, officialDate: null, status: 'candidate' },
      'birthDate',
      'MEMBER_DATE_IN_FUTURE',
    ],
    ['official without an official date', { officialDate: null }, 'officialDate', 'MEMBER_STATUS_DATES'],
    [
      'probationary without an admission date',
      { status: 'probationary', admissionDate: null, officialDate: null },
      'admissionDate',
      'MEMBER_STATUS_DATES',
    ],
    [
      'admitted at 17',
      { birthDate: '1995-09-03', admissionDate: '2012-09-02' },
      'admissionDate',
      'MEMBER_ADMISSION_AGE',
    ],
    [
      'admitted at 60 years and 1 month',
      { birthDate: '1952-08-01', admissionDate: '2012-09-02' },
      'admissionDate',
      'MEMBER_ADMISSION_AGE',
    ],
    ['not a real date', { birthDate: '1985-02-30' }, 'birthDate', 'VALIDATION'],
    ['a citizen ID of 11 digits', { citizenId: '00108500001' }, 'citizenId', 'VALIDATION'],
  ])('refuses %s with 400 naming the field, writing nothing', async (_name, overrides, field, code) => {
    const before = await counts();
    const res = await secretary.post('/api/members', newMember(overrides));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code, field });
    expect(res.json().message).toMatch(/[ạảãáàăâđêôơư]/i);
    expect(await counts()).toEqual(before);
  });

  it('explains the admission age in Vietnamese or English, with the rule it applies', async () => {
    const overrides = { birthDate: '1995-09-03', admissionDate: '2012-09-02' };
    const vi = (await secretary.post('/api/members', newMember(overrides))).json();
    expect(vi.message).toContain('16 tuổi 11 tháng');
    expect(vi.message).toContain('Điều lệ Đảng');
    const en = (await english.post('/api/members', newMember(overrides))).json();
    expect(en.message).toContain('16 years 11 months');
  });

  it('accepts an admission age outside 18-60 when the exception is recorded', async () => {
    const res = await secretary.post(
      '/api/members',
      newMember({
        fullName: 'Vũ Đình Lão',
        birthDate: '1940-01-01',
        admissionDate: '2012-09-02',
        admissionAgeException: 'Quyết định 15-QĐ/ĐUK cho phép kết nạp người trên 60 tuổi',
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().admissionAgeException).toContain('15-QĐ/ĐUK');
  });

  it('refuses a duplicate citizen ID or card number with 409, naming the holder only to those who may read them', async () => {
    const before = await counts();
    const byCitizen = await secretary.post('/api/members', newMember({ citizenId: '001099000123' }));
    expect(byCitizen.statusCode).toBe(409);
    expect(byCitizen.json()).toMatchObject({ code: 'MEMBER_DUPLICATE_CITIZEN_ID', field: 'citizenId' });
    expect(byCitizen.json().message).toContain('Trần Văn Bình');
    const hidden = await secretary.post('/api/members', newMember({ citizenId: '001099000456' }));
    expect(hidden.statusCode).toBe(409);
    expect(hidden.json().field).toBe('citizenId');
    expect(hidden.json().message).not.toContain('Phạm Quốc Cường');
    const byCard = await secretary.post('/api/members', newMember({ cardNumber: '12345678' }));
    expect(byCard.statusCode).toBe(409);
    expect(byCard.json()).toMatchObject({ code: 'MEMBER_DUPLICATE_CARD_NUMBER', field: 'cardNumber' });
    expect(await counts()).toEqual(before);
  });

  it('answers 409 to the loser of two simultaneous creations with one citizen ID', async () => {
    const body = newMember({ fullName: 'Đỗ Song Sinh' });
    const results = await Promise.all([
      committee.post('/api/members', body),
      committee.post('/api/members', body),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().field).toBe('citizenId');
  });

  it('maps the unique index violation itself to the 409 of the field', async () => {
    const error = await makeMember(t.database.db, t.world.cellA.id, { citizenId: '001099000123' }).then(
      () => null,
      (e: unknown) => e,
    );
    const mapped = uniqueViolation(error);
    expect(mapped?.statusCode).toBe(409);
    expect(mapped?.options.field).toBe('citizenId');
    expect(uniqueViolation(new Error('something else'))).toBeNull();
  });
});

describe('editing a member', () => {
  it('saves a change, recomputes search and sort, and refuses a stale version', async () => {
    const created = (await secretary.post('/api/members', newMember({ fullName: 'Hoàng Văn Sửa' }))).json();
    const edited = await secretary.patch(`/api/members/${created.id}`, {
      fullName: 'Hoàng Văn Sửa Đổi',
      phone: '0911 222 333',
      version: created.version,
      reason: 'Theo đề nghị của đảng viên',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ fullName: 'Hoàng Văn Sửa Đổi', phone: '0911 222 333', version: 2 });
    const found = (await secretary.get('/api/members?q=0911222333')).json();
    expect(found.items.map((m: { id: string }) => m.id)).toEqual([created.id]);
    expect((await secretary.get('/api/members?q=hoang van sua doi')).json().total).toBe(1);

    const before = await counts();
    const stale = await secretary.patch(`/api/members/${created.id}`, { phone: '0900000000', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'STALE_VERSION', field: 'version' });
    expect(await counts()).toEqual(before);
    expect((await secretary.get(`/api/members/${created.id}`)).json().phone).toBe('0911 222 333');
  });

  it('refuses a change that breaks the dates, and a member or another cell cannot edit', async () => {
    const view = (await secretary.get(`/api/members/${mate.id}`)).json();
    const bad = await secretary.patch(`/api/members/${mate.id}`, {
      officialDate: '2001-01-01',
      version: view.version,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'MEMBER_DATES', field: 'officialDate' });
    const dup = await secretary.patch(`/api/members/${mate.id}`, {
      citizenId: '001099000456',
      version: view.version,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().field).toBe('citizenId');
    expect(
      (await member.patch(`/api/members/${own.id}`, { phone: '0900000001', version: 1 })).statusCode,
    ).toBe(403);
    expect(
      (await secretary.patch(`/api/members/${inB.id}`, { phone: '0900000001', version: 1 })).statusCode,
    ).toBe(404);
  });
});

describe('who sees what', () => {
  it('shows a member their own whole record, cell-mates as a summary, and nobody of other cells', async () => {
    const mine = (await member.get(`/api/members/${own.id}`)).json();
    expect(mine).toMatchObject({
      visibility: 'full',
      fullName: 'Lê Thị Hoà',
      phone: '0912 000 111',
      canEdit: false,
    });
    const other = await member.get(`/api/members/${mate.id}`);
    expect(other.statusCode).toBe(200);
    expect(other.json()).toEqual({
      visibility: 'summary',
      id: mate.id,
      fullName: 'Trần Văn Bình',
      unitId: t.world.cellA.id,
      unitName: 'Chi bộ A',
      status: 'official',
      positions: [],
    });
    expect((await member.get(`/api/members/${inB.id}`)).statusCode).toBe(404);
    expect((await secretary.get(`/api/members/${inB.id}`)).statusCode).toBe(404);
    expect((await committee.get(`/api/members/${inB.id}`)).json().visibility).toBe('full');
  });

  it('applies the same rule to every row of a list and to the search box', async () => {
    const list = (await member.get('/api/members?limit=200')).json();
    const byId = new Map(list.items.map((m: { id: string }) => [m.id, m]));
    expect(byId.get(own.id)).toHaveProperty('birthDate');
    expect(byId.get(mate.id)).not.toHaveProperty('birthDate');
    expect(byId.get(mate.id)).not.toHaveProperty('citizenId');
    expect(byId.has(inB.id)).toBe(false);
    // A cell-mate is found by name, not by numbers the member may not read, nor by hidden fields.
    expect((await member.get('/api/members?q=tran van binh')).json().total).toBe(1);
    expect((await member.get('/api/members?q=001099000123')).json().total).toBe(0);
    const bySex = (await member.get('/api/members?sex=male&limit=200')).json();
    expect(bySex.items.map((m: { id: string }) => m.id)).not.toContain(mate.id);
    const facets = (await member.get('/api/members/facets')).json();
    expect(facets.sex.reduce((n: number, f: { count: number }) => n + f.count, 0)).toBe(1);
    expect(facets.total).toBe(list.total);
  });

  it('keeps the history for readers of the whole record', async () => {
    expect((await member.get(`/api/members/${own.id}/history`)).statusCode).toBe(200);
    expect((await member.get(`/api/members/${mate.id}/history`)).statusCode).toBe(404);
    expect((await secretary.get(`/api/members/${inB.id}/history`)).statusCode).toBe(404);
  });
});

describe('history, status events and moves', () => {
  it('shows a phone edit with before, after, who and why', async () => {
    const view = (await secretary.get(`/api/members/${own.id}`)).json();
    const res = await secretary.patch(`/api/members/${own.id}`, {
      phone: '0912 999 888',
      version: view.version,
      reason: 'Đổi số điện thoại',
    });
    expect(res.statusCode).toBe(200);
    const history = (await member.get(`/api/members/${own.id}/history`)).json();
    const [latest] = history.changes;
    expect(latest).toMatchObject({ reason: 'Đổi số điện thoại' });
    expect(latest.actorName).toBeTruthy();
    expect(latest.fields).toEqual([{ field: 'phone', before: '0912 000 111', after: '0912 999 888' }]);
  });

  it('records a dated status event; the latest by date is the status', async () => {
    const created = (
      await secretary.post(
        '/api/members',
        newMember({
          fullName: 'Ngô Dự Bị',
          status: 'probationary',
          officialDate: null,
          admissionDate: '2024-03-01',
        }),
      )
    ).json();
    expect(created).toMatchObject({ status: 'probationary', statusSince: '2024-03-01', officialDate: null });
    const official = await secretary.post(`/api/members/${created.id}/status-events`, {
      status: 'official',
      effectiveOn: '2025-03-01',
      decisionRef: '45-QĐ/ĐU',
      version: created.version,
    });
    expect(official.statusCode).toBe(201);
    expect(official.json()).toMatchObject({
      status: 'official',
      statusSince: '2025-03-01',
      officialDate: '2025-03-01',
    });
    // An older event entered late changes the history, not today's status.
    const late = await secretary.post(`/api/members/${created.id}/status-events`, {
      status: 'probationary',
      effectiveOn: '2024-03-02',
      note: 'Bổ sung',
      version: official.json().version,
    });
    expect(late.statusCode).toBe(201);
    expect(late.json()).toMatchObject({ status: 'official', statusSince: '2025-03-01' });
    const stale = await secretary.post(`/api/members/${created.id}/status-events`, {
      status: 'exempted',
      effectiveOn: '2025-06-01',
      version: official.json().version,
    });
    expect(stale.statusCode).toBe(409);
    const future = await secretary.post(`/api/members/${created.id}/status-events`, {
      status: 'exempted',
      effectiveOn: '2999-01-01',
      version: late.json().version,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ code: 'MEMBER_DATE_IN_FUTURE', field: 'effectiveOn' });
    const history = (await secretary.get(`/api/members/${created.id}/history`)).json();
    expect(history.statusEvents.map((e: { status: string }) => e.status)).toEqual([
      'official',
      'probationary',
      'probationary',
    ]);
    expect(history.statusEvents[0].decisionRef).toBe('45-QĐ/ĐU');
    const change = history.changes.find((c: { fields: { field: string }[] }) =>
      c.fields.some((f) => f.field === 'status'),
    );
    expect(change.fields).toEqual(
      expect.arrayContaining([{ field: 'status', before: 'probationary', after: 'official' }]),
    );
  });

  it('moves a member to a writable, active unit and closes the unit period', async () => {
    const created = (await committee.post('/api/members', newMember({ fullName: 'Đinh Chuyển Đi' }))).json();
    expect(
      (
        await secretary.post(`/api/members/${created.id}/move`, {
          unitId: t.world.cellB.id,
          effectiveOn: '2025-01-15',
          version: created.version,
        })
      ).statusCode,
    ).toBe(404);
    const outside = await committee.post(`/api/members/${created.id}/move`, {
      unitId: t.world.otherCell.id,
      effectiveOn: '2025-01-15',
      version: created.version,
    });
    expect(outside.statusCode).toBe(404);
    expect(outside.json().field).toBe('unitId');
    const same = await committee.post(`/api/members/${created.id}/move`, {
      unitId: t.world.cellA.id,
      effectiveOn: '2025-01-15',
      version: created.version,
    });
    expect(same.json()).toMatchObject({ code: 'MEMBER_SAME_UNIT', field: 'unitId' });
    const tooEarly = await committee.post(`/api/members/${created.id}/move`, {
      unitId: t.world.cellB.id,
      effectiveOn: '2000-01-01',
      version: created.version,
    });
    expect(tooEarly.json()).toMatchObject({ code: 'MEMBER_MOVE_DATE', field: 'effectiveOn' });

    const moved = await committee.post(`/api/members/${created.id}/move`, {
      unitId: t.world.cellB.id,
      effectiveOn: '2025-01-15',
      reason: 'Chuyển công tác',
      version: created.version,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ unitId: t.world.cellB.id, unitName: 'Chi bộ B', version: 2 });
    expect((await secretary.get(`/api/members/${created.id}`)).statusCode).toBe(404);
    const history = (await committee.get(`/api/members/${created.id}/history`)).json();
    expect(history.units).toEqual([
      expect.objectContaining({
        unitName: 'Chi bộ B',
        fromDate: '2025-01-15',
        toDate: null,
        reason: 'Chuyển công tác',
      }),
      expect.objectContaining({ unitName: 'Chi bộ A', fromDate: '2012-09-02', toDate: '2025-01-15' }),
    ]);
    const move = history.changes.find((c: { fields: { field: string }[] }) =>
      c.fields.some((f) => f.field === 'unitId'),
    );
    expect(move.fields).toEqual([{ field: 'unitId', before: 'Chi bộ A', after: 'Chi bộ B' }]);
  });

  it('uses today in Hà Nội for "not in the future"', async () => {
    const today = todayIso();
    const res = await secretary.post(
      '/api/members',
      newMember({
        fullName: 'Lý Hôm Nay',
        status: 'candidate',
        admissionDate: null,
        officialDate: null,
        statusSince: today,
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().statusSince).toBe(today);
  });
});

describe('subtree member counts', () => {
  it('stay equal to counting the rows after the creations, status events and moves above', async () => {
    await expectMemberCountsConsistent(t.database.db);
    await expectNameSuffixesConsistent(t.database.db);
  });

  it('give a list the same total as counting its rows, with and without a status filter', async () => {
    const { root, cellA } = t.world;
    for (const query of [`unitId=${root.id}`, `unitId=${cellA.id}`, 'status=official', '']) {
      const fast = (await committee.get(`/api/members?${query}&limit=1`)).json();
      const all = (await committee.get(`/api/members?${query}&limit=200`)).json();
      expect(fast.total, query).toBe(all.items.length);
    }
  });
});
