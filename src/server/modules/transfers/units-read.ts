import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { UnitKind } from '../../../contracts/units';
import { fold } from '../../../domain/text';
import type { Tx } from '../../db/client';
import { units } from '../org/schema';

/** The few facts of organisation units transfers need (read only; the org module owns the table). */
export interface TransferUnit {
  id: string;
  name: string;
  path: string;
  kind: UnitKind;
  parentId: string | null;
  dissolvedOn: string | null;
}

export async function transferUnit(tx: Tx, id: string): Promise<TransferUnit | null> {
  const [row] = await tx
    .select({
      id: units.id,
      name: units.name,
      path: units.path,
      kind: units.kind,
      parentId: units.parentId,
      dissolvedOn: units.dissolvedOn,
    })
    .from(units)
    .where(eq(units.id, id))
    .limit(1);
  return row ?? null;
}

/**
 * Active units a member can be sent to, found by name across the whole tree: a cell secretary sends members
 * to cells they cannot otherwise see, so only names (and the parent's) are given, never their contents.
 */
export async function destinationUnits(tx: Tx, q: string, limit = 20) {
  const parent = alias(units, 'parent');
  const folded = fold(q);
  return tx
    .select({ id: units.id, name: units.name, parentName: parent.name })
    .from(units)
    .leftJoin(parent, eq(parent.id, units.parentId))
    .where(
      and(
        isNull(units.dissolvedOn),
        folded ? sql`dangbo_fold(${units.name}) like ${`%${folded.replace(/[\\%_]/g, '\\$&')}%`}` : undefined,
      ),
    )
    .orderBy(asc(units.sortKey), asc(units.id))
    .limit(limit);
}
