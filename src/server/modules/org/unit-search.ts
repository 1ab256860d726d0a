import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { UnitSearchHit } from '../../../contracts/units';
import { fold } from '../../../domain/text';
import type { Tx } from '../../db/client';
import { type Grant, scopeFor } from '../../platform/access/grants';
import { inScope } from '../../platform/access/scope-sql';
import { currentColumns, presentUnits } from './queries';
import { units } from './schema';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * Active units whose folded name holds the folded query, inside the read scope and, with `withinPath`, in
 * that subtree, in name order. A rare name is found through the trigram index; a common one ("chi bo") by
 * walking the name-order index until the page is full, so neither reads the whole national tree.
 */
export async function searchUnits(
  tx: Tx,
  grants: readonly Grant[],
  options: { q: string; withinPath?: string; limit: number },
): Promise<UnitSearchHit[]> {
  const folded = fold(options.q);
  if (!folded) return [];
  const parent = alias(units, 'parent');
  const conditions: SQL[] = [
    inScope(units.path, scopeFor(grants, 'read')),
    isNull(units.dissolvedOn),
    sql`dangbo_fold(${units.name}) like ${`%${escapeLike(folded)}%`}`,
  ];
  if (options.withinPath) conditions.push(sql`${units.path} <@ ${options.withinPath}::ltree`);
  const rows = await tx
    .select({ ...currentColumns(false), parentName: parent.name })
    .from(units)
    .leftJoin(parent, eq(parent.id, units.parentId))
    .where(and(...conditions))
    .orderBy(asc(units.sortKey), asc(units.id))
    .limit(options.limit);
  const presented = await presentUnits(tx, rows, grants);
  return presented.map((unit, index) => ({ ...unit, parentName: rows[index]?.parentName ?? null }));
}
