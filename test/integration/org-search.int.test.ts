import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitSearchHit } from '../../src/contracts/units';
import type { Agent, TestApp } from '../harness';
import { createTestApp } from '../harness';
import { found, signedIn } from './org-world';

let t: TestApp;
const u = {} as Record<'H' | 'P' | 'CA' | 'CB' | 'CP' | 'O' | 'OC', { id: string; name: string }>;
let committee: Agent;
let secretary: Agent;
let outsider: Agent;

const db = () => t.database.db;

beforeAll(async () => {
  t = await createTestApp();
  const since = '2010-01-01';
  u.H = await found(db(), null, 'grassroots', 'Đảng bộ Trường Đại học', since);
  u.P = await found(db(), u.H.id, 'partial', 'Đảng bộ bộ phận Khối Kỹ thuật', since);
  u.CA = await found(db(), u.H.id, 'cell', 'Chi bộ Hành chính', since);
  u.CB = await found(db(), u.H.id, 'cell', 'Chi bộ Đào tạo', since);
  u.CP = await found(db(), u.P.id, 'cell', 'Chi bộ Khoa Điện', since);
  u.O = await found(db(), null, 'grassroots', 'Đảng bộ Bệnh viện', since);
  u.OC = await found(db(), u.O.id, 'cell', 'Chi bộ Khoa Nội', since);
  committee = await signedIn(t, 's-committee', [{ role: 'committee', unitId: u.H.id }]);
  secretary = await signedIn(t, 's-secretary', [{ role: 'cell_secretary', unitId: u.CA.id }]);
  outsider = await signedIn(t, 's-outsider', [{ role: 'committee', unitId: u.O.id }]);
});
afterAll(() => t.close());

async function search(agent: Agent, query: string): Promise<UnitSearchHit[]> {
  const res = await agent.get(`/api/units/search?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}
const names = (hits: UnitSearchHit[]) => hits.map((h) => h.name);

describe('finding a unit by name', () => {
  it('matches without tone marks, at any depth, with the parent named', async () => {
    const hits = await search(committee, 'q=khoa%20dien');
    expect(names(hits)).toEqual(['Chi bộ Khoa Điện']);
    expect(hits[0]).toMatchObject({
      parentId: u.P.id,
      parentName: 'Đảng bộ bộ phận Khối Kỹ thuật',
      kind: 'cell',
    });
    expect(names(await search(committee, 'q=%C4%90%C3%80O'))).toEqual(['Chi bộ Đào tạo']);
  });

  it('finds only inside the reader scope', async () => {
    expect(names(await search(committee, 'q=khoa'))).toEqual(['Chi bộ Khoa Điện']);
    expect(names(await search(outsider, 'q=khoa'))).toEqual(['Chi bộ Khoa Nội']);
    expect(names(await search(secretary, 'q=chi%20bo'))).toEqual(['Chi bộ Hành chính']);
  });

  it('narrows to a subtree, in the tree name order', async () => {
    expect(names(await search(committee, `q=chi%20bo&within=${u.P.id}`))).toEqual(['Chi bộ Khoa Điện']);
    const all = names(await search(committee, 'q=dang%20bo'));
    expect(all).toEqual(['Đảng bộ bộ phận Khối Kỹ thuật', 'Đảng bộ Trường Đại học']);
  });

  it('treats % and _ as letters, and refuses an empty query or a unit out of reach', async () => {
    expect(await search(committee, 'q=%25')).toEqual([]);
    expect(await search(committee, 'q=_')).toEqual([]);
    const empty = await committee.get('/api/units/search?q=%20');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toMatch(/q|Tìm/i);
    const foreign = await committee.get(`/api/units/search?q=chi&within=${u.OC.id}`);
    expect(foreign.statusCode).toBe(404);
  });
});
