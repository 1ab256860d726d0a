import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearsBefore } from '../../src/domain/member-bands';
import { todayIso } from '../../src/server/modules/org/calendar';
import { makeUnit, PASSWORD } from '../factories';
import { Agent } from '../harness';
import { makeMember } from '../member-factory';
import { createWorldApp, type WorldApp } from '../world-app';

let t: WorldApp;
const agents: Record<string, Agent> = {};
const ids: Record<string, string> = {};

const today = todayIso();
const bornYearsAgo = (years: number) => yearsBefore(today, years);

beforeAll(async () => {
  t = await createWorldApp();
  for (const who of ['committee', 'secretary', 'member', 'outsider', 'viewer']) {
    agents[who] = new Agent(t.app);
    expect((await agents[who].login(`w-${who}`, PASSWORD)).statusCode).toBe(200);
  }
  const db = t.database.db;
  const { cellA, cellB, otherCell } = t.world;
  const group = await makeUnit(db, cellA.id, 'party_group', 'Tổ đảng A1');
  const add = async (key: string, unitId: string, seed: Parameters<typeof makeMember>[2]) => {
    ids[key] = (await makeMember(db, unitId, seed)).id;
  };
  await add('dung', cellA.id, {
    fullName: 'Phan Xuân Dũng',
    citizenId: '001080012345',
    cardNumber: '98765432',
    phone: '0912.345.678',
    birthDate: bornYearsAgo(45),
    professionalDegree: 'doctor',
    theoryLevel: 'advanced',
  });
  await add('hoaGrave', cellA.id, {
    fullName: 'Nguyễn Thị Hòa',
    sex: 'female',
    birthDate: bornYearsAgo(25),
    status: 'probationary',
    officialDate: null,
    ethnicityCode: '02',
  });
  await add('hoaAcute', group.id, {
    fullName: 'Trần Thị Hoà',
    sex: 'female',
    birthDate: bornYearsAgo(75),
    theoryLevel: 'advanced',
  });
  await add('duc', cellB.id, {
    fullName: 'Đặng Văn Đức',
    birthDate: bornYearsAgo(30),
    ethnicityCode: '02',
    professionalDegree: 'master',
  });
  await add('candidate', cellB.id, {
    fullName: 'Lương Minh Hoa',
    status: 'candidate',
    admissionDate: null,
    officialDate: null,
    birthDate: bornYearsAgo(22),
  });
  await add('outside', otherCell.id, { fullName: 'Phan Xuân Dũng', birthDate: bornYearsAgo(50) });
});
afterAll(() => t.close());

interface Page {
  items: { id: string; fullName: string }[];
  total: number;
}
const list = async (who: string, query: string): Promise<Page> => {
  const res = await agents[who]?.get(`/api/members?limit=200&${query}`);
  expect(res?.statusCode, res?.body).toBe(200);
  return res?.json() as Page;
};
const found = async (who: string, query: string) =>
  (await list(who, query)).items.map((m) => Object.entries(ids).find(([, id]) => id === m.id)?.[0]).sort();
const q = (text: string) => `q=${encodeURIComponent(text)}`;

