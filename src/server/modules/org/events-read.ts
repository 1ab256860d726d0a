import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { UnitEvent } from '../../../contracts/units';
import type { Tx } from '../../db/client';
import { type Grant, scopeFor } from '../../platform/access/grants';
import { inScope } from '../../platform/access/scope-sql';
import { decodeCursor, encodeCursor, pageTotal } from '../../platform/http/cursor';
import { unitEvents, units } from './schema';

/**
 * Events of a unit, or with `subtree` of every unit below it that the user may read, newest first
 * (effective date, then recording time), paginated by that key.
 */
export async function listUnitEvents(
  tx: Tx,
  grants: readonly Grant[],
  unit: { id: string; path: string },
  options: { subtree?: boolean; limit: number; cursor?: string },
): Promise<{ items: UnitEvent[]; nextCursor: string | null; total: number }> {
  const where: SQL | undefined = options.subtree
    ? and(sql`${units.path} <@ ${unit.path}::ltree`, inScope(units.path, scopeFor(grants, 'read')))
    : eq(unitEvents.unitId, unit.id);
  const after = decodeCursor(options.cursor, 3);
  const pageWhere = after
    ? and(
        where,
        sql`(${unitEvents.effectiveOn}, ${unitEvents.createdAt}, ${unitEvents.id})
          < (${after[0]}::date, ${after[1]}::timestamptz, ${after[2]}::uuid)`,
      )
    : where;
  const rows = await tx
    .select({
      id: unitEvents.id,
      unitId: unitEvents.unitId,
      unitName: units.name,
      kind: unitEvents.kind,
      effectiveOn: unitEvents.effectiveOn,
      decisionRef: unitEvents.decisionRef,
      note: unitEvents.note,
      details: unitEvents.details,
      createdAt: unitEvents.createdAt,
      // The exact recording time (microseconds) keeps the cursor stable where a JS Date would round it.
      createdKey: sql<string>`${unitEvents.createdAt}::text`,
    })
    .from(unitEvents)
    .innerJoin(units, eq(units.id, unitEvents.unitId))
    .where(pageWhere)
    .orderBy(desc(unitEvents.effectiveOn), desc(unitEvents.createdAt), desc(unitEvents.id))
    .limit(options.limit + 1);
  const total = await pageTotal(!after, rows.length, options.limit, async () => {
    const [row] = await tx
      .select({ n: count() })
      .from(unitEvents)
      .innerJoin(units, eq(units.id, unitEvents.unitId))
      .where(where);
    return row?.n ?? 0;
  });
  const more = rows.length > options.limit;
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ createdKey: _key, createdAt, ...event }) => ({
      ...event,
      createdAt: createdAt.toISOString(),
    })),
    nextCursor: more && last ? encodeCursor([last.effectiveOn, last.createdKey, last.id]) : null,
    total,
  };
}
