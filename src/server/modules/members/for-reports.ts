import { type SQL, sql } from 'drizzle-orm';
import type { MemberCounts } from '../../../contracts/units';
import type { Tx } from '../../db/client';
import { subtreeMemberCounts, subtreeMemberCountsAsOf } from './counts';

/**
 * What periodic reports read of the register (they never read the members tables themselves): the members of
 * a subtree on a day, and those made official within a date range.
 */

/**
 * Members of the unit's subtree by status on `day`: today's from the kept counts (as the organisation tree and
 * the statistics panel show them), an earlier day's "as of" it (the statistics panel's `asOf`). A day after
 * today is answered with today's figures: nothing is known of the future.
 */
export async function memberCountsOn(
  tx: Tx,
  unit: { id: string; path: string },
  day: string,
  today: string,
): Promise<MemberCounts> {
  const counts =
    day >= today
      ? (await subtreeMemberCounts(tx, [unit.path])).get(unit.path)
      : (await subtreeMemberCountsAsOf(tx, [unit.id], day)).get(unit.id);
  return counts ?? { official: 0, probationary: 0, exempted: 0, candidate: 0, total: 0 };
}

/**
 * A one-row query (run by the reports module with the other modules' in one statement). `officialized`:
 * members of the subtree (where the register places them today) who became official within `from`..`to` — an
 * `official` status event in the range after a `probationary` one, and no earlier `official` one (the end of
 * an exemption writes `official` again and is not counted).
 */
export const madeOfficialRow = (path: string, from: string, to: string): SQL =>
  sql`select count(distinct e.member_id)::int as officialized
    from member_status_events e
    join members m on m.id = e.member_id
    where m.unit_path <@ ${path}::ltree
      and e.status = 'official' and e.effective_on between ${from}::date and ${to}::date
      and exists (select 1 from member_status_events p where p.member_id = e.member_id
        and p.status = 'probationary' and p.effective_on <= e.effective_on)
      and not exists (select 1 from member_status_events o where o.member_id = e.member_id
        and o.status = 'official' and o.effective_on < e.effective_on)`;