describe('search box (folded text)', () => {
  it.each([
    'phan xuan dung',
    'phan xuân dung',
    'Phan Xuân Dũng',
    'PHAN XUAN DUNG',
    '  phan   xuan  dung ',
    'xuan dung',
    'phan xuan du',
    'Phan Xuân D',
  ])('"%s" finds Phan Xuân Dũng', async (text) => {
    expect(await found('committee', q(text))).toEqual(['dung']);
  });

  it('treats the two spellings of a tone mark alike, both ways, and ignores tones', async () => {
    const all = ['candidate', 'hoaAcute', 'hoaGrave'];
    expect(await found('committee', q('Hoà'))).toEqual(all);
    expect(await found('committee', q('Hòa'))).toEqual(all);
    expect(await found('committee', q('hoa'))).toEqual(all);
    expect(await found('committee', q('thi hoà'))).toEqual(['hoaAcute', 'hoaGrave']);
  });

  it('maps đ to d', async () => {
    expect(await found('committee', q('dang van duc'))).toEqual(['duc']);
    expect(await found('committee', q('Đặng Văn Đức'))).toEqual(['duc']);
    expect(await found('committee', q('đức'))).toEqual(['duc']);
  });

  it('finds a citizen ID by a part of it, a card number, and a phone whatever its punctuation', async () => {
    expect(await found('committee', q('0800123'))).toEqual(['dung']);
    expect(await found('committee', q('98765432'))).toEqual(['dung']);
    expect(await found('committee', q('0912345678'))).toEqual(['dung']);
    expect(await found('committee', q('0912 345 678'))).toEqual(['dung']);
    expect(await found('committee', q('345.678'))).toEqual(['dung']);
  });

  it('treats LIKE wildcards in the input as text', async () => {
    expect(await found('committee', q('%'))).toEqual([]);
    expect(await found('committee', q('_'))).toEqual([]);
  });
});

describe('filters', () => {
  it('filters by subtree, status, sex, age band, ethnicity, degree and theory level', async () => {
    const { root, cellA, cellB } = t.world;
    expect(await found('committee', `unitId=${cellA.id}`)).toEqual(['dung', 'hoaAcute', 'hoaGrave']);
    expect(await found('committee', `unitId=${cellB.id}`)).toEqual(['candidate', 'duc']);
    expect(await found('committee', `unitId=${root.id}&status=candidate`)).toEqual(['candidate']);
    expect(await found('committee', 'status=official&status=probationary')).toEqual([
      'duc',
      'dung',
      'hoaAcute',
      'hoaGrave',
    ]);
    expect(await found('committee', 'sex=female')).toEqual(['hoaAcute', 'hoaGrave']);
    expect(await found('committee', 'ageBand=under_30')).toEqual(['candidate', 'hoaGrave']);
    expect(await found('committee', 'ageBand=30_40')).toEqual(['duc']);
    expect(await found('committee', 'ageBand=41_50')).toEqual(['dung']);
    expect(await found('committee', 'ageBand=over_70')).toEqual(['hoaAcute']);
    expect(await found('committee', 'ethnicityCode=02')).toEqual(['duc', 'hoaGrave']);
    expect(await found('committee', 'professionalDegree=doctor')).toEqual(['dung']);
    expect(await found('committee', 'theoryLevel=advanced&sex=male')).toEqual(['dung']);
    expect(await found('committee', `${q('hoa')}&sex=female&unitId=${cellA.id}`)).toEqual([
      'hoaAcute',
      'hoaGrave',
    ]);
  });

  it('rejects an unknown filter value with 400 naming it', async () => {
    const res = await agents.committee?.get('/api/members?ageBand=young');
    expect(res?.statusCode).toBe(400);
    expect(res?.json().field).toBe('ageBand');
  });
});

