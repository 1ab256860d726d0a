import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Position, UnitOffices } from '../../src/contracts/units';
import { members } from '../../src/server/modules/members/schema';
import { addDays, todayIso } from '../../src/server/modules/org/calendar';
import { positions } from '../../src/server/modules/org/schema';
import type { Agent, TestApp } from '../harness';
import { createTestApp } from '../harness';
import { makeMember } from '../member-factory';
import { found, orgFingerprint, signedIn } from './org-world';

let t: TestApp;
const u = {} as Record<'H' | 'CA' | 'CB' | 'O' | 'OC', { id: string; name: string }>;
const m = {} as Record<'a1' | 'a2' | 'b1' | 'o1', string>;
let committee: Agent;
let secretary: Agent;
let member: Agent;
let outsider: Agent;

const today = todayIso();
const year = Number(today.slice(0, 4));
// Terms around today, so the test means the same whatever day it runs.
const pastTerm = { startsOn: `${year - 6}-10-01`, endsOn: `${year - 1}-03-01` };
const currentTerm = { startsOn: `${year - 1}-03-01`, endsOn: `${year + 4}-03-01` };
const terms = {} as Record<'past' | 'current' | 'cell', string>;
const bodies = {} as Record<'executive' | 'standing' | 'inspection' | 'board' | 'cellCommittee', string>;

const db = () => t.database.db;
const fingerprint = () => orgFingerprint(db());

beforeAll(async () => {
  t = await createTestApp();
  const since = '2010-01-01';
  u.H = await found(db(), null, 'grassroots', 'Đảng bộ Văn phòng', since);
  u.CA = await found(db(), u.H.id, 'cell', 'Chi bộ An', since);
  u.CB = await found(db(), u.H.id, 'cell', 'Chi bộ Bình', since);
  u.O = await found(db(), null, 'grassroots', 'Đảng bộ Khác', since);
  u.OC = await found(db(), u.O.id, 'cell', 'Chi bộ Khác', since);
  m.a1 = (await makeMember(db(), u.CA.id, { fullName: 'Phan Xuân Dũng' })).id;
  m.a2 = (await makeMember(db(), u.CA.id, { fullName: 'Trần Thị Hoà' })).id;
  m.b1 = (await makeMember(db(), u.CB.id, { fullName: 'Lê Văn Bình' })).id;
  m.o1 = (await makeMember(db(), u.OC.id, { fullName: 'Ngô Ngoài' })).id;
  committee = await signedIn(t, 'v-committee', [{ role: 'committee', unitId: u.H.id }]);
  secretary = await signedIn(t, 'v-secretary', [{ role: 'cell_secretary', unitId: u.CA.id }]);
  member = await signedIn(t, 'v-member', [{ role: 'member', unitId: u.CA.id }]);
  outsider = await signedIn(t, 'v-outsider', [{ role: 'committee', unitId: u.O.id }]);
});
afterAll(() => t.close());

