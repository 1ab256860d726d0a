import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Writer } from '../../platform/mutate';
import { members, memberUnitHistory } from './schema';

/**
 * What the org module asks of the member register when the tree changes (it never touches these tables itself).
 */

/** A unit moved: members whose unit path lies under `oldPath` now lie under `newPath`. */
export async function repathMembers(tx: Tx, oldPath: string, newPath: string): Promise<void> {
  // subpath() refuses an empty remainder, so members of the moved unit itself take the new path whole.
  await tx.execute(sql`update members
    set unit_path = case when unit_path = ${oldPath}::ltree then ${newPath}::ltree
      else ${newPath}::ltree || subpath(unit_path, nlevel(${oldPath}::ltree)) end
    where unit_path <@ ${oldPath}::ltree`);
}

/**
 * A unit was merged into a successor: its current members move there on the effective date (their unit
 * history closes and reopens). Returns how many moved.
 */
export async function moveAllMembers(
  w: Writer,
  from: { unitId: string },
  to: { unitId: string; path: string },
  effectiveOn: string,
  reason: string,
): Promise<number> {
  const moved = await w.tx
    .update(members)
    .set({
      unitId: to.unitId,
      unitPath: to.path,
      version: sql`${members.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(members.unitId, from.unitId))
    .returning({ id: members.id });
  if (moved.length === 0) return 0;
  const ids = moved.map((m) => m.id);
  await w.tx
    .update(memberUnitHistory)
    .set({ toDate: effectiveOn })
    .where(and(inArray(memberUnitHistory.memberId, ids), isNull(memberUnitHistory.toDate)));
  await w.tx
    .insert(memberUnitHistory)
    .values(ids.map((memberId) => ({ memberId, unitId: to.unitId, fromDate: effectiveOn, reason })));
  return moved.length;
}

/** Names of members by id (office holders on unit pages). */
export async function memberNames(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: members.id, fullName: members.fullName })
    .from(members)
    .where(inArray(members.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.fullName]));
}
