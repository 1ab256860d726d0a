import { sql } from 'drizzle-orm';
import type {
  CompletenessCounts,
  CompletenessUnit,
  CompletenessView,
  UnitReportState,
} from '../../../contracts/report-completeness';
import type { SubmissionStatus } from '../../../contracts/reports';
import type { UnitKind } from '../../../contracts/units';
import { periodLabel, type Timeliness } from '../../../domain/report-periods';
import { queryRows, type Tx } from '../../db/client';
import { scopeIncludes } from '../../platform/access/grants';
import { inScope } from '../../platform/access/scope-sql';
import { AppError } from '../../platform/errors/app-error';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor';
import { depthOf, type ExpectedInput, expectedUnitsSql } from './completeness-sql';
import { type CompletenessTarget, completenessTarget } from './completeness-target';
import type { ReportAccess } from './report-access';

type CountColumns = {
  expected: number;
  sent: number;
  accepted: number;
  returned: number;
  on_time: number;
  late: number;
  missing: number;
  pending: number;
};

type StateColumns = {
  submission_id: string | null;
  status: SubmissionStatus | null;
  sent_on: string | Date | null;
  received_on_paper: boolean;
  timeliness: Timeliness;
};

const isoOf = (value: string | Date | null) =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

const stateOf = (row: StateColumns): UnitReportState => ({
  timeliness: row.timeliness,
  submissionId: row.submission_id,
  status: row.status,
  sentOn: isoOf(row.sent_on),
  receivedOnPaper: row.received_on_paper,
});

const rate = (n: number, of: number) => (of === 0 ? null : n / of);

export function countsOf(c: CountColumns): CompletenessCounts {
  const n = (v: number | string) => Number(v);
  const expected = n(c.expected);
  return {
    expected,
    sent: n(c.sent),
    accepted: n(c.accepted),
    returned: n(c.returned),
    onTime: n(c.on_time),
    late: n(c.late),
    missing: n(c.missing),
    pending: n(c.pending),
    sentRate: rate(n(c.sent), expected),
    onTimeRate: rate(n(c.on_time), expected),
  };
}

const zero: CountColumns = {
  expected: 0,
  sent: 0,
  accepted: 0,
  returned: 0,
  on_time: 0,
  late: 0,
  missing: 0,
  pending: 0,
};

export function expectedInput(
  target: CompletenessTarget,
  access: ReportAccess,
  today: string,
): ExpectedInput {
  return {
    form: target.form,
    period: target.period,
    dueOn: target.window.dueOn,
    today,
    underPath: target.unit.path,
    scope: target.wholeSubtree ? null : access.read,
  };
}

type GroupRow = {
  /** Null for the unit's own report. */
  id: string | null;
  name: string | null;
  kind: UnitKind | null;
  timeliness: Timeliness;
  accepted: boolean | null;
  returned: boolean | null;
  n: number;
  below: number;
};

type OwnRow = StateColumns & { id: string };

/** Adds `n` reports of one timeliness (and review state) to the counts. */
function add(counts: CountColumns, row: GroupRow) {
  const n = Number(row.n);
  counts.expected += n;
  counts[row.timeliness] += n;
  if (row.timeliness === 'on_time' || row.timeliness === 'late') {
    counts.sent += n;
    if (row.accepted) counts.accepted += n;
    if (row.returned) counts.returned += n;
  }
}

/** The subtree's expected units counted by the child each lies under, by timeliness and review state. */
export function childGroupsSql(target: CompletenessTarget, input: ExpectedInput) {
  const depth = depthOf(target.unit.path);
  return sql`with g as (
      select case when nlevel(e.path) = ${depth} then null else subpath(e.path, 0, ${depth + 1}) end as child_path,
        e.timeliness, e.status = 'accepted' as accepted, e.status = 'returned' as returned,
        count(*)::int as n, count(*) filter (where nlevel(e.path) > ${depth + 1})::int as below
      from (${expectedUnitsSql(input)}) e
      group by 1, 2, 3, 4
    )
    select c.id, c.name, c.kind, g.timeliness, g.accepted, g.returned, g.n, g.below
    from g left join org_units c on c.path = g.child_path and c.parent_id = ${target.unit.id}
    where g.child_path is null or c.id is not null
    order by c.sort_key nulls first, c.id`;
}

/**
 * The completeness view. One grouped pass over the subtree's expected units, by the child each lies under
 * (`subpath(path, 0, depth + 1)`; the unit itself is its own group) and by timeliness and review state — a few
 * rows per child, added up here — and one small read of the own reports of the unit and its children.
 */
