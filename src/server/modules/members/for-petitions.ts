import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { members } from './schema';

/** What petitions read of the register (they never read the members tables themselves). */
export interface PetitionMember {
  id: string;
  unitId: string;
  fullName: string;
}

/** The member record of a signed-in user, if any. */
export async function petitionMemberOfUser(tx: Tx, userId: string): Promise<PetitionMember | null> {
  const [row] = await tx
    .select({ id: members.id, unitId: members.unitId, fullName: members.fullName })
    .from(members)
    .where(eq(members.userId, userId))
    .limit(1);
  return row ?? null;
}

/** The user who signs in as the member, if any (to tell them about their petition). */
export async function userOfMember(tx: Tx, memberId: string): Promise<string | null> {
  const [row] = await tx
    .select({ userId: members.userId })
    .from(members)
    .where(eq(members.id, memberId))
    .limit(1);
  return row?.userId ?? null;
}

/** Member names as a row source `(id, full_name)` to join in petition reads. */
export const petitionMemberNames = sql`(select m.id, m.full_name from ${members} m)`;
