import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitKind } from '../../src/contracts/units';
import { yearsBefore } from '../../src/domain/member-bands';
import { queryRows } from '../../src/server/db/client';
import { addDays } from '../../src/server/demo/calendar';
import { memberFacetCounts } from '../../src/server/modules/members/facets';
import { memberStatistics } from '../../src/server/modules/members/statistics';
import { todayIso } from '../../src/server/modules/org/calendar';
import { moveUnit } from '../../src/server/modules/org/history';
import { createUnit } from '../../src/server/modules/org/service';
import { systemContext } from '../../src/server/platform/context';
import { mutate } from '../../src/server/platform/mutate';
import { makeUser, PASSWORD } from '../factories';
import { Agent, createTestApp, type TestApp } from '../harness';
import { expectMemberCountsConsistent } from '../member-counts';

/**
 * Statistics and list facets of units above the grassroots come from the breakdowns the triggers keep; they
 * must equal those counted over the member rows, after every kind of change, with ages exact to the day.
 *   Root (central) ─ P1 (provincial) ─ G1 (grassroots) ─ C1 (cell)
 *                  └ P2 (provincial) ─ G2 (grassroots) ─ C2 (cell)
 */
let t: TestApp;
let agent: Agent;
let agentUserId = '';
const u = {} as Record<'root' | 'p1' | 'p2' | 'g1' | 'g2' | 'c1' | 'c2', { id: string; version: number }>;
const today = todayIso();

const found = (parentId: string | null, kind: UnitKind, code: string) =>
  mutate(t.database.db, systemContext('test'), (w) =>
    createUnit(w, { parentId, kind, name: `Đơn vị ${code}`, code, effectiveOn: '2000-01-01' }),
  );

