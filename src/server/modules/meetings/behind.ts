import { type SQL, sql } from 'drizzle-orm';
import type { BehindPanel } from '../../../contracts/meetings';
import { meetingRuleSetOn, quarterOf } from '../../../domain/meeting-rules';
import { activeStatuses } from '../../../domain/member-codes';
import { removalRuleSetOn } from '../../../domain/removal-rules';
import { queryRows, type Tx } from '../../db/client';
import type { Scope } from '../../platform/access/grants';
import { inScope } from '../../platform/access/scope-sql';

/** How many rows each list of the panel shows; its total is always exact. */
export const behindListLimit = 100;
export const attendanceListLimit = 200;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthAt = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The last day of a month (YYYY-MM-DD). */
function monthEnd(month: string): string {
  const next = monthIndex(month) + 1;
  return new Date(Date.UTC(Math.floor(next / 12), next % 12, 0)).toISOString().slice(0, 10);
}

/**
 * The dates the panel judges a month by: the rules in force at the month's end (today while the month runs),
 * the quarter so far, and the 12-month windows (attendance, and the removal rule's) ending with the month.
 */
export function panelPeriod(month: string, today: string) {
  const asOf = today.slice(0, 7) === month ? today : monthEnd(month);
  const meetingRules = meetingRuleSetOn(asOf);
  const removalRules = removalRuleSetOn(asOf);
  return {
    asOf,
    meetingRules,
    removalRules,
    quarter: `${month.slice(0, 4)}-Q${quarterOf(month)}`,
    yearFirst: monthAt(monthIndex(month) - 11),
    removalFirst: monthAt(monthIndex(month) - removalRules.windowMonths + 1),
  };
}

interface PanelInput {
  scope: Scope;
  /** Only this unit's subtree (within the scope); the whole scope when null. */
  unitPath: string | null;
  month: string;
  today: string;
  now: Date;
  /**
   * The scope holds most cells of the database: reading the month's window rows of every cell and joining
   * afterwards is cheaper than looking up each of the scope's cells first.
   */
  wideScope?: boolean;
}

const under = (column: SQL, unitPath: string | null) =>
  unitPath ? sql`and ${column} <@ ${unitPath}::ltree` : sql``;

type CellRow = {
  list: 'regular' | 'thematic' | 'rate' | 'count';
  id: string | null;
  name: string | null;
  parent_name: string | null;
  meetings: number | null;
  present: number | null;
  expected: number | null;
  total: number | string;
};

/**
 * One pass over the scope's active cells and their row of `meeting_cell_windows` for the month (closed meetings
 * of the month, of the quarter so far and of the 12 months ending with it, kept by triggers): the cells without
 * the month's regular meeting, without the quarter's thematic meeting, and the attendance rate of each — each
 * list capped, its total exact.
 */
