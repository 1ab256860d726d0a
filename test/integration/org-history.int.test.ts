import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit, UnitEvent } from '../../src/contracts/units';
import { memberStatusEvents, members } from '../../src/server/modules/members/schema';
import { unitVersions } from '../../src/server/modules/org/schema';
import type { Agent, TestApp } from '../harness';
import { createTestApp } from '../harness';
import { expectMemberCountsConsistent, expectNameSuffixesConsistent } from '../member-counts';
import { makeMember } from '../member-factory';
import { found, orgFingerprint, signedIn } from './org-world';

/**
 * A committee founded in 2015 whose tree changes over the years:
 *   H ─ P (partial) ─ C3
 *     ├ C1 ─ G1 (party group)        C1 renamed 2020-06-01, merged into C2 2022-03-01
 *     ├ C2 ─ G  (party group)        C2 moved under P 2021-01-01
 *     └ C4 (one candidate)
 * and another committee O ─ OC that the committee of H cannot reach.
 */
let t: TestApp;
const u = {} as Record<
  'H' | 'P' | 'C1' | 'C2' | 'C3' | 'C4' | 'G' | 'G1' | 'O' | 'OC',
  { id: string; name: string }
>;
let committee: Agent;
let viewer: Agent;
let member: Agent;
let outsider: Agent;
let m3 = '';

const db = () => t.database.db;
const fingerprint = () => orgFingerprint(db());

beforeAll(async () => {
  t = await createTestApp();
  const since = '2015-01-01';
  u.H = await found(db(), null, 'grassroots', 'Đảng bộ Lịch sử', since);
  u.P = await found(db(), u.H.id, 'partial', 'Đảng bộ bộ phận Phía Bắc', since);
  u.C1 = await found(db(), u.H.id, 'cell', 'Chi bộ Bắc', since);
  u.C2 = await found(db(), u.H.id, 'cell', 'Chi bộ Ánh', since);
  u.C3 = await found(db(), u.P.id, 'cell', 'Chi bộ Cầu', since);
  u.C4 = await found(db(), u.H.id, 'cell', 'Chi bộ Cuối', since);
  u.G = await found(db(), u.C2.id, 'party_group', 'Tổ đảng Một', since);
  u.G1 = await found(db(), u.C1.id, 'party_group', 'Tổ đảng Hai', since);
  u.O = await found(db(), null, 'grassroots', 'Đảng bộ Khác', since);
  u.OC = await found(db(), u.O.id, 'cell', 'Chi bộ Khác', since);
  await makeMember(db(), u.C1.id, { since: '2016-01-01' });
  await makeMember(db(), u.C1.id, { since: '2016-01-01' });
  m3 = (
    await makeMember(db(), u.C1.id, {
      status: 'probationary',
      admissionDate: '2019-06-01',
      officialDate: null,
      since: '2019-06-01',
    })
  ).id;
  await makeMember(db(), u.C2.id, { since: '2016-01-01' });
  await makeMember(db(), u.C2.id, { since: '2016-01-01' });
  await makeMember(db(), u.C4.id, {
    status: 'candidate',
    admissionDate: null,
    officialDate: null,
    since: '2024-01-01',
  });
  committee = await signedIn(t, 'h-committee', [{ role: 'committee', unitId: u.H.id }]);
  viewer = await signedIn(t, 'h-viewer', [{ role: 'viewer', unitId: u.H.id }]);
  member = await signedIn(t, 'h-member', [{ role: 'member', unitId: u.C2.id }]);
  outsider = await signedIn(t, 'o-committee', [{ role: 'committee', unitId: u.O.id }]);
});
afterAll(() => t.close());

