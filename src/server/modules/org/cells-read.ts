import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { units } from './schema';

/** The active cells (chi bộ) of a subtree, in Vietnamese name order (admission targets are set per cell). */
export async function activeCellsUnder(tx: Tx, path: string) {
  return tx
    .select({ id: units.id, name: units.name, path: units.path })
    .from(units)
    .where(and(sql`${units.path} <@ ${path}::ltree`, eq(units.kind, 'cell'), isNull(units.dissolvedOn)))
    .orderBy(asc(units.sortKey), asc(units.id))
    .limit(2000);
}
