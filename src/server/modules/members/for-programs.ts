import { inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { members } from './schema';

export interface MemberPlace {
  id: string;
  fullName: string;
  unitId: string;
  unitPath: string;
  userId: string | null;
  status: string;
}

/** What the programs module reads of members it names on tasks and petitions: where they are, who signs in. */
export async function memberPlaces(tx: Tx, ids: readonly string[]): Promise<Map<string, MemberPlace>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({
      id: members.id,
      fullName: members.fullName,
      unitId: members.unitId,
      unitPath: members.unitPath,
      userId: members.userId,
      status: members.status,
    })
    .from(members)
    .where(inArray(members.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}