export async function cellLists(tx: Tx, input: PanelInput, period: ReturnType<typeof panelPeriod>) {
  const { meetingRules } = period;
  return queryRows<CellRow>(
    tx,
    sql`with cells as materialized (
      select u.id, u.name, u.sort_key, u.parent_id from org_units u
      where u.kind = 'cell' and u.dissolved_on is null and ${inScope(sql`u.path`, input.scope)}
        ${under(sql`u.path`, input.unitPath)}
    ), held as (
      select w.unit_id, w.regular, w.thematic, w.meetings, w.present, w.expected
      from meeting_cell_windows w
      where w.month = ${input.month}
        ${input.wideScope ? sql`` : sql`and w.unit_id in (select id from cells)`}
    ), f as materialized (
      select c.id, c.name, c.sort_key, c.parent_id, coalesce(h.regular, 0) as regular,
        coalesce(h.thematic, 0) as thematic, coalesce(h.meetings, 0) as meetings,
        coalesce(h.present, 0) as present, coalesce(h.expected, 0) as expected,
        case when coalesce(h.expected, 0) = 0 then null else h.present::float8 / h.expected end as rate
      from cells c left join held h on h.unit_id = c.id
    ), lists as (
      (select 'regular' as list, id, name, parent_id, sort_key, null::float8 as rate, meetings, present, expected,
         count(*) over () as total
       from f where regular < ${meetingRules.regularPerMonth} order by sort_key, id limit ${behindListLimit})
      union all
      (select 'thematic', id, name, parent_id, sort_key, null, meetings, present, expected, count(*) over ()
       from f where thematic < ${meetingRules.thematicPerQuarter} order by sort_key, id limit ${behindListLimit})
      union all
      (select 'rate', id, name, parent_id, sort_key, rate, meetings, present, expected, count(*) over ()
       from f order by rate asc nulls first, sort_key, id limit ${attendanceListLimit})
      union all
      (select 'count', null, null, null, null, null, null, null, null, count(*) from f)
    )
    select l.list, l.id, l.name, p.name as parent_name, l.meetings, l.present, l.expected, l.total
    from lists l left join org_units p on p.id = l.parent_id
    order by l.list, l.rate asc nulls first, l.sort_key, l.id`,
  );
}

type MinutesRow = {
  meeting_id: string;
  unit_id: string;
  name: string;
  parent_name: string | null;
  kind: BehindPanel['withoutMinutes']['items'][number]['kind'];
  starts_at: Date | string;
  total: number | string;
};

/** Meetings of the last 12 months that were held (closed, or planned and already begun) but have no minutes. */
export async function withoutMinutes(tx: Tx, input: PanelInput, period: ReturnType<typeof panelPeriod>) {
  return queryRows<MinutesRow>(
    tx,
    sql`select m.id as meeting_id, m.unit_id, u.name, p.name as parent_name, m.kind, m.starts_at,
        count(*) over () as total
      from meetings m
      join org_units u on u.id = m.unit_id
      left join org_units p on p.id = u.parent_id
      where m.status <> 'cancelled' and m.body_id is null and coalesce(btrim(m.minutes_html), '') in ('', '<p></p>')
        and (m.status = 'closed' or m.starts_at < ${input.now.toISOString()}::timestamptz)
        and m.month >= ${period.yearFirst} and m.month <= ${input.month}
        and u.kind = 'cell' and u.dissolved_on is null and ${inScope(sql`u.path`, input.scope)}
        ${under(sql`u.path`, input.unitPath)}
      order by u.sort_key, m.starts_at, m.id
      limit ${behindListLimit}`,
  );
}

type AbsenteeRow = {
  member_id: string;
  full_name: string;
  unit_id: string;
  unit_name: string;
  months: string[] | string;
  total: number | string;
};

/**
 * Members of the scope today (active statuses, by their current unit's path) with at least the removal rule's number of missed months within
 * its window ending with the month (`meeting_missed_months`, kept by the meetings service). For a scope from a
 * root the months are counted first (over the few members who missed any) and only those reaching the rule are
 * matched to the scope; for a smaller one the scope's members are found first.
 */
