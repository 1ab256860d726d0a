import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { members } from './schema';

/** Statuses of members called to their cell's meetings (exempted ones are listed, marked as exempted). */
export const calledStatuses = ['probationary', 'official', 'exempted'] as const;

export interface RosterMember {
  id: string;
  fullName: string;
  status: string;
  userId: string | null;
  unitId: string;
}

const rosterColumns = {
  id: members.id,
  fullName: members.fullName,
  status: members.status,
  userId: members.userId,
  unitId: members.unitId,
};

/** The members a unit holds today (its party groups' included), in Vietnamese name order. */
export async function membersCalledIn(tx: Tx, unitPath: string): Promise<RosterMember[]> {
  return tx
    .select(rosterColumns)
    .from(members)
    .where(and(sql`${members.unitPath} <@ ${unitPath}::ltree`, inArray(members.status, [...calledStatuses])))
    .orderBy(asc(members.sortKey), asc(members.id));
}

/** Members by id, whatever their unit, in Vietnamese name order. */
export async function rosterMembersByIds(tx: Tx, ids: readonly string[]): Promise<RosterMember[]> {
  if (ids.length === 0) return [];
  return tx
    .select(rosterColumns)
    .from(members)
    .where(inArray(members.id, [...new Set(ids)]))
    .orderBy(asc(members.sortKey), asc(members.id));
}

/** The member record of a signed-in user, if any. */
export async function memberOfUser(tx: Tx, userId: string): Promise<RosterMember | null> {
  const [row] = await tx.select(rosterColumns).from(members).where(eq(members.userId, userId)).limit(1);
  return row ?? null;
}