const unitOf = async (id: string): Promise<Unit> => {
  const res = await committee.get(`/api/units/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const version = async (id: string) => (await unitOf(id)).version;
const children = async (parentId: string, query = ''): Promise<Unit[]> => {
  const res = await committee.get(`/api/units?parentId=${parentId}&limit=500${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
};
const childOn = async (parentId: string, date: string, id: string) =>
  (await children(parentId, `&asOf=${date}`)).find((c) => c.id === id);
const events = async (id: string, subtree = false): Promise<UnitEvent[]> => {
  const res = await committee.get(`/api/units/${id}/events?limit=200${subtree ? '&subtree=true' : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
};
const decision = (effectiveOn: string) => ({ effectiveOn, decisionRef: `${effectiveOn.slice(0, 4)}-QĐ/ĐU` });

describe('the tree and its counts', () => {
  it('lists children in Vietnamese name order with subtree counts, page by page', async () => {
    const list = await children(u.H.id);
    // Byte order would put "Chi bộ Bắc" before "Chi bộ Ánh"; Vietnamese order puts A (Á) before B.
    expect(list.map((c) => c.name)).toEqual([
      'Chi bộ Ánh',
      'Chi bộ Bắc',
      'Chi bộ Cuối',
      'Đảng bộ bộ phận Phía Bắc',
    ]);
    const c1 = list.find((c) => c.id === u.C1.id);
    expect(c1?.counts).toEqual({ official: 2, probationary: 1, exempted: 0, candidate: 0, total: 3 });
    expect(c1?.foundedOn).toBe('2015-01-01');
    expect(c1?.childCount).toBe(1);
    expect((await unitOf(u.H.id)).counts).toMatchObject({
      official: 4,
      probationary: 1,
      candidate: 1,
      total: 5,
    });

    const seen: string[] = [];
    let cursor = '';
    do {
      const res = await committee.get(
        `/api/units?parentId=${u.H.id}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      const page = res.json();
      expect(page.total).toBe(4);
      seen.push(...page.items.map((c: Unit) => c.id));
      cursor = page.nextCursor ?? '';
    } while (cursor);
    expect(seen).toEqual(list.map((c) => c.id));
  });

  it('counts members as of a date from their unit history and dated status', async () => {
    await db()
      .insert(memberStatusEvents)
      .values({ memberId: m3, status: 'official', effectiveOn: '2020-06-01' });
    await db()
      .update(members)
      .set({ status: 'official', officialDate: '2020-06-01' })
      .where(eq(members.id, m3));
    expect((await childOn(u.H.id, '2015-06-01', u.C1.id))?.counts.total).toBe(0);
    expect((await childOn(u.H.id, '2020-01-01', u.C1.id))?.counts).toMatchObject({
      official: 2,
      probationary: 1,
    });
    expect((await childOn(u.H.id, '2020-06-01', u.C1.id))?.counts).toMatchObject({
      official: 3,
      probationary: 0,
    });
    expect((await children(u.H.id)).find((c) => c.id === u.C1.id)?.counts.official).toBe(3);
  });
});

