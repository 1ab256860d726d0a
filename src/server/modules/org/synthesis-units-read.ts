import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client';

/** What the reports module's synthesis reads of the tree (the org module owns the tables). */

export interface ExpectedReporters {
  /** Units strictly below `path` of these kinds (and inside `ownerPath` when given). */
  path: string;
  kinds: readonly string[];
  ownerPath: string | null;
  /** Last days of the periods asked about; a unit counts for each period it existed on its last day. */
  periodEnds: readonly string[];
}

/** Unit × period pairs expected to report: units of the kinds below the committee that existed at each period's end. */
export async function expectedReporterCount(tx: Tx, q: ExpectedReporters): Promise<number> {
  if (q.periodEnds.length === 0 || q.kinds.length === 0) return 0;
  const owner = q.ownerPath ? sql`and u.path <@ ${q.ownerPath}::ltree` : sql``;
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n
      from org_units u
      cross join unnest(array[${sql.join(
        q.periodEnds.map((d) => sql`${d}`),
        sql`, `,
      )}]::date[]) as p(end_on)
      where u.path <@ ${q.path}::ltree and u.path <> ${q.path}::ltree
        and u.kind = any(array[${sql.join(
          q.kinds.map((k) => sql`${k}`),
          sql`, `,
        )}]::text[]) ${owner}
        and (u.founded_on is null or u.founded_on <= p.end_on)
        and (u.dissolved_on is null or u.dissolved_on > p.end_on)`,
  );
  return Number(row?.n ?? 0);
}

/** Names of units with their sort keys (Vietnamese order, byte-comparable). */
export async function unitNamesForSynthesis(
  tx: Tx,
  ids: readonly string[],
): Promise<Map<string, { name: string; sortKey: string }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await queryRows<{ id: string; name: string; sort_key: string }>(
    tx,
    sql`select id::text as id, name, sort_key from org_units where id = any(array[${sql.join(
      unique.map((id) => sql`${id}`),
      sql`, `,
    )}]::uuid[])`,
  );
  return new Map(rows.map((r) => [r.id, { name: r.name, sortKey: r.sort_key }]));
}
