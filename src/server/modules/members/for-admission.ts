import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { members } from './schema';

/**
 * What the admission pipeline reads of the register (it never reads the `members` table itself): the
 * candidate's facts, the introducers' standing, and a subquery of placements to filter its cases by scope.
 */
export interface PersonFacts {
  id: string;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
  generalEducation: string | null;
  job: string | null;
  status: (typeof members.$inferSelect)['status'];
  officialDate: string | null;
  statusSince: string;
  unitId: string;
  unitPath: string;
  userId: string | null;
  version: number;
}

const factColumns = {
  id: members.id,
  fullName: members.fullName,
  birthDate: members.birthDate,
  sex: members.sex,
  generalEducation: members.generalEducation,
  job: members.job,
  status: members.status,
  officialDate: members.officialDate,
  statusSince: members.statusSince,
  unitId: members.unitId,
  unitPath: members.unitPath,
  userId: members.userId,
  version: members.version,
};

export async function personFacts(tx: Tx, ids: readonly string[]): Promise<Map<string, PersonFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select(factColumns)
    .from(members)
    .where(inArray(members.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function personFact(tx: Tx, id: string): Promise<PersonFacts | null> {
  const [row] = await tx.select(factColumns).from(members).where(eq(members.id, id)).limit(1);
  return row ?? null;
}

/** Member id, name, birth date, unit and unit path of every member, as a subquery to join on. */
export const memberPlacements = (tx: Tx) =>
  tx
    .select({
      memberId: members.id,
      fullName: members.fullName,
      sortKey: members.sortKey,
      birthDate: members.birthDate,
      unitId: members.unitId,
      unitPath: members.unitPath,
    })
    .from(members)
    .as('placement');
