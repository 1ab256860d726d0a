import { type SQL, sql } from 'drizzle-orm';
import type { MemberCounts } from '../../../contracts/units';
import { queryRows, type Tx } from '../../db/client';

/**
 * Member counts of unit subtrees, for the organisation tree (the org module reads members only through
 * the members module's functions). One query answers a whole page of units.
 */

interface CountRow {
  key: string;
  official: number;
  probationary: number;
  exempted: number;
  candidate: number;
}

const emptyCounts = (): MemberCounts => ({
  official: 0,
  probationary: 0,
  exempted: 0,
  candidate: 0,
  total: 0,
});

function toMap(keys: readonly string[], rows: readonly CountRow[]): Map<string, MemberCounts> {
  const result = new Map(keys.map((key) => [key, emptyCounts()]));
  for (const { key, ...n } of rows) {
    result.set(key, { ...n, total: n.official + n.probationary + n.exempted });
  }
  return result;
}

const byStatus = sql`count(*) filter (where s.status = 'official')::int as official,
  count(*) filter (where s.status = 'probationary')::int as probationary,
  count(*) filter (where s.status = 'exempted')::int as exempted,
  count(*) filter (where s.status = 'candidate')::int as candidate`;

const byStatusFromCounts = sql`coalesce(sum(c.n) filter (where c.status = 'official'), 0)::int as official,
  coalesce(sum(c.n) filter (where c.status = 'probationary'), 0)::int as probationary,
  coalesce(sum(c.n) filter (where c.status = 'exempted'), 0)::int as exempted,
  coalesce(sum(c.n) filter (where c.status = 'candidate'), 0)::int as candidate`;

/** The unit a path ends at, as the counts table keys it (labels are `u` + the id's hex digits). */
const unitIdOfPath = (path: SQL) => sql`substr(subpath(${path}, -1)::text, 2)::uuid`;

/** Today's members of each subtree (`unit_path <@ path`), by status, from the maintained counts. */
export async function subtreeMemberCounts(
  tx: Tx,
  paths: readonly string[],
): Promise<Map<string, MemberCounts>> {
  const unique = [...new Set(paths)];
  if (unique.length === 0) return new Map();
  const rows = await queryRows<CountRow>(
    tx,
    sql`select p.path::text as key, ${byStatusFromCounts}
      from unnest(array[${sql.join(
        unique.map((p) => sql`${p}`),
        sql`, `,
      )}]::ltree[]) as p(path)
      join member_subtree_counts c on c.unit_id = ${unitIdOfPath(sql`p.path`)}
      group by p.path`,
  );
  return toMap(unique, rows);
}

/** Members of the subtree at `path` whose status is one of `statuses` (all statuses when omitted). */
export async function subtreeMemberTotal(
  tx: Tx,
  path: string,
  statuses?: readonly string[],
): Promise<number> {
  const only = statuses
    ? sql`and c.status = any(array[${sql.join(
        statuses.map((s) => sql`${s}`),
        sql`, `,
      )}]::text[])`
    : sql``;
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select coalesce(sum(c.n), 0)::int as n from member_subtree_counts c
      where c.unit_id = ${unitIdOfPath(sql`${path}::ltree`)} ${only}`,
  );
  return Number(row?.n ?? 0);
}

/**
 * Members of each unit's subtree as it was on `date`: the subtree from the unit versions valid that day, the
 * members whose unit history places them in it that day, each with the status of their latest status event
 * on or before that day. Units that did not exist on the date count zero.
 */
export async function subtreeMemberCountsAsOf(
  tx: Tx,
  unitIds: readonly string[],
  date: string,
): Promise<Map<string, MemberCounts>> {
  const unique = [...new Set(unitIds)];
  if (unique.length === 0) return new Map();
  const rows = await queryRows<CountRow>(
    tx,
    sql`with roots as (
        select v.unit_id, v.path from org_unit_versions v
        where v.unit_id = any(array[${sql.join(
          unique.map((id) => sql`${id}`),
          sql`, `,
        )}]::uuid[])
          and v.valid_from <= ${date}::date and (v.valid_to is null or v.valid_to > ${date}::date)
      ),
      placed as (
        select distinct r.unit_id as root_id, h.member_id
        from roots r
        join org_unit_versions d on d.path <@ r.path
          and d.valid_from <= ${date}::date and (d.valid_to is null or d.valid_to > ${date}::date)
        join member_unit_history h on h.unit_id = d.unit_id
          and h.from_date <= ${date}::date and (h.to_date is null or h.to_date > ${date}::date)
      ),
      s as (
        select p.root_id, (
          select e.status from member_status_events e
          where e.member_id = p.member_id and e.effective_on <= ${date}::date
          order by e.effective_on desc, e.created_at desc, e.id desc
          limit 1
        ) as status
        from placed p
      )
      select s.root_id::text as key, ${byStatus} from s group by s.root_id`,
  );
  return toMap(unique, rows);
}

/** Members of the subtree who still take part (candidates in the admission pipeline included). */
export async function activeMemberCount(tx: Tx, path: string): Promise<number> {
  const counts = (await subtreeMemberCounts(tx, [path])).get(path);
  return counts ? counts.total + counts.candidate : 0;
}

/** Which of `memberIds` are members of the subtree at `path` today (office holders must be). */
export async function membersInSubtree(
  tx: Tx,
  path: string,
  memberIds: readonly string[],
): Promise<Set<string>> {
  if (memberIds.length === 0) return new Set();
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select id::text as id from members
      where unit_path <@ ${path}::ltree and id = any(array[${sql.join(
        memberIds.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[])`,
  );
  return new Set(rows.map((r) => r.id));
}
