import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { type Db, queryRows } from '../src/server/db/client';

interface CountRow {
  unit_id: string;
  status: string;
  n: number;
}

/** Counts every unit's subtree from the member rows themselves, the slow way the triggers replace. */
async function countedFromRows(db: Db): Promise<CountRow[]> {
  return queryRows<CountRow>(
    db,
    sql`select u.id::text as unit_id, m.status, count(*)::int as n
      from org_units u join members m on m.unit_path <@ u.path
      group by 1, 2 order by 1, 2`,
  );
}

/** The maintained subtree counts equal counting the rows (zero rows left by moves are not counts). */
export async function expectMemberCountsConsistent(db: Db): Promise<void> {
  const kept = await queryRows<CountRow>(
    db,
    sql`select unit_id::text as unit_id, status, n from member_subtree_counts where n <> 0 order by 1, 2`,
  );
  const expected = await countedFromRows(db);
  expect(expected.length).toBeGreaterThan(0);
  expect(kept).toEqual(expected);
}

/** The kept name suffixes equal those drawn from the member rows as they are now. */
export async function expectNameSuffixesConsistent(db: Db): Promise<void> {
  const columns = sql`member_id::text as member_id, suffix, sort_key, unit_path::text as unit_path,
    user_id::text as user_id, status`;
  const kept = await queryRows(db, sql`select ${columns} from member_name_suffixes order by 1, 2`);
  const expected = await queryRows(
    db,
    sql`select ${columns} from (select m.id as member_id, x.suffix, m.sort_key, m.unit_path, m.user_id, m.status
      from members m, dangbo_name_suffixes(m.full_name) as x(suffix)) d order by 1, 2`,
  );
  expect(expected.length).toBeGreaterThan(0);
  expect(kept).toEqual(expected);
}