export async function completenessView(
  tx: Tx,
  access: ReportAccess,
  query: { formId: string; periodKey: string; unitId: string },
  today: string,
): Promise<CompletenessView> {
  const target = await completenessTarget(tx, access, query, 'read', today);
  const input = expectedInput(target, access, today);
  const groups = await queryRows<GroupRow>(tx, childGroupsSql(target, input));
  const own = await queryRows<OwnRow>(
    tx,
    sql`select e.id, e.submission_id, e.status, e.sent_on, e.received_on_paper, e.timeliness
      from (${expectedUnitsSql({ ...input, topOf: target.unit.id })}) e`,
  );
  const ownOf = new Map(own.map((r) => [r.id, stateOf(r)]));
  const totals: CountColumns = { ...zero };
  const children = new Map<string, { row: GroupRow; counts: CountColumns; below: number }>();
  for (const row of groups) {
    add(totals, row);
    if (row.id === null) continue;
    const child = children.get(row.id) ?? { row, counts: { ...zero }, below: 0 };
    add(child.counts, row);
    child.below += Number(row.below);
    children.set(row.id, child);
  }
  return {
    form: {
      id: target.form.id,
      code: target.form.code,
      name: target.form.name,
      periodType: target.form.periodType,
    },
    period: { ...target.period, label: periodLabel(target.period) },
    opensOn: target.window.opensOn,
    dueOn: target.window.dueOn,
    today,
    unit: { id: target.unit.id, name: target.unit.name, kind: target.unit.kind },
    trail: await trailOf(tx, access, target.unit.path),
    totals: countsOf(totals),
    own: ownOf.get(target.unit.id) ?? null,
    children: [...children.entries()].map(([id, c]) => ({
      unit: { id, name: c.row.name as string, kind: c.row.kind as UnitKind },
      counts: countsOf(c.counts),
      hasChildren: c.below > 0,
      own: ownOf.get(id) ?? null,
    })),
    canRemind: scopeIncludes(access.write, target.unit.path),
  };
}

/** The unit's ancestors the reader may see, top first, and the unit itself. */
async function trailOf(tx: Tx, access: ReportAccess, path: string) {
  return queryRows<{ id: string; name: string }>(
    tx,
    sql`select u.id, u.name from org_units u
      where u.path @> ${path}::ltree and ${inScope(sql`u.path`, access.read)}
      order by nlevel(u.path)`,
  );
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type UnitRow = StateColumns & {
  id: string;
  name: string;
  kind: UnitKind;
  sort_key: string;
  parent_id: string | null;
  parent_name: string | null;
  reminded_on: string | Date | null;
};

/** The subtree's expected units with their report's state, in name order, paged by (sort key, id). */
export async function completenessUnits(
  tx: Tx,
  access: ReportAccess,
  query: {
    formId: string;
    periodKey: string;
    unitId: string;
    status: 'all' | Timeliness;
    limit: number;
    cursor?: string | undefined;
  },
  today: string,
): Promise<{ items: CompletenessUnit[]; nextCursor: string | null }> {
  const target = await completenessTarget(tx, access, query, 'read', today);
  const key = decodeCursor(query.cursor, 2);
  if (key && !uuidPattern.test(String(key[1])))
    throw new AppError(400, 'VALIDATION', { field: 'cursor', params: { reason: 'không hợp lệ / invalid' } });
  const rows = await queryRows<UnitRow>(
    tx,
    sql`with e as (${expectedUnitsSql(expectedInput(target, access, today))})
    select e.id, e.name, e.kind, e.sort_key, e.parent_id, p.name as parent_name, e.submission_id, e.status,
      e.sent_on, e.received_on_paper, e.timeliness,
      (select max(r.sent_on) from report_reminders r
        where r.form_id = ${target.form.id} and r.unit_id = e.id and r.period_key = ${target.period.key})
        as reminded_on
    from e left join org_units p on p.id = e.parent_id
    where true
      ${query.status === 'all' ? sql`` : sql`and e.timeliness = ${query.status}`}
      ${key ? sql`and (e.sort_key, e.id) > (${String(key[0])}, ${String(key[1])}::uuid)` : sql``}
    order by e.sort_key, e.id
    limit ${query.limit + 1}`,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      unit: { id: r.id, name: r.name, kind: r.kind },
      parent: r.parent_id && r.parent_name ? { id: r.parent_id, name: r.parent_name } : null,
      report: stateOf(r),
      remindedOn: isoOf(r.reminded_on),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.sort_key, last.id]) : null,
  };
}
