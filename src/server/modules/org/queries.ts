import { and, count, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { MemberCounts, Unit } from '../../../contracts/units';
import { queryRows, type Tx } from '../../db/client';
import { type Grant, type Scope, scopeFor } from '../../platform/access/grants';
import { inScope } from '../../platform/access/scope-sql';
import { decodeCursor, encodeCursor, pageTotal } from '../../platform/http/cursor';
import { subtreeMemberCounts, subtreeMemberCountsAsOf } from '../members/counts';
import { todayIso } from './calendar';
import { unitPermissions } from './permissions';
import { units } from './schema';

/** A unit as a list shows it, before counts, flags and permissions are added. */
export interface UnitRow {
  id: string;
  parentId: string | null;
  kind: Unit['kind'];
  name: string;
  code: string;
  level: number;
  version: number;
  foundedOn: string | null;
  dissolvedOn: string | null;
  successorId: string | null;
  childCount: number;
  /** The path the subtree counts use (the unit's path on the date of the list). */
  path: string;
  /** Today's path, which decides what the user may do with the unit. */
  currentPath: string;
  sortKey: string;
}

export interface UnitListOptions {
  parentId?: string;
  asOf?: string;
  includeDissolved?: boolean;
  limit: number;
  cursor?: string;
}

type UnitPage = { items: Unit[]; nextCursor: string | null; total: number };

// Correlated subqueries name the outer table explicitly: Drizzle renders a column of a single-table
// select without its table, which the inner FROM would capture.
const childCount = (includeDissolved: boolean) =>
  includeDissolved
    ? sql<number>`(select count(*)::int from org_units c where c.parent_id = org_units.id)`
    : sql<number>`(select count(*)::int from org_units c
        where c.parent_id = org_units.id and c.dissolved_on is null)`;

export const currentColumns = (includeDissolved: boolean) => ({
  id: units.id,
  parentId: units.parentId,
  kind: units.kind,
  name: units.name,
  code: units.code,
  level: units.level,
  version: units.version,
  foundedOn: units.foundedOn,
  dissolvedOn: units.dissolvedOn,
  successorId: units.successorId,
  childCount: childCount(includeDissolved),
  path: units.path,
  currentPath: units.path,
  sortKey: units.sortKey,
});

const ltreeArray = (paths: readonly string[]) =>
  sql`array[${sql.join(
    paths.map((p) => sql`${p}`),
    sql`, `,
  )}]::ltree[]`;

/**
 * Top units of a scope: those held directly, unless they already lie under another unit the user reaches
 * (the condition is on `column`, today's path).
 */
function topsOfScope(column: SQL, scope: Scope): SQL {
  const tops = [...scope.subtrees, ...scope.exact];
  if (tops.length === 0) return sql`false`;
  const conditions = [sql`${column} = any(${ltreeArray(tops)})`];
  if (scope.subtrees.length > 0) {
    conditions.push(sql`not exists (select 1 from unnest(${ltreeArray(scope.subtrees)}) as a(p)
      where ${column} <@ a.p and ${column} <> a.p)`);
  }
  return sql.join(conditions, sql` and `);
}

/** Adds counts, flags and permissions to a page of units, with one query for each. */
export async function presentUnits(
  tx: Tx,
  rows: readonly UnitRow[],
  grants: readonly Grant[],
  asOf?: string,
): Promise<Unit[]> {
  if (rows.length === 0) return [];
  const date = asOf ?? todayIso();
  const countsById: Map<string, MemberCounts | undefined> = new Map();
  if (asOf) {
    const counts = await subtreeMemberCountsAsOf(
      tx,
      rows.map((r) => r.id),
      asOf,
    );
    for (const row of rows) countsById.set(row.id, counts.get(row.id));
  } else {
    const counts = await subtreeMemberCounts(
      tx,
      rows.map((r) => r.path),
    );
    for (const row of rows) countsById.set(row.id, counts.get(row.path));
  }
  const ended = await termsEndedOn(
    tx,
    rows.map((r) => r.id),
    date,
  );
  return rows.map(({ path: _path, currentPath, sortKey: _sortKey, ...row }) => {
    const counts = countsById.get(row.id) ?? {
      official: 0,
      probationary: 0,
      exempted: 0,
      candidate: 0,
      total: 0,
    };
    const exists = row.dissolvedOn === null || row.dissolvedOn > date;
    return {
      ...row,
      counts,
      flags: {
        fewOfficialMembers: exists && row.kind === 'cell' && counts.official < 3,
        termEnded: exists && ended.has(row.id),
      },
      ...unitPermissions(grants, currentPath),
    };
  });
}

/** Units whose last congress term ended before `date` with no term covering it. */
async function termsEndedOn(tx: Tx, unitIds: readonly string[], date: string): Promise<Set<string>> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select t.unit_id::text as id from org_terms t
      where t.unit_id = any(array[${sql.join(
        unitIds.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[])
      group by t.unit_id
      having bool_or(t.ends_on < ${date}::date)
        and not bool_or(t.starts_on <= ${date}::date and t.ends_on >= ${date}::date)`,
  );
  return new Set(rows.map((r) => r.id));
}

/** One unit as it is today (also when dissolved), with the number of its active children. */
export async function findUnit(tx: Tx, id: string): Promise<UnitRow | null> {
  const [row] = await tx.select(currentColumns(false)).from(units).where(eq(units.id, id)).limit(1);
  return row ?? null;
}

/**
 * Children of a unit (or, without a parent, the top units of the scope), inside the read scope, in
 * Vietnamese name order and paginated by (sort key, id). With `asOf`, the tree as it was on that date.
 */
export async function listUnits(
  tx: Tx,
  grants: readonly Grant[],
  options: UnitListOptions,
): Promise<UnitPage> {
  return options.asOf
    ? listUnitsAsOf(tx, grants, { ...options, asOf: options.asOf })
    : listCurrentUnits(tx, grants, options);
}

function pageOf(rows: UnitRow[], limit: number) {
  const more = rows.length > limit;
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: more && last ? encodeCursor([last.sortKey, last.id]) : null };
}

async function listCurrentUnits(
  tx: Tx,
  grants: readonly Grant[],
  options: UnitListOptions,
): Promise<UnitPage> {
  const scope = scopeFor(grants, 'read');
  const conditions: SQL[] = [inScope(units.path, scope)];
  conditions.push(
    options.parentId ? eq(units.parentId, options.parentId) : topsOfScope(sql`${units.path}`, scope),
  );
  if (!options.includeDissolved) conditions.push(isNull(units.dissolvedOn));
  const where = and(...conditions);
  const after = decodeCursor(options.cursor, 2);
  const pageWhere = after
    ? and(where, sql`(${units.sortKey}, ${units.id}) > (${after[0]}, ${after[1]}::uuid)`)
    : where;
  const rows = await tx
    .select(currentColumns(options.includeDissolved ?? false))
    .from(units)
    .where(pageWhere)
    .orderBy(units.sortKey, units.id)
    .limit(options.limit + 1);
  const total = await pageTotal(!after, rows.length, options.limit, async () => {
    const [row] = await tx.select({ n: count() }).from(units).where(where);
    return row?.n ?? 0;
  });
  const { items, nextCursor } = pageOf(rows, options.limit);
  return { items: await presentUnits(tx, items, grants), nextCursor, total };
}

/**
 * The version of a unit to show on `date`: the one valid that day or, with `includeDissolved`, the last one
 * of a unit that had ended by then. `v` is the version, `u` its unit.
 */
function shownOn(date: string, includeDissolved: boolean, v: string, u: string): SQL {
  const V = sql.raw(v);
  const U = sql.raw(u);
  const parts = [
    sql`(${V}.valid_from <= ${date}::date and (${V}.valid_to is null or ${V}.valid_to > ${date}::date))`,
  ];
  if (includeDissolved) {
    parts.push(sql`(${U}.dissolved_on <= ${date}::date and ${V}.valid_to = ${U}.dissolved_on
      and ${V}.valid_from < ${V}.valid_to)`);
  }
  return sql`(${sql.join(parts, sql` or `)})`;
}

async function listUnitsAsOf(
  tx: Tx,
  grants: readonly Grant[],
  options: UnitListOptions & { asOf: string },
): Promise<UnitPage> {
  const { asOf } = options;
  const withDissolved = options.includeDissolved ?? false;
  const scope = scopeFor(grants, 'read');
  // Today's reach or the reach over the tree of that day: a committee sees the cells it had then.
  const conditions: SQL[] = [
    shownOn(asOf, withDissolved, 'v', 'u'),
    sql`(${inScope(sql`u.path`, scope)} or ${inScope(sql`v.path`, scope)})`,
    options.parentId ? sql`v.parent_id = ${options.parentId}::uuid` : topsOfScope(sql`u.path`, scope),
  ];
  const where = sql.join(conditions, sql` and `);
  const after = decodeCursor(options.cursor, 2);
  const pageWhere = after
    ? sql`${where} and (v.sort_key, v.unit_id) > (${after[0]}, ${after[1]}::uuid)`
    : where;
  const rows = await queryRows<UnitRow>(
    tx,
    sql`select u.id::text as id, v.parent_id::text as "parentId", v.kind, v.name, v.code, v.level,
        u.version, u.founded_on::text as "foundedOn", u.dissolved_on::text as "dissolvedOn",
        u.successor_id::text as "successorId", v.path::text as path, u.path::text as "currentPath",
        v.sort_key as "sortKey",
        (select count(*)::int from org_unit_versions c join org_units cu on cu.id = c.unit_id
          where c.parent_id = u.id and ${shownOn(asOf, withDissolved, 'c', 'cu')}) as "childCount"
      from org_unit_versions v join org_units u on u.id = v.unit_id
      where ${pageWhere}
      order by v.sort_key, v.unit_id
      limit ${options.limit + 1}`,
  );
  const total = await pageTotal(!after, rows.length, options.limit, async () => {
    const [row] = await queryRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from org_unit_versions v join org_units u on u.id = v.unit_id where ${where}`,
    );
    return row?.n ?? 0;
  });
  const { items, nextCursor } = pageOf(rows, options.limit);
  return { items: await presentUnits(tx, items, grants, asOf), nextCursor, total };
}

/** The units above `path` that the user may read, root first (breadcrumbs). */
export async function readableAncestors(tx: Tx, grants: readonly Grant[], path: string) {
  return tx
    .select({ id: units.id, name: units.name, kind: units.kind })
    .from(units)
    .where(
      and(
        sql`${units.path} @> ${path}::ltree`,
        sql`${units.path} <> ${path}::ltree`,
        inScope(units.path, scopeFor(grants, 'read')),
      ),
    )
    .orderBy(units.level);
}