describe('rename', () => {
  it('renames from the effective date; the tree of the day before keeps the old name', async () => {
    const res = await committee.post(`/api/units/${u.C1.id}/rename`, {
      name: 'Chi bộ Bắc Ninh',
      code: 'BN',
      version: await version(u.C1.id),
      ...decision('2020-06-01'),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Chi bộ Bắc Ninh', code: 'BN' });
    expect((await childOn(u.H.id, '2020-05-31', u.C1.id))?.name).toBe('Chi bộ Bắc');
    expect((await childOn(u.H.id, '2020-06-01', u.C1.id))?.name).toBe('Chi bộ Bắc Ninh');
    const [renamed] = await events(u.C1.id);
    expect(renamed).toMatchObject({
      kind: 'renamed',
      effectiveOn: '2020-06-01',
      decisionRef: '2020-QĐ/ĐU',
      details: { oldName: 'Chi bộ Bắc', newName: 'Chi bộ Bắc Ninh', newCode: 'BN' },
    });
    const versions = await db()
      .select({ from: unitVersions.validFrom, to: unitVersions.validTo, name: unitVersions.name })
      .from(unitVersions)
      .where(eq(unitVersions.unitId, u.C1.id))
      .orderBy(asc(unitVersions.validFrom));
    expect(versions).toEqual([
      { from: '2015-01-01', to: '2020-06-01', name: 'Chi bộ Bắc' },
      { from: '2020-06-01', to: null, name: 'Chi bộ Bắc Ninh' },
    ]);
  });

  it('refuses an early, future, stale or empty rename and writes nothing', async () => {
    const before = await fingerprint();
    const v = await version(u.C1.id);
    const early = await committee.post(`/api/units/${u.C1.id}/rename`, {
      name: 'Chi bộ Sớm',
      version: v,
      ...decision('2020-05-01'),
    });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ code: 'UNIT_EFFECTIVE_TOO_EARLY', field: 'effectiveOn' });
    expect(early.json().message).toContain('01/06/2020');
    const future = await committee.post(`/api/units/${u.C1.id}/rename`, {
      name: 'Chi bộ Mai',
      version: v,
      ...decision('2999-01-01'),
    });
    expect(future.json()).toMatchObject({ code: 'DATE_IN_FUTURE', field: 'effectiveOn' });
    const stale = await committee.post(`/api/units/${u.C1.id}/rename`, {
      name: 'Chi bộ Cũ',
      version: v - 1,
      ...decision('2021-01-01'),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'STALE_VERSION', field: 'version' });
    const same = await committee.post(`/api/units/${u.C1.id}/rename`, {
      name: 'Chi bộ Bắc Ninh',
      version: v,
      ...decision('2021-01-01'),
    });
    expect(same.json()).toMatchObject({ code: 'UNIT_NOTHING_CHANGES', field: 'name' });
    expect(await fingerprint()).toBe(before);
  });

  it('corrects a typo without an event, in the current version too', async () => {
    const before = (await events(u.C4.id)).length;
    const res = await committee.patch(`/api/units/${u.C4.id}`, { name: 'Chi bộ Cuối Cùng', version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect((await events(u.C4.id)).length).toBe(before);
    expect((await childOn(u.H.id, '2016-01-01', u.C4.id))?.name).toBe('Chi bộ Cuối Cùng');
    expect((await children(u.H.id)).map((c) => c.name)).toContain('Chi bộ Cuối Cùng');
  });
});

describe('move', () => {
  it('moves a cell with its party group and members; the tree of the day before is unchanged', async () => {
    const res = await committee.post(`/api/units/${u.C2.id}/move`, {
      parentId: u.P.id,
      version: await version(u.C2.id),
      ...decision('2021-01-01'),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ parentId: u.P.id, level: 3 });
    expect((await children(u.P.id)).map((c) => c.id)).toEqual([u.C2.id, u.C3.id]);
    expect((await children(u.H.id)).map((c) => c.id)).not.toContain(u.C2.id);
    expect((await unitOf(u.G.id)).level).toBe(4);
    const ancestors = (await committee.get(`/api/units/${u.G.id}/ancestors`)).json().items;
    expect(ancestors.map((a: { id: string }) => a.id)).toEqual([u.H.id, u.P.id, u.C2.id]);
    expect((await unitOf(u.P.id)).counts.total).toBe(2);

    const dayBefore = await childOn(u.H.id, '2020-12-31', u.C2.id);
    expect(dayBefore).toMatchObject({ parentId: u.H.id, level: 2 });
    expect(dayBefore?.counts.total).toBe(2);
    expect((await childOn(u.H.id, '2020-12-31', u.P.id))?.counts.total).toBe(0);
    expect(await childOn(u.H.id, '2021-01-01', u.C2.id)).toBeUndefined();
    expect((await childOn(u.P.id, '2021-01-01', u.C2.id))?.counts.total).toBe(2);
    expect((await childOn(u.H.id, '2021-01-01', u.P.id))?.counts.total).toBe(2);
    expect((await childOn(u.C2.id, '2020-12-31', u.G.id))?.level).toBe(3);
    expect((await childOn(u.C2.id, '2021-01-01', u.G.id))?.level).toBe(4);

    const moved = (await events(u.P.id, true)).find((e) => e.kind === 'moved');
    expect(moved).toMatchObject({
      unitId: u.C2.id,
      details: { oldParentName: 'Đảng bộ Lịch sử', newParentName: 'Đảng bộ bộ phận Phía Bắc' },
    });
  });

  it('refuses to move a unit under itself, its descendant, an unfit or unreachable parent; writes nothing', async () => {
    const before = await fingerprint();
    const move = async (id: string, parentId: string, effectiveOn = '2023-01-01') =>
      committee.post(`/api/units/${id}/move`, {
        parentId,
        version: await version(id),
        ...decision(effectiveOn),
      });
    const intoDescendant = await move(u.P.id, u.C3.id);
    expect(intoDescendant.statusCode).toBe(400);
    expect(intoDescendant.json()).toMatchObject({ code: 'UNIT_MOVE_INTO_ITSELF', field: 'parentId' });
    expect(intoDescendant.json().message).toContain('Chi bộ Cầu');
    expect((await move(u.P.id, u.P.id)).json()).toMatchObject({
      code: 'UNIT_MOVE_INTO_ITSELF',
      field: 'parentId',
    });
    expect((await move(u.C1.id, u.C3.id)).json()).toMatchObject({
      code: 'UNIT_KIND_NOT_ALLOWED',
      field: 'parentId',
    });
    expect((await move(u.C1.id, u.H.id)).json()).toMatchObject({
      code: 'UNIT_ALREADY_THERE',
      field: 'parentId',
    });
    const outside = await move(u.C1.id, u.O.id);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().field).toBe('parentId');
    const early = await move(u.C2.id, u.H.id, '2020-12-31');
    expect(early.json()).toMatchObject({ code: 'UNIT_EFFECTIVE_TOO_EARLY', field: 'effectiveOn' });
    expect(await fingerprint()).toBe(before);
  });
});

describe('merge', () => {
  it('moves the members and child units to the successor and ends the unit', async () => {
    const res = await committee.post(`/api/units/${u.C1.id}/merge`, {
      successorId: u.C2.id,
      version: await version(u.C1.id),
      ...decision('2022-03-01'),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ dissolvedOn: '2022-03-01', successorId: u.C2.id });
    expect((await unitOf(u.C2.id)).counts).toMatchObject({ official: 5, total: 5 });
    expect((await children(u.C2.id)).map((c) => c.id).sort()).toEqual([u.G.id, u.G1.id].sort());
    expect((await children(u.H.id)).map((c) => c.id)).not.toContain(u.C1.id);
    expect((await children(u.H.id, '&includeDissolved=true')).map((c) => c.id)).toContain(u.C1.id);

    const before = await childOn(u.H.id, '2022-02-28', u.C1.id);
    expect(before).toMatchObject({ name: 'Chi bộ Bắc Ninh' });
    expect(before?.counts.total).toBe(3);
    expect((await childOn(u.P.id, '2022-02-28', u.C2.id))?.counts.total).toBe(2);
    expect(await childOn(u.H.id, '2022-03-01', u.C1.id)).toBeUndefined();
    expect((await children(u.H.id, '&asOf=2022-03-01&includeDissolved=true')).map((c) => c.id)).toContain(
      u.C1.id,
    );
    expect((await childOn(u.P.id, '2022-03-01', u.C2.id))?.counts.total).toBe(5);
    expect(await childOn(u.C1.id, '2022-02-28', u.G1.id)).toBeDefined();
    expect(await childOn(u.C2.id, '2022-03-01', u.G1.id)).toBeDefined();

    const [merged] = await events(u.C1.id);
    expect(merged).toMatchObject({
      kind: 'merged',
      details: { successorId: u.C2.id, successorName: 'Chi bộ Ánh', membersMoved: 3 },
    });
    const absorbed = (await events(u.C2.id)).find((e) => e.kind === 'merged');
    expect(absorbed?.details).toMatchObject({ mergedUnitId: u.C1.id, mergedUnitName: 'Chi bộ Bắc Ninh' });
    expect((await events(u.G1.id))[0]).toMatchObject({ kind: 'moved', details: { newParentId: u.C2.id } });
  });

  it('refuses to merge into a dissolved unit or into its own subtree, and to change a dissolved unit', async () => {
    const before = await fingerprint();
    const intoDissolved = await committee.post(`/api/units/${u.C4.id}/merge`, {
      successorId: u.C1.id,
      version: await version(u.C4.id),
      ...decision('2023-01-01'),
    });
    expect(intoDissolved.statusCode).toBe(409);
    expect(intoDissolved.json()).toMatchObject({ code: 'UNIT_SUCCESSOR_DISSOLVED', field: 'successorId' });
    expect(intoDissolved.json().message).toContain('01/03/2022');
    const intoOwn = await committee.post(`/api/units/${u.P.id}/merge`, {
      successorId: u.C2.id,
      version: await version(u.P.id),
      ...decision('2023-01-01'),
    });
    expect(intoOwn.statusCode).toBe(400);
    expect(intoOwn.json()).toMatchObject({ code: 'UNIT_MERGE_INTO_ITSELF', field: 'successorId' });
    const renameGone = await committee.post(`/api/units/${u.C1.id}/rename`, {
      name: 'Chi bộ Hồi sinh',
      version: await version(u.C1.id),
      ...decision('2023-01-01'),
    });
    expect(renameGone.statusCode).toBe(409);
    expect(renameGone.json().code).toBe('UNIT_DISSOLVED');
    const typo = await committee.patch(`/api/units/${u.C1.id}`, {
      name: 'X',
      version: await version(u.C1.id),
    });
    expect(typo.statusCode).toBe(409);
    expect(await fingerprint()).toBe(before);
  });
});

describe('dissolve', () => {
  it('refuses while active units or members remain, and writes nothing', async () => {
    const before = await fingerprint();
    const withChildren = await committee.post(`/api/units/${u.P.id}/dissolve`, {
      version: await version(u.P.id),
      ...decision('2023-01-01'),
    });
    expect(withChildren.statusCode).toBe(409);
    expect(withChildren.json().code).toBe('UNIT_HAS_ACTIVE_CHILDREN');
    const withCandidate = await committee.post(`/api/units/${u.C4.id}/dissolve`, {
      version: await version(u.C4.id),
      ...decision('2024-06-01'),
    });
    expect(withCandidate.statusCode).toBe(409);
    expect(withCandidate.json().code).toBe('UNIT_HAS_ACTIVE_MEMBERS');
    expect(withCandidate.json().message).toContain('còn 1 đảng viên');
    expect(await fingerprint()).toBe(before);
  });

  it('ends an empty unit from the effective date', async () => {
    const res = await committee.post(`/api/units/${u.C3.id}/dissolve`, {
      version: await version(u.C3.id),
      ...decision('2023-01-01'),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().dissolvedOn).toBe('2023-01-01');
    expect((await children(u.P.id)).map((c) => c.id)).toEqual([u.C2.id]);
    expect((await childOn(u.P.id, '2022-12-31', u.C3.id))?.name).toBe('Chi bộ Cầu');
    expect(await childOn(u.P.id, '2023-01-01', u.C3.id)).toBeUndefined();
    expect((await events(u.C3.id))[0]).toMatchObject({ kind: 'dissolved', effectiveOn: '2023-01-01' });
    const subtree = await events(u.H.id, true);
    expect(subtree.map((e) => e.effectiveOn)).toEqual(
      [...subtree.map((e) => e.effectiveOn)].sort().reverse(),
    );
  });
});

describe('access and flags', () => {
  it('hides the subtree from an outsider and refuses changes by a member or a viewer', async () => {
    expect((await outsider.get(`/api/units/${u.H.id}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/units/${u.H.id}/events?subtree=true`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/units?parentId=${u.H.id}&asOf=2020-01-01`)).statusCode).toBe(404);
    const rename = await outsider.post(`/api/units/${u.C2.id}/rename`, {
      name: 'Chi bộ Lạ',
      version: await version(u.C2.id),
      ...decision('2024-01-01'),
    });
    expect(rename.statusCode).toBe(404);
    const before = await fingerprint();
    const byMember = await member.post(`/api/units/${u.C2.id}/rename`, {
      name: 'Chi bộ Của Tôi',
      version: await version(u.C2.id),
      ...decision('2024-01-01'),
    });
    expect(byMember.statusCode).toBe(403);
    const byViewer = await viewer.post(`/api/units/${u.C4.id}/move`, {
      parentId: u.P.id,
      version: await version(u.C4.id),
      ...decision('2024-01-01'),
    });
    expect(byViewer.statusCode).toBe(403);
    expect(await fingerprint()).toBe(before);
    expect((await member.get(`/api/units/${u.C2.id}/events`)).statusCode).toBe(200);
    expect((await member.get(`/api/units/${u.C2.id}/ancestors`)).json().items).toEqual([]);
    expect((await member.get(`/api/units/${u.H.id}/events?subtree=true`)).statusCode).toBe(404);
    // The member reaches the own cell only: its subtree events leave out the party groups below.
    const own = (await member.get(`/api/units/${u.C2.id}/events?subtree=true&limit=200`)).json();
    expect(own.items.every((e: UnitEvent) => e.unitId === u.C2.id)).toBe(true);
    expect(
      (await viewer.get(`/api/units/${u.C2.id}/events?subtree=true&limit=200`)).json().items.length,
    ).toBeGreaterThan(own.items.length);
  });

  it('flags a cell with fewer than 3 official members, today and as of a date', async () => {
    expect((await unitOf(u.C4.id)).flags.fewOfficialMembers).toBe(true);
    expect((await unitOf(u.C2.id)).flags.fewOfficialMembers).toBe(false);
    expect((await childOn(u.P.id, '2022-03-01', u.C2.id))?.flags.fewOfficialMembers).toBe(false);
    expect((await childOn(u.H.id, '2020-12-31', u.C2.id))?.flags.fewOfficialMembers).toBe(true);
    expect((await unitOf(u.P.id)).flags.fewOfficialMembers).toBe(false);
  });

  it('flags a unit whose last term ended with no new term recorded', async () => {
    expect((await unitOf(u.H.id)).flags.termEnded).toBe(false);
    const first = await committee.post(`/api/units/${u.H.id}/terms`, {
      startsOn: '2015-10-01',
      endsOn: '2020-10-01',
    });
    expect(first.statusCode, first.body).toBe(201);
    expect((await unitOf(u.H.id)).flags.termEnded).toBe(true);
    const tops = async (asOf: string) =>
      (await committee.get(`/api/units?asOf=${asOf}`)).json().items as Unit[];
    expect((await tops('2019-01-01'))[0]).toMatchObject({ id: u.H.id, flags: { termEnded: false } });
    expect((await tops('2021-01-01'))[0]?.flags.termEnded).toBe(true);
    const next = await committee.post(`/api/units/${u.H.id}/terms`, {
      startsOn: '2020-10-01',
      endsOn: '2030-10-01',
    });
    expect(next.statusCode, next.body).toBe(201);
    expect((await unitOf(u.H.id)).flags.termEnded).toBe(false);
    expect((await tops('2021-01-01'))[0]?.flags.termEnded).toBe(false);
  });
});

describe('subtree member counts', () => {
  it('stay equal to counting the rows after the moves, merges and dissolutions above', async () => {
    await expectMemberCountsConsistent(db());
    await expectNameSuffixesConsistent(db());
  });
});