export async function absentees(tx: Tx, input: PanelInput, period: ReturnType<typeof panelPeriod>) {
  const statuses = sql.join(
    activeStatuses.map((s) => sql`${s}`),
    sql`, `,
  );
  return queryRows<AbsenteeRow>(
    tx,
    input.wideScope
      ? sql`with missed as (
          select mm.member_id, array_agg(mm.month order by mm.month) as months
          from meeting_missed_months mm
          where mm.month >= ${period.removalFirst} and mm.month <= ${input.month}
          group by mm.member_id
          having count(*) >= ${period.removalRules.missedMonths}
        )
        select x.member_id, m.full_name, m.unit_id, u.name as unit_name, x.months, count(*) over () as total
        from missed x join members m on m.id = x.member_id join org_units u on u.id = m.unit_id
        where m.status in (${statuses}) and ${inScope(sql`u.path`, input.scope)} ${under(sql`u.path`, input.unitPath)}
        order by m.sort_key, m.id
        limit ${behindListLimit}`
      : sql`with missed as (
          select mm.member_id, array_agg(mm.month order by mm.month) as months
          from org_units u
            join members m on m.unit_id = u.id
            join meeting_missed_months mm on mm.member_id = m.id
          where mm.month >= ${period.removalFirst} and mm.month <= ${input.month}
            and m.status in (${statuses}) and ${inScope(sql`u.path`, input.scope)} ${under(sql`u.path`, input.unitPath)}
          group by mm.member_id
          having count(*) >= ${period.removalRules.missedMonths}
        )
        select x.member_id, m.full_name, m.unit_id, u.name as unit_name, x.months, count(*) over () as total
        from missed x join members m on m.id = x.member_id join org_units u on u.id = m.unit_id
        order by m.sort_key, m.id
        limit ${behindListLimit}`,
  );
}

/**
 * A scope reaching from a root of the tree (the unit asked for, or every subtree of the user's scope, is a root)
 * holds most cells: the panel then reads the month's rows of every cell and joins afterwards. Known from the
 * paths alone, without a query.
 */
function isWideScope(input: PanelInput): boolean {
  const isRoot = (path: string) => !path.includes('.');
  if (input.unitPath) return isRoot(input.unitPath);
  return input.scope.subtrees.length > 0 && input.scope.subtrees.every(isRoot);
}

const pgArray = (v: string[] | string): string[] =>
  Array.isArray(v)
    ? v
    : v
        .replace(/^\{|\}$/g, '')
        .split(',')
        .filter(Boolean);

/** The committee's panel "who falls behind" for a month, over the scope (or one unit's subtree in it). */
export async function behindPanel(tx: Tx, input: PanelInput): Promise<BehindPanel> {
  const period = panelPeriod(input.month, input.today);
  const wide = { ...input, wideScope: input.wideScope ?? isWideScope(input) };
  const cells = await cellLists(tx, wide, period);
  const minutes = await withoutMinutes(tx, wide, period);
  const absent = await absentees(tx, wide, period);

  const rowsOf = (list: CellRow['list']) => cells.filter((r) => r.list === list && r.id);
  const totalOf = (rows: { total: number | string }[], fallback = 0) => Number(rows[0]?.total ?? fallback);
  const cell = (r: CellRow) => ({
    unitId: r.id as string,
    name: r.name as string,
    parentName: r.parent_name,
  });
  const regular = rowsOf('regular');
  const thematic = rowsOf('thematic');
  const rates = rowsOf('rate');
  const cellCount = totalOf(cells.filter((r) => r.list === 'count'));

  return {
    month: input.month,
    quarter: period.quarter,
    cellCount,
    noRegular: { total: totalOf(regular), items: regular.map(cell) },
    noThematic: { total: totalOf(thematic), items: thematic.map(cell) },
    withoutMinutes: {
      total: totalOf(minutes),
      items: minutes.map((r) => ({
        unitId: r.unit_id,
        name: r.name,
        parentName: r.parent_name,
        meetingId: r.meeting_id,
        kind: r.kind,
        startsAt: new Date(r.starts_at).toISOString(),
      })),
    },
    absentees: {
      total: totalOf(absent),
      items: absent.map((r) => ({
        memberId: r.member_id,
        fullName: r.full_name,
        unitId: r.unit_id,
        unitName: r.unit_name,
        months: pgArray(r.months),
      })),
    },
    attendanceByCell: {
      total: cellCount,
      items: rates.map((r) => ({
        ...cell(r),
        meetings: Number(r.meetings ?? 0),
        rate: Number(r.expected ?? 0) > 0 ? Number(r.present) / Number(r.expected) : null,
      })),
    },
    citation: `${period.meetingRules.citation}; ${period.removalRules.citation}`,
  };
}
