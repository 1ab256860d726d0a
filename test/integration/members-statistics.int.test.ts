import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitKind } from '../../src/contracts/units';
import { todayIso } from '../../src/server/modules/org/calendar';
import { moveUnit } from '../../src/server/modules/org/history';
import { createUnit } from '../../src/server/modules/org/service';
import { systemContext } from '../../src/server/platform/context';
import { mutate } from '../../src/server/platform/mutate';
import { makeUser, PASSWORD } from '../factories';
import { Agent, createTestApp, type TestApp } from '../harness';

/**
 * A committee founded in 2000 with a partial committee; a cell moved out of the partial committee in 2018;
 * members admitted, made official, moved and deceased on known dates.
 */
let t: TestApp;
let agent: Agent;
const unit: Record<'root' | 'partial' | 'cellX' | 'cellY', string> = {
  root: '',
  partial: '',
  cellX: '',
  cellY: '',
};

const found = (parentId: string | null, kind: UnitKind, name: string) =>
  mutate(t.database.db, systemContext('test'), (w) =>
    createUnit(w, { parentId, kind, name, code: name.slice(-2), effectiveOn: '2000-01-01' }),
  );

let citizen = 0;
async function addMember(unitId: string, body: Record<string, unknown>) {
  const res = await agent.post('/api/members', {
    unitId,
    sex: 'male',
    ethnicityCode: '01',
    religionCode: '00',
    citizenId: `0019${String(++citizen).padStart(8, '0')}`,
    status: 'official',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

beforeAll(async () => {
  t = await createTestApp();
  const root = await found(null, 'grassroots', 'Đảng bộ Lịch sử');
  const partial = await found(root.id, 'partial', 'Đảng bộ bộ phận P');
  const cellX = await found(root.id, 'cell', 'Chi bộ X');
  const cellY = await found(partial.id, 'cell', 'Chi bộ Y');
  Object.assign(unit, { root: root.id, partial: partial.id, cellX: cellX.id, cellY: cellY.id });
  await mutate(t.database.db, systemContext('test'), (w) =>
    moveUnit(w, cellY.id, { parentId: root.id, effectiveOn: '2018-01-01', version: cellY.version }),
  );
  await makeUser(t.database.db, [{ role: 'committee', unitId: root.id }], { username: 's-committee' });
  agent = new Agent(t.app);
  expect((await agent.login('s-committee', PASSWORD)).statusCode).toBe(200);

  // P: admitted 2010, official 2011, in cell X throughout.
  await addMember(cellX.id, {
    fullName: 'Phạm Văn Phúc',
    birthDate: '1980-03-15',
    admissionDate: '2010-01-01',
    officialDate: '2011-01-01',
    theoryLevel: 'advanced',
    professionalDegree: 'doctor',
  });
  // Q: in cell Y (under the partial committee until 2018) since 2014.
  await addMember(cellY.id, {
    fullName: 'Quách Thị Quyên',
    sex: 'female',
    ethnicityCode: '03',
    birthDate: '1990-06-01',
    admissionDate: '2014-01-01',
    officialDate: '2015-01-01',
  });
  // R: admitted 1975, deceased 2021.
  const r = await addMember(cellX.id, {
    fullName: 'Rơ Châm Rin',
    birthDate: '1950-01-01',
    admissionDate: '1975-01-01',
    officialDate: '1976-01-01',
  });
  const dead = await agent.post(`/api/members/${r.id}/status-events`, {
    status: 'deceased',
    effectiveOn: '2021-01-01',
    version: r.version,
  });
  expect(dead.statusCode, dead.body).toBe(201);
  // S: a candidate, never counted.
  await addMember(cellX.id, {
    fullName: 'Sầm Văn Sáng',
    birthDate: '2000-01-01',
    status: 'candidate',
    admissionDate: null,
    officialDate: null,
    statusSince: '2024-01-01',
  });
  // T: in cell X from 2012, moved to cell Y on 2020-06-01.
  const tm = await addMember(cellX.id, {
    fullName: 'Tạ Văn Tâm',
    birthDate: '1985-05-05',
    admissionDate: '2012-01-01',
    officialDate: '2013-01-01',
  });
  const moved = await agent.post(`/api/members/${tm.id}/move`, {
    unitId: cellY.id,
    effectiveOn: '2020-06-01',
    version: tm.version,
  });
  expect(moved.statusCode, moved.body).toBe(200);
});
afterAll(() => t.close());

interface Stats {
  total: number;
  asOf: string;
  [breakdown: string]: unknown;
}
const stats = async (unitId: string, asOf?: string): Promise<Stats> => {
  const res = await agent.get(`/api/members/statistics?unitId=${unitId}${asOf ? `&asOf=${asOf}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Stats;
};
const counts = (s: Stats, key: string) =>
  Object.fromEntries(
    (s[key] as { key: string | null; count: number }[]).map((r) => [String(r.key), r.count]),
  );

describe('member statistics of a subtree', () => {
  it('counts today’s active members by every breakdown', async () => {
    const s = await stats(unit.root);
    expect(s.asOf).toBe(todayIso());
    expect(s.total).toBe(3);
    expect(counts(s, 'byStatus')).toEqual({ official: 3 });
    expect(counts(s, 'bySex')).toEqual({ male: 2, female: 1 });
    expect(counts(s, 'byEthnicity')).toEqual({ '01': 2, '03': 1 });
    expect(counts(s, 'byTheoryLevel')).toEqual({ advanced: 1, null: 2 });
    expect(counts(s, 'byProfessionalDegree')).toEqual({ doctor: 1, null: 2 });
    const sum = (key: string) => Object.values(counts(s, key)).reduce((a, b) => a + b, 0);
    for (const key of ['byAgeBand', 'byPartyAgeBand', 'bySex', 'byEthnicity']) expect(sum(key), key).toBe(3);
  });

  it('as of a past date: status, age and party age on that date', async () => {
    const s = await stats(unit.root, '2010-06-01');
    expect(s.total).toBe(2);
    expect(counts(s, 'byStatus')).toEqual({ probationary: 1, official: 1 });
    expect(counts(s, 'byAgeBand')).toEqual({ '30_40': 1, '51_60': 1 });
    expect(counts(s, 'byPartyAgeBand')).toEqual({ under_10: 1, '30_39': 1 });
  });

  it('as of a date: members by their unit then, and the tree as it stood then', async () => {
    expect((await stats(unit.partial, '2017-01-01')).total).toBe(1);
    expect((await stats(unit.partial, '2019-01-01')).total).toBe(0);
    expect((await stats(unit.cellX, '2019-01-01')).total).toBe(3);
    expect((await stats(unit.cellX, '2021-06-01')).total).toBe(1);
    expect((await stats(unit.cellY, '2021-06-01')).total).toBe(2);
    expect((await stats(unit.root, '1999-12-31')).total).toBe(0);
  });

  it('as of today agrees with today’s figures', async () => {
    const { asOf: _a, ...current } = await stats(unit.root);
    const { asOf: _b, ...asOfToday } = await stats(unit.root, todayIso());
    expect(asOfToday).toEqual(current);
  });
});
