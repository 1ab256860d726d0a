import { eq, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { calledStatuses } from './for-meetings';
import { memberSubtreeCounts, members } from './schema';

/**
 * What the study of documents reads of the register (it never reads the members tables itself). "Called" are
 * the members a unit calls to its meetings today: probationary, official and exempted (as `membersCalledIn`).
 */
const called = sql.join(
  calledStatuses.map((s) => sql`${s}`),
  sql`, `,
);

/** Row source `(member_id, user_id)`: the members the unit at `unitPath` (an SQL ltree) calls today. */
export const calledMembersUnder = (unitPath: SQL): SQL =>
  sql`(select m.id as member_id, m.user_id from ${members} m where m.unit_path <@ ${unitPath} and m.status in (${called}))`;

/** SQL: how many members the unit `unitId` calls today (its whole subtree), from the trigger-kept counts. */
export const calledCountOf = (unitId: SQL): SQL =>
  sql`(select coalesce(sum(k.n), 0)::int from ${memberSubtreeCounts} k where k.unit_id = ${unitId} and k.status in (${called}))`;

/** Row source `(member_id, unit_path)` of the members called today, to join by member id. */
export const calledMemberPlaces = sql`(select m.id as member_id, m.unit_path from ${members} m where m.status in (${called}))`;

/**
 * Row source `(member_id, unit_id)`: each called member with every unit on its path (its own and each
 * ancestor; labels are `u` + the unit id's hex digits), so a fact about a member (a read) finds the cell it
 * counts for by an equality join, not by a scan of the cell's members.
 */
export const calledMemberUnits = sql`(select m.id as member_id, substr(subpath(m.unit_path, g.i, 1)::text, 2)::uuid as unit_id
  from ${members} m cross join lateral generate_series(0, nlevel(m.unit_path) - 1) as g(i)
  where m.status in (${called}))`;

/** The member record of a signed-in user with its unit path, if any. */
export async function memberPlaceOfUser(
  tx: Tx,
  userId: string,
): Promise<{ id: string; unitId: string; unitPath: string } | null> {
  const [row] = await tx
    .select({ id: members.id, unitId: members.unitId, unitPath: members.unitPath })
    .from(members)
    .where(eq(members.userId, userId))
    .limit(1);
  return row ?? null;
}
