import { inArray, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { units } from './schema';

/**
 * SQL condition for the documents module: the unit in `unitId` lies inside one of `paths` or above one of
 * them (a registry sees its own subtree's issuers and the committees above it, which send it documents).
 */
export function unitNearPaths(unitId: SQLWrapper, paths: readonly string[]): SQL {
  if (paths.length === 0) return sql`false`;
  const list = sql`array[${sql.join(
    paths.map((p) => sql`${p}`),
    sql`, `,
  )}]::ltree[]`;
  return sql`exists (select 1 from ${units} u where u.id = ${unitId} and (u.path <@ ${list} or u.path @> ${list}))`;
}

export async function unitNamesAndPaths(
  tx: Tx,
  ids: readonly string[],
): Promise<Map<string, { name: string; path: string; parentId: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: units.id, name: units.name, path: units.path, parentId: units.parentId })
    .from(units)
    .where(inArray(units.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}