let citizen = 0;
async function addMember(unitId: string, body: Record<string, unknown>) {
  const res = await agent.post('/api/members', {
    unitId,
    fullName: `Nguyễn Văn ${String.fromCharCode(65 + citizen)}`,
    sex: 'male',
    ethnicityCode: '01',
    religionCode: '00',
    citizenId: `0029${String(++citizen).padStart(8, '0')}`,
    birthDate: '1970-01-01',
    admissionDate: '2000-01-01',
    officialDate: '2001-01-01',
    status: 'official',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

async function expectKeptFacetsEqualCounted(unit: { id: string; path: string }) {
  const [rootPath] = (
    await queryRows<{ path: string }>(
      t.database.db,
      sql`select path::text as path from org_units where id = ${u.root.id}::uuid`,
    )
  ).map((r) => r.path);
  const whole = { subtrees: [rootPath as string], exact: [] };
  const context = {
    access: { userId: agentUserId, full: whole, summary: { subtrees: [], exact: [] }, write: whole },
    unitPath: unit.path,
    today,
  };
  for (const status of [undefined, ['official'], ['official', 'probationary', 'candidate']] as const) {
    const query = `unitId=${unit.id}${(status ?? []).map((s) => `&status=${s}`).join('')}`;
    const kept = (await agent.get(`/api/members/facets?${query}`)).json();
    const filters = { unitId: unit.id, status: status ? [...status] : undefined };
    const counted = await memberFacetCounts(t.database.db, filters, context, { scan: true });
    expect(kept, query).toEqual(counted);
  }
}

async function expectKeptEqualsCounted() {
  for (const key of ['root', 'p1', 'p2'] as const) {
    const [unit] = await queryRows<{ id: string; path: string; kind: UnitKind }>(
      t.database.db,
      sql`select id::text as id, path::text as path, kind from org_units where id = ${u[key].id}::uuid`,
    );
    if (!unit) throw new Error(`no unit ${key}`);
    const kept = (await agent.get(`/api/members/statistics?unitId=${unit.id}`)).json();
    const counted = await memberStatistics(t.database.db, unit, { today, scan: true });
    expect(kept, key).toEqual(counted);
    await expectKeptFacetsEqualCounted(unit);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  u.root = await found(null, 'central', 'TW');
  u.p1 = await found(u.root.id, 'provincial', 'P1');
  u.p2 = await found(u.root.id, 'provincial', 'P2');
  u.g1 = await found(u.p1.id, 'grassroots', 'G1');
  u.g2 = await found(u.p2.id, 'grassroots', 'G2');
  u.c1 = await found(u.g1.id, 'cell', 'C1');
  u.c2 = await found(u.g2.id, 'cell', 'C2');
  agentUserId = (
    await makeUser(t.database.db, [{ role: 'committee', unitId: u.root.id }], { username: 'k-committee' })
  ).id;
  agent = new Agent(t.app);
  expect((await agent.login('k-committee', PASSWORD)).statusCode).toBe(200);
});

afterAll(async () => {
  await t?.close();
});

describe('statistics above the grassroots', () => {
  it('equal the counted ones, with ages exact on the day a band turns', async () => {
    // Thirty today, and thirty tomorrow: the same birth month, different bands.
    await addMember(u.c1.id, {
      birthDate: yearsBefore(today, 30),
      admissionDate: yearsBefore(today, 10),
      officialDate: yearsBefore(today, 9),
    });
    const tomorrowThirty = await addMember(u.c1.id, {
      birthDate: addDays(yearsBefore(today, 30), 1),
      admissionDate: yearsBefore(today, 8),
      officialDate: null,
      status: 'probationary',
      sex: 'female',
      ethnicityCode: '02',
      professionalDegree: 'master',
      theoryLevel: 'advanced',
    });
    await addMember(u.c2.id, {
      birthDate: '1950-05-05',
      admissionDate: '1972-01-01',
      officialDate: '1973-01-01',
    });
    await addMember(u.c2.id, {
      status: 'candidate',
      admissionDate: null,
      officialDate: null,
      statusSince: '2024-01-01',
      birthDate: '2001-01-01',
    });
    await expectKeptEqualsCounted();
    const root = (await agent.get(`/api/members/statistics?unitId=${u.root.id}`)).json();
    expect(root.total).toBe(3);
    expect(root.byAgeBand).toEqual(
      expect.arrayContaining([
        { key: 'under_30', count: 1 },
        { key: '30_40', count: 1 },
      ]),
    );
    expect(tomorrowThirty.id).toBeTruthy();
  });

  it('follow edits, status events, member moves and unit moves', async () => {
    const moving = await addMember(u.c1.id, { sex: 'female', theoryLevel: 'intermediate' });
    const edited = await agent.patch(`/api/members/${moving.id}`, {
      birthDate: '1966-02-28',
      professionalDegree: 'bachelor',
      version: moving.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const moved = await agent.post(`/api/members/${moving.id}/move`, {
      unitId: u.c2.id,
      effectiveOn: today,
      version: edited.json().version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const leaving = await addMember(u.c2.id, {});
    const dead = await agent.post(`/api/members/${leaving.id}/status-events`, {
      status: 'deceased',
      effectiveOn: today,
      version: leaving.version,
    });
    expect(dead.statusCode, dead.body).toBe(201);
    await expectKeptEqualsCounted();

    // The whole grassroots committee G1 moves to the other province.
    await mutate(t.database.db, systemContext('test'), (w) =>
      moveUnit(w, u.g1.id, { parentId: u.p2.id, effectiveOn: today, version: u.g1.version }),
    );
    await expectKeptEqualsCounted();
    const p1 = (await agent.get(`/api/members/statistics?unitId=${u.p1.id}`)).json();
    expect(p1.total).toBe(0);
    await expectMemberCountsConsistent(t.database.db);
  });

  it('are rebuilt from scratch to exactly what the triggers kept', async () => {
    const snapshot = () =>
      queryRows<{ unit_id: string; status: string; dim: string; key: string; n: number }>(
        t.database.db,
        sql`select unit_id::text as unit_id, status, dim, key, n from member_upper_facets
          where n <> 0 order by 1, 2, 3, 4`,
      );
    const kept = await snapshot();
    expect(kept.length).toBeGreaterThan(0);
    await t.database.db.execute(sql`select dangbo_rebuild_member_facets()`);
    expect(await snapshot()).toEqual(kept);
  });
});
