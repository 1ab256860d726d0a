import { sql } from 'drizzle-orm';
import type {
  AggregateChild,
  AggregateField,
  AggregateResponse,
  AggregateRow,
  ReportCounts,
} from '../../../contracts/report-aggregates';
import type { UnitKind } from '../../../contracts/units';
import { queryRows, type Tx } from '../../db/client';
import { inScope } from '../../platform/access/scope-sql';
import { aggregateFields, compiledFields, shownValue, unnamedField } from './aggregate-fields';
import type { AggregateScope } from './aggregate-scope';
import type { ReportAccess } from './report-access';

const childLimit = 1000;

interface ChildRow {
  id: string;
  name: string;
  kind: UnitKind;
  path: string;
  dissolved: boolean;
  has_children: boolean;
}

interface TotalRow {
  unit_id: string;
  field_key: string;
  total: number;
  reports: number;
}

/**
 * The accepted figures of a form and period for a unit's subtree, its own report and each child's subtree —
 * all read from `report_totals` (one row per unit and figure), so the answer costs the same at any size of
 * tree. Report counts by status come from the subtree's reports of the period.
 */
export async function aggregateView(
  tx: Tx,
  access: ReportAccess,
  scope: AggregateScope,
): Promise<AggregateResponse> {
  const { unit, form, period } = scope;
  // Independent reads: on PostgreSQL they run side by side on the pool's connections.
  const [children, totals, counts, own, trail] = await Promise.all([
    childrenOf(tx, access, scope),
    queryRows<TotalRow>(
      tx,
      sql`select unit_id, field_key, total, reports from report_totals
        where form_id = ${form.id}::uuid and period_key = ${period.key} and reports > 0
          and unit_id = any(array(select id from org_units where parent_id = ${unit.id}::uuid
            union all select ${unit.id}::uuid))`,
    ),
    countsByChild(tx, scope),
    ownFigures(tx, scope),
    trailOf(tx, access, unit.path),
  ]);

  const fields = aggregateFields(scope.definition);
  const known = new Set(fields.map((f) => f.key));
  for (const row of totals)
    if (row.unit_id === unit.id && !known.has(row.field_key)) {
      known.add(row.field_key);
      fields.push(unnamedField(row.field_key));
    }
  const aggregateOf = new Map(fields.map((f) => [f.key, f.aggregate]));
  const rowOf = (unitId: string, path: string): AggregateRow => ({
    counts: counts.get(path) ?? noReports(),
    values: valuesOf(
      totals.filter((t) => t.unit_id === unitId),
      aggregateOf,
    ),
  });
  const subtreeCounts = noReports();
  for (const c of counts.values()) addCounts(subtreeCounts, c);
  const ownCounts = counts.get(unit.path);

  return {
    form: { id: form.id, code: form.code, name: form.name, periodType: form.periodType },
    period: { key: period.key, start: period.start, end: period.end },
    unit: { id: unit.id, name: unit.name, kind: unit.kind, parentId: unit.parentId },
    trail,
    fields,
    texts: compiledFields(scope.definition),
    subtree: { counts: subtreeCounts, values: rowOf(unit.id, unit.path).values },
    own:
      own.length > 0 || (ownCounts?.accepted ?? 0) > 0
        ? {
            counts: ownCounts ?? noReports(),
            values: valuesOf(
              own.map((o) => ({ unit_id: unit.id, field_key: o.field_key, total: o.value, reports: 1 })),
              aggregateOf,
            ),
          }
        : null,
    children: children.rows.map(
      (c): AggregateChild => ({
        unit: { id: c.id, name: c.name, kind: c.kind, dissolved: c.dissolved },
        hasChildren: c.has_children,
        ...rowOf(c.id, c.path),
      }),
    ),
    childTotal: children.total,
  };
}

const noReports = (): ReportCounts => ({ accepted: 0, submitted: 0, returned: 0 });
const addCounts = (into: ReportCounts, more: ReportCounts) => {
  into.accepted += more.accepted;
  into.submitted += more.submitted;
  into.returned += more.returned;
};

function valuesOf(rows: readonly TotalRow[], aggregateOf: Map<string, AggregateField['aggregate']>) {
  const values: AggregateRow['values'] = {};
  for (const row of rows) {
    const total = Number(row.total);
    const reports = Number(row.reports);
    values[row.field_key] = {
      total: shownValue('sum', total, reports),
      reports,
      value: shownValue(aggregateOf.get(row.field_key) ?? 'sum', total, reports),
    };
  }
  return values;
}

/**
 * The unit's children the reader sees, in name order: active ones, and dissolved ones that still have reports
 * of the period (their figures stay in the totals above them).
 */
async function childrenOf(tx: Tx, access: ReportAccess, { unit, form, period }: AggregateScope) {
  const where = sql`u.parent_id = ${unit.id}::uuid and ${inScope(sql`u.path`, access.read)}
    and (u.dissolved_on is null or exists (select 1 from report_submissions s
      where s.form_id = ${form.id}::uuid and s.period_key = ${period.key} and s.unit_path <@ u.path))`;
  const rows = await queryRows<ChildRow>(
    tx,
    sql`select u.id, u.name, u.kind, u.path::text as path, u.dissolved_on is not null as dissolved,
        exists (select 1 from org_units c where c.parent_id = u.id) as has_children
      from org_units u where ${where} order by u.sort_key, u.id limit ${childLimit}`,
  );
  if (rows.length < childLimit) return { rows, total: rows.length };
  const [n] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from org_units u where ${where}`,
  );
  return { rows, total: n?.n ?? rows.length };
}

/** Reports of the period in the subtree by status, grouped by the child subtree they lie in (or the unit's own). */
export const countsByChildSql = ({ unit, form, period }: AggregateScope) =>
  sql`select subpath(unit_path, 0, nlevel(${unit.path}::ltree) + 1)::text as path, status, count(*)::int as n
    from report_submissions
    where form_id = ${form.id}::uuid and period_key = ${period.key}
      and status in ('accepted', 'submitted', 'returned') and unit_path <@ ${unit.path}::ltree
    group by 1, 2`;

async function countsByChild(tx: Tx, scope: AggregateScope) {
  const rows = await queryRows<{ path: string; status: string; n: number }>(tx, countsByChildSql(scope));
  const out = new Map<string, ReportCounts>();
  for (const row of rows) {
    const counts = out.get(row.path) ?? noReports();
    counts[row.status as keyof ReportCounts] += Number(row.n);
    out.set(row.path, counts);
  }
  return out;
}

/** The numbers of the unit's own accepted report, read the way the totals' trigger reads them. */
function ownFigures(tx: Tx, { unit, form, period }: AggregateScope) {
  return queryRows<{ field_key: string; value: number }>(
    tx,
    sql`select n.field_key, n.value from report_submissions s, dangbo_report_numbers(s."values") n
      where s.form_id = ${form.id}::uuid and s.unit_id = ${unit.id}::uuid and s.period_key = ${period.key}
        and s.status = 'accepted'`,
  );
}

/** The unit's ancestors the reader sees, top first, and the unit itself. */
async function trailOf(tx: Tx, access: ReportAccess, path: string) {
  return queryRows<{ id: string; name: string }>(
    tx,
    sql`select id, name from org_units
      where path @> ${path}::ltree and (${inScope(sql`path`, access.read)})
      order by nlevel(path)`,
  );
}
