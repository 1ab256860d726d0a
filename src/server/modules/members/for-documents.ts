import { eq, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { calledStatuses } from './for-meetings';
import { members } from './schema';

/**
 * What the study of documents reads of the register (it never reads the `members` table itself): the members
 * a unit calls today — the same statuses as a cell meeting's roster (probationary, official, exempted) — as a
 * row source `(member_id, user_id)` for the dashboard's grouped counts. `unitPath` is an SQL ltree value.
 */
export const calledMembersUnder = (unitPath: SQL): SQL =>
  sql`(select m.id as member_id, m.user_id from ${members} m where m.unit_path <@ ${unitPath} and m.status in (${sql.join(
    calledStatuses.map((s) => sql`${s}`),
    sql`, `,
  )}))`;

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