const offices = async (id: string, agent = committee): Promise<UnitOffices> => {
  const res = await agent.get(`/api/units/${id}/offices`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const created = (res: { statusCode: number; body: string; json: () => { id: string } }) => {
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
};

describe('bodies', () => {
  it('adds the bodies of a committee with their usual names, and a cell committee to a cell', async () => {
    const add = (id: string, body: object) => committee.post(`/api/units/${id}/bodies`, body);
    const executive = await add(u.H.id, { kind: 'executive_committee' });
    expect(executive.json()).toMatchObject({ name: 'Ban Chấp hành', unitId: u.H.id, version: 1 });
    bodies.executive = created(executive);
    bodies.standing = created(await add(u.H.id, { kind: 'standing_committee' }));
    bodies.inspection = created(await add(u.H.id, { kind: 'inspection_commission' }));
    bodies.board = created(await add(u.H.id, { kind: 'advisory_board', name: 'Ban Tổ chức' }));
    const chiUy = await add(u.CA.id, { kind: 'cell_committee' });
    expect(chiUy.json().name).toBe('Chi ủy');
    bodies.cellCommittee = created(chiUy);
  });

  it('refuses a second body of a kind, a nameless board, a body the unit cannot have; writes nothing', async () => {
    const before = await fingerprint();
    const add = (id: string, body: object) => committee.post(`/api/units/${id}/bodies`, body);
    const twice = await add(u.H.id, { kind: 'executive_committee' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'BODY_EXISTS', field: 'kind' });
    const sameBoard = await add(u.H.id, { kind: 'advisory_board', name: 'ban to chuc' });
    expect(sameBoard.json()).toMatchObject({ code: 'BODY_EXISTS', field: 'name' });
    const nameless = await add(u.H.id, { kind: 'advisory_board' });
    expect(nameless.statusCode).toBe(400);
    expect(nameless.json()).toMatchObject({ code: 'BODY_NAME_REQUIRED', field: 'name' });
    const cellExecutive = await add(u.CA.id, { kind: 'executive_committee' });
    expect(cellExecutive.statusCode).toBe(400);
    expect(cellExecutive.json()).toMatchObject({ code: 'BODY_KIND_NOT_ALLOWED', field: 'kind' });
    expect(await fingerprint()).toBe(before);
  });
});

describe('terms', () => {
  it('records terms with a default label and the next congress due when the term ends', async () => {
    const past = await committee.post(`/api/units/${u.H.id}/terms`, pastTerm);
    expect(past.json()).toMatchObject({
      label: `${year - 6}-${year - 1}`,
      nextCongressDueOn: pastTerm.endsOn,
      current: false,
    });
    terms.past = created(past);
    // The next term may begin on the congress day that ends the previous one.
    const current = await committee.post(`/api/units/${u.H.id}/terms`, {
      ...currentTerm,
      label: 'Nhiệm kỳ XI',
    });
    expect(current.json()).toMatchObject({ label: 'Nhiệm kỳ XI', current: true });
    terms.current = created(current);
    terms.cell = created(
      await secretary.post(`/api/units/${u.CA.id}/terms`, {
        startsOn: `${year - 1}-01-01`,
        endsOn: `${year + 2}-01-01`,
      }),
    );
  });

  it('refuses an end not after the start and an overlapping term; writes nothing', async () => {
    const before = await fingerprint();
    const backwards = await committee.post(`/api/units/${u.H.id}/terms`, {
      startsOn: '2030-01-01',
      endsOn: '2030-01-01',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ code: 'END_NOT_AFTER_START', field: 'endsOn' });
    const overlapping = await committee.post(`/api/units/${u.H.id}/terms`, {
      startsOn: `${year - 3}-01-01`,
      endsOn: `${year - 2}-01-01`,
    });
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json()).toMatchObject({ code: 'TERM_OVERLAPS', field: 'startsOn' });
    expect(overlapping.json().message).toContain(`${year - 6}-${year - 1}`);
    expect(await fingerprint()).toBe(before);
  });
});

describe('positions', () => {
  it('gives offices to members of the subtree, in bodies or in the unit itself', async () => {
    const secretaryOfH = await committee.post(`/api/units/${u.H.id}/positions`, {
      memberId: m.a1,
      title: 'secretary',
      bodyId: bodies.executive,
      termId: terms.current,
      startsOn: currentTerm.startsOn,
      decisionRef: '01-QĐ/ĐU',
    });
    expect(secretaryOfH.statusCode, secretaryOfH.body).toBe(201);
    expect(secretaryOfH.json()).toMatchObject({
      memberName: 'Phan Xuân Dũng',
      unitName: 'Đảng bộ Văn phòng',
      bodyName: 'Ban Chấp hành',
      termLabel: 'Nhiệm kỳ XI',
      current: true,
      endsOn: null,
    });
    const pastMember = await committee.post(`/api/units/${u.H.id}/positions`, {
      memberId: m.a2,
      title: 'executive_member',
      bodyId: bodies.executive,
      termId: terms.past,
      startsOn: pastTerm.startsOn,
      endsOn: addDays(pastTerm.endsOn, -1),
    });
    expect(pastMember.json()).toMatchObject({ current: false });
    // A small cell's deputy secretary holds the office in the cell itself, given by the cell's secretary.
    const deputy = await secretary.post(`/api/units/${u.CA.id}/positions`, {
      memberId: m.a2,
      title: 'deputy_secretary',
      startsOn: `${year - 1}-02-01`,
    });
    expect(deputy.statusCode, deputy.body).toBe(201);
    expect(deputy.json()).toMatchObject({ bodyId: null, bodyName: null, memberName: 'Trần Thị Hoà' });
  });

  it('refuses outsiders, foreign bodies and terms, wrong titles and dates, naming the field; writes nothing', async () => {
    const before = await fingerprint();
    const give = (body: object) =>
      committee.post(`/api/units/${u.H.id}/positions`, {
        memberId: m.b1,
        title: 'executive_member',
        bodyId: bodies.executive,
        startsOn: `${year}-01-01`,
        ...body,
      });
    const expectError = async (body: object, code: string, field: string) => {
      const res = await give(body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ code, field });
    };
    await expectError({ memberId: m.o1 }, 'POSITION_MEMBER_OUTSIDE', 'memberId');
    await expectError(
      { memberId: '00000000-0000-4000-8000-000000000000' },
      'POSITION_MEMBER_OUTSIDE',
      'memberId',
    );
    await expectError({ bodyId: bodies.cellCommittee }, 'NOT_OF_UNIT', 'bodyId');
    await expectError({ termId: terms.cell }, 'NOT_OF_UNIT', 'termId');
    await expectError({ title: 'inspection_chair' }, 'POSITION_TITLE_NOT_ALLOWED', 'title');
    await expectError(
      { bodyId: undefined, title: 'executive_member' },
      'POSITION_TITLE_NOT_ALLOWED',
      'title',
    );
    await expectError({ endsOn: `${year - 1}-12-31` }, 'END_BEFORE_START', 'endsOn');
    await expectError({ termId: terms.past }, 'POSITION_OUTSIDE_TERM', 'startsOn');
    const cellMemberOutside = await secretary.post(`/api/units/${u.CA.id}/positions`, {
      memberId: m.b1,
      title: 'secretary',
      startsOn: today,
    });
    expect(cellMemberOutside.json()).toMatchObject({ code: 'POSITION_MEMBER_OUTSIDE', field: 'memberId' });
    expect(await fingerprint()).toBe(before);
  });

  it('shows bodies with current holders and terms, newest first, with who held what', async () => {
    const view = await offices(u.H.id);
    expect(view.bodies.map((b) => b.name)).toEqual([
      'Ban Chấp hành',
      'Ban Thường vụ',
      'Ủy ban Kiểm tra',
      'Ban Tổ chức',
    ]);
    const executive = view.bodies[0];
    expect(executive?.holders.map((p) => [p.memberName, p.title])).toEqual([['Phan Xuân Dũng', 'secretary']]);
    expect(view.unitHolders).toEqual([]);
    expect(view.terms.map((term) => term.label)).toEqual(['Nhiệm kỳ XI', `${year - 6}-${year - 1}`]);
    const [current, past] = view.terms;
    expect(current?.positions.map((p) => p.memberName)).toEqual(['Phan Xuân Dũng']);
    expect(past?.positions.map((p) => [p.memberName, p.title, p.current])).toEqual([
      ['Trần Thị Hoà', 'executive_member', false],
    ]);
    const cell = await offices(u.CA.id, member);
    expect(cell.bodies.map((b) => b.kind)).toEqual(['cell_committee']);
    expect(cell.unitHolders.map((p) => [p.memberName, p.title])).toEqual([
      ['Trần Thị Hoà', 'deputy_secretary'],
    ]);
  });

  it('ends an office; a stale or repeated end is refused', async () => {
    const [holder] = (await offices(u.H.id)).bodies[0]?.holders ?? [];
    const position = holder as Position;
    const before = await fingerprint();
    const early = await committee.post(`/api/positions/${position.id}/end`, {
      endsOn: addDays(position.startsOn, -1),
      version: position.version,
    });
    expect(early.json()).toMatchObject({ code: 'END_BEFORE_START', field: 'endsOn' });
    const stale = await committee.post(`/api/positions/${position.id}/end`, {
      endsOn: addDays(today, -1),
      version: position.version + 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'STALE_VERSION', field: 'version' });
    expect(await fingerprint()).toBe(before);

    const ended = await committee.post(`/api/positions/${position.id}/end`, {
      endsOn: addDays(today, -1),
      version: position.version,
      reason: 'Nghỉ hưu',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({
      endsOn: addDays(today, -1),
      current: false,
      version: position.version + 1,
    });
    const view = await offices(u.H.id);
    expect(view.bodies[0]?.holders).toEqual([]);
    expect(view.terms[0]?.positions.map((p) => p.id)).toEqual([position.id]);
    const again = await committee.post(`/api/positions/${position.id}/end`, {
      endsOn: today,
      version: position.version + 1,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('POSITION_ENDED');
  });

  it('ends the offices of a unit when it is dissolved', async () => {
    const position = created(
      await committee.post(`/api/units/${u.CB.id}/positions`, {
        memberId: m.b1,
        title: 'secretary',
        startsOn: '2020-01-01',
      }),
    );
    await db().update(members).set({ status: 'transferred_out' }).where(eq(members.id, m.b1));
    const version = (await committee.get(`/api/units/${u.CB.id}`)).json().version;
    const res = await committee.post(`/api/units/${u.CB.id}/dissolve`, {
      version,
      effectiveOn: today,
      decisionRef: '9-QĐ/ĐU',
    });
    expect(res.statusCode, res.body).toBe(200);
    const view = await offices(u.CB.id);
    expect(view.unitHolders).toEqual([]);
    const [dissolved] = (await committee.get(`/api/units/${u.CB.id}/events`)).json().items;
    expect(dissolved.details.positionsEnded).toBe(1);
    const [row] = await db().select().from(positions).where(eq(positions.id, position));
    expect(row?.endsOn).toBe(addDays(today, -1));
    const after = await committee.post(`/api/units/${u.CB.id}/terms`, {
      startsOn: '2030-01-01',
      endsOn: '2035-01-01',
    });
    expect(after.statusCode).toBe(409);
    expect(after.json().code).toBe('UNIT_DISSOLVED');
  });
});

describe('who may manage offices', () => {
  it('lets a cell secretary manage the own cell only, and hides a committee from outsiders', async () => {
    const before = await fingerprint();
    const sibling = await secretary.post(`/api/units/${u.CB.id}/terms`, {
      startsOn: '2040-01-01',
      endsOn: '2045-01-01',
    });
    expect(sibling.statusCode).toBe(404);
    const above = await secretary.post(`/api/units/${u.H.id}/bodies`, {
      kind: 'advisory_board',
      name: 'Văn phòng',
    });
    expect(above.statusCode).toBe(404);
    const byMember = await member.post(`/api/units/${u.CA.id}/terms`, {
      startsOn: '2040-01-01',
      endsOn: '2045-01-01',
    });
    expect(byMember.statusCode).toBe(403);
    expect((await outsider.get(`/api/units/${u.H.id}/offices`)).statusCode).toBe(404);
    const foreign = await outsider.post(`/api/units/${u.CA.id}/positions`, {
      memberId: m.a1,
      title: 'secretary',
      startsOn: today,
    });
    expect(foreign.statusCode).toBe(404);
    expect(await fingerprint()).toBe(before);
  });
});
