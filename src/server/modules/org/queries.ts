import { and, count, eq, type SQL, sql } from 'drizzle-orm';
import type { Unit } from '../../../contracts/units';
import type { Db, Tx } from '../../db/client';
import { type Grant, scopeFor } from '../../platform/access/grants';
import { inScope } from '../../platform/access/scope-sql';
import { decodeCursor, encodeCursor, pageTotal } from '../../platform/http/cursor';
import { unitPermissions } from './permissions';
import { units } from './schema';

// Correlated subqueries name the outer table explicitly: Drizzle renders a column of a single-table
// select without its table, which the inner FROM would capture.
const childCount = sql<number>`(select count(*)::int from org_units c where c.parent_id = org_units.id)`;

const unitColumns = {
  id: units.id,
  parentId: units.parentId,
  kind: units.kind,
  name: units.name,
  code: units.code,
  level: units.level,
  version: units.version,
  path: units.path,
  childCount,
};

type UnitRow = Omit<Unit, 'canEdit' | 'canAddChild'> & { path: string };

export function presentUnit({ path, ...unit }: UnitRow, grants: readonly Grant[]): Unit {
  return { ...unit, ...unitPermissions(grants, path) };
}

export async function findUnit(db: Tx, id: string): Promise<UnitRow | null> {
  const [row] = await db.select(unitColumns).from(units).where(eq(units.id, id)).limit(1);
  return row ?? null;
}

/**
 * Children of a unit (or, without a parent, the top units of the scope), inside the read scope, ordered by
 * name then id and paginated by that key.
 */
export async function listUnits(
  db: Db,
  grants: readonly Grant[],
  options: { parentId?: string; limit: number; cursor?: string },
): Promise<{ items: Unit[]; nextCursor: string | null; total: number }> {
  const scope = scopeFor(grants, 'read');
  const conditions: SQL[] = [inScope(units.path, scope)];
  if (options.parentId) {
    conditions.push(eq(units.parentId, options.parentId));
  } else {
    const tops = [...scope.subtrees, ...scope.exact];
    // Top units: those held directly, unless they already lie under another unit the user reaches.
    conditions.push(
      tops.length === 0
        ? sql`false`
        : sql`${units.path} = any(array[${sql.join(
            tops.map((p) => sql`${p}`),
            sql`, `,
          )}]::ltree[])`,
    );
    const covering = scope.subtrees;
    if (covering.length > 0) {
      conditions.push(
        sql`not exists (select 1 from unnest(array[${sql.join(
          covering.map((p) => sql`${p}`),
          sql`, `,
        )}]::ltree[]) as a(p)
             where ${units.path} <@ a.p and ${units.path} <> a.p)`,
      );
    }
  }
  const where = and(...conditions);
  const after = decodeCursor(options.cursor, 2);
  const pageWhere = after
    ? and(where, sql`(${units.name}, ${units.id}) > (${after[0]}, ${after[1]}::uuid)`)
    : where;
  const rows = await db
    .select(unitColumns)
    .from(units)
    .where(pageWhere)
    .orderBy(units.name, units.id)
    .limit(options.limit + 1);
  const total = await pageTotal(!after, rows.length, options.limit, async () => {
    const [row] = await db.select({ n: count() }).from(units).where(where);
    return row?.n ?? 0;
  });
  const more = rows.length > options.limit;
  const items = rows.slice(0, options.limit);
  const last = items.at(-1);
  return {
    items: items.map((row) => presentUnit(row, grants)),
    nextCursor: more && last ? encodeCursor([last.name, last.id]) : null,
    total,
  };
}
