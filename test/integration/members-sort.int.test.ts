import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareVietnameseNames } from '../../src/domain/name-sort';
import { vietnameseName } from '../arbitraries/vietnamese-names';
import { makeUnit } from '../factories';
import type { Agent } from '../harness';
import { makeMembers } from '../member-factory';
import { createWorldApp, type WorldApp } from '../world-app';

/**
 * The register lists people in Vietnamese name order (given, middle, family; DOMAIN.md §11) through the
 * application-computed sort key; the database compares it byte by byte on both engines. The oracle is
 * Intl.Collator('vi') applied part by part, ties broken by id as the API does.
 */

let t: WorldApp;
let admin: Agent;

beforeAll(async () => {
  t = await createWorldApp();
  admin = t.admin;
});
afterAll(() => t.close());

interface Row {
  id: string;
  fullName: string;
}

const expectedOrder = (rows: readonly Row[]) =>
  [...rows].sort(
    (a, b) => compareVietnameseNames(a.fullName, b.fullName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

/** Every page of the unit's list, following the cursors; each page must report the same total. */
async function pageThrough(unitId: string, limit: number): Promise<Row[]> {
  const seen: Row[] = [];
  let cursor: string | null = null;
  let total: number | null = null;
  for (let pages = 0; pages < 10_000; pages++) {
    const url = `/api/members?unitId=${unitId}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await admin.get(url);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const page = res.json() as { items: Row[]; nextCursor: string | null; total: number };
    total ??= page.total;
    expect(page.total).toBe(total);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    seen.push(...page.items.map(({ id, fullName }) => ({ id, fullName })));
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  expect(seen).toHaveLength(total ?? 0);
  return seen;
}

describe('Vietnamese name order of the member list', () => {
  it('pages thousands of random names in the order of Intl.Collator("vi")', async () => {
    const cell = await makeUnit(t.database.db, t.world.root.id, 'cell', 'Chi bộ Thứ tự');
    const names = fc.sample(vietnameseName, { numRuns: 3000, seed: 20_240_519 });
    // Names that differ only in tone placement, a tone, a letter mark or case, and exact duplicates.
    names.push('Nguyễn Thị Hòa', 'Nguyễn Thị Hoà', 'Nguyễn Thị Hoa', 'Nguyễn Thị Hóa', 'Nguyễn Thị Hoá');
    names.push('Trần Văn An', 'Trần Văn Ân', 'Trần Văn Ăn', 'trần văn an', 'Trần Văn An', 'Đỗ An', 'Do An');
    const rows = await makeMembers(t.database.db, cell.id, names);
    const listed = await pageThrough(cell.id, 37);
    expect(listed.map((r) => r.id)).toEqual(expectedOrder(rows).map((r) => r.id));
  });

  it('holds for random small batches and page sizes (property)', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(vietnameseName, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 6 }),
        async (names, limit) => {
          const cell = await makeUnit(t.database.db, t.world.root.id, 'cell', `Chi bộ Ngẫu nhiên ${++run}`);
          const rows = await makeMembers(t.database.db, cell.id, names);
          const listed = await pageThrough(cell.id, limit);
          expect(listed.map((r) => r.id)).toEqual(expectedOrder(rows).map((r) => r.id));
        },
      ),
      { numRuns: 25, seed: 42 },
    );
  });

  it('keeps its place across a long name whose key does not fit a cursor', async () => {
    const cell = await makeUnit(t.database.db, t.world.root.id, 'cell', 'Chi bộ Tên dài');
    const long = `Nguyễn ${'Thị Thuỷ Hằng '.repeat(12)}Anh`;
    const rows = await makeMembers(t.database.db, cell.id, [
      long,
      `${long} Bá`,
      'Lê Anh',
      'Lê Ánh',
      'Lê Bình',
    ]);
    const listed = await pageThrough(cell.id, 1);
    expect(listed.map((r) => r.id)).toEqual(expectedOrder(rows).map((r) => r.id));
  });
});