describe('paging a search', () => {
  it('pages a name search and a number search by cursor, each page in name order, the total on every page', async () => {
    for (const query of [q('thi'), q('d'), q('0')]) {
      const whole = await list('committee', query);
      expect(whole.total, query).toBeGreaterThan(1);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await agents.committee?.get(
          `/api/members?${query}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(res?.statusCode, res?.body).toBe(200);
        const page = res?.json() as Page & { nextCursor: string | null };
        expect(page.total, query).toBe(whole.total);
        seen.push(...page.items.map((m) => m.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen, query).toEqual(whole.items.map((m) => m.id));
    }
  });
});

describe('bad list input', () => {
  it('answers 400 naming the field for a broken cursor or an over-long search', async () => {
    const forged = Buffer.from(JSON.stringify(['abc', 'not-a-uuid'])).toString('base64url');
    for (const query of ['cursor=not-a-cursor', `cursor=${forged}`, `q=${'a'.repeat(201)}`, 'limit=0']) {
      const res = await agents.committee?.get(`/api/members?${query}`);
      expect(res?.statusCode, query).toBe(400);
      expect(res?.json().field, query).toBe(query.split('=')[0]);
    }
  });
});

describe('facets', () => {
  const facetsOf = async (who: string, query: string) => {
    const res = await agents[who]?.get(`/api/members/facets?${query}`);
    expect(res?.statusCode, res?.body).toBe(200);
    return res?.json() as Record<string, { key: string | null; count: number }[]> & { total: number };
  };
  const countOf = (rows: { key: string | null; count: number }[] | undefined, key: string | null) =>
    rows?.find((r) => r.key === key)?.count ?? 0;

  it('counts each value of a filter with the other filters applied', async () => {
    const facets = await facetsOf('committee', 'sex=female');
    expect(facets.total).toBe(2);
    // The sex facet ignores the sex filter itself …
    expect(countOf(facets.sex, 'female')).toBe(2);
    expect(countOf(facets.sex, 'male')).toBe(3);
    // … the others apply it.
    expect(countOf(facets.status, 'official')).toBe(1);
    expect(countOf(facets.status, 'probationary')).toBe(1);
    expect(countOf(facets.ageBand, 'over_70')).toBe(1);
    expect(countOf(facets.ageBand, 'under_30')).toBe(1);
    expect(countOf(facets.ethnicityCode, '02')).toBe(1);
    expect(countOf(facets.theoryLevel, 'advanced')).toBe(1);
    expect(countOf(facets.theoryLevel, null)).toBe(1);
  });

  it('agrees with the list total for every value it offers', async () => {
    const base = `unitId=${t.world.root.id}&status=official&status=probationary`;
    const facets = await facetsOf('committee', base);
    for (const key of ['sex', 'ageBand', 'ethnicityCode', 'professionalDegree', 'theoryLevel', 'status']) {
      for (const row of facets[key] ?? []) {
        if (row.key === null) continue;
        const query =
          key === 'status' ? `unitId=${t.world.root.id}&status=${row.key}` : `${base}&${key}=${row.key}`;
        expect((await list('committee', query)).total, `${key}=${row.key}`).toBe(row.count);
      }
    }
    expect(facets.total).toBe((await list('committee', base)).total);
  });
});

describe('subtree access in lists and counts', () => {
  it('shows an outsider nothing of this committee and 404 for its units', async () => {
    expect(await found('outsider', q('phan xuan dung'))).toEqual(['outside']);
    expect((await list('outsider', '')).total).toBe(1);
    for (const url of [
      `/api/members?unitId=${t.world.root.id}`,
      `/api/members/facets?unitId=${t.world.root.id}`,
      `/api/members/statistics?unitId=${t.world.root.id}`,
    ]) {
      const res = await agents.outsider?.get(url);
      expect(res?.statusCode, url).toBe(404);
      expect(res?.json().field).toBe('unitId');
    }
    expect((await agents.outsider?.get('/api/members/facets'))?.json().total).toBe(1);
  });

  it('shows a cell secretary only their cell, in the list and in the counts', async () => {
    expect(await found('secretary', '')).toEqual(['dung', 'hoaAcute', 'hoaGrave']);
    expect((await list('secretary', '')).total).toBe(3);
    expect(await found('secretary', q('hoa'))).toEqual(['hoaAcute', 'hoaGrave']);
    const facets = (await agents.secretary?.get('/api/members/facets'))?.json();
    expect(facets.total).toBe(3);
    expect(facets.sex.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(3);
    expect((await agents.secretary?.get(`/api/members?unitId=${t.world.cellB.id}`))?.statusCode).toBe(404);
    expect(
      (await agents.secretary?.get(`/api/members/statistics?unitId=${t.world.cellB.id}`))?.statusCode,
    ).toBe(404);
  });

  it('lets a reader of the committee see all of it, and a member only their cell', async () => {
    expect((await list('viewer', '')).total).toBe(5);
    expect((await list('member', '')).total).toBe(2);
    expect((await list('member', `unitId=${t.world.cellA.id}`)).total).toBe(2);
    const stats = await agents.member?.get(`/api/members/statistics?unitId=${t.world.cellA.id}`);
    expect(stats?.statusCode).toBe(403);
  });
});
