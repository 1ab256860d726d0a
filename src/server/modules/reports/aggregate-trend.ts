import { sql } from 'drizzle-orm';
import type { TrendResponse } from '../../../contracts/report-aggregates';
import { periodsEndingWith } from '../../../domain/report-periods';
import { queryRows, type Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import { aggregateFields, shownValue } from './aggregate-fields';
import type { AggregateScope } from './aggregate-scope';

/** One figure of a unit's subtree over the `count` periods ending with the asked one, oldest first. */
export async function aggregateTrend(
  tx: Tx,
  scope: AggregateScope,
  fieldKey: string,
  count: number,
): Promise<TrendResponse> {
  const field = aggregateFields(scope.definition).find((f) => f.key === fieldKey);
  if (!field)
    throw new AppError(400, 'REPORT_AGGREGATE_FIELD_UNKNOWN', {
      field: 'fieldKey',
      params: { key: fieldKey },
    });
  const periods = periodsEndingWith(scope.period, count);
  const rows = await queryRows<{ period_key: string; total: number; reports: number }>(
    tx,
    sql`select period_key, total, reports from report_totals
      where form_id = ${scope.form.id}::uuid and unit_id = ${scope.unit.id}::uuid and field_key = ${fieldKey}
        and period_key in (${sql.join(
          periods.map((p) => sql`${p.key}`),
          sql`, `,
        )})`,
  );
  const byPeriod = new Map(rows.map((r) => [r.period_key, r]));
  return {
    field,
    points: periods.map((p) => {
      const row = byPeriod.get(p.key);
      const reports = Number(row?.reports ?? 0);
      return {
        periodKey: p.key,
        start: p.start,
        end: p.end,
        value: row && reports > 0 ? shownValue(field.aggregate, Number(row.total), reports) : null,
        reports,
      };
    }),
  };
}
