import type { PeriodInfo, SubmissionSummary } from '../../../contracts/reports';
import { type Period, type PeriodType, periodLabel, timeliness } from '../../../domain/report-periods';
import type { SubmissionRow } from './submission-access';

export const periodInfoOf = (period: Period): PeriodInfo => ({ ...period, label: periodLabel(period) });

export const rowPeriod = (
  row: Pick<SubmissionRow, 'periodKey' | 'periodStart' | 'periodEnd'>,
  type: PeriodType,
) => periodInfoOf({ type, key: row.periodKey, start: row.periodStart, end: row.periodEnd });

/** A report as lists show it; `today` decides whether an unsent report is still pending or missing. */
export function summaryOf(
  row: SubmissionRow,
  form: { id: string; code: string; name: string; periodType: string },
  unitName: string,
  today: string,
): SubmissionSummary {
  const sentOn = row.status === 'draft' ? null : row.sentOn;
  return {
    id: row.id,
    form: { id: form.id, code: form.code, name: form.name },
    unit: { id: row.unitId, name: unitName },
    period: rowPeriod(row, form.periodType as PeriodType),
    opensOn: row.opensOn,
    dueOn: row.dueOn,
    status: row.status,
    sentOn,
    timeliness: timeliness(row.dueOn, sentOn, today),
    version: row.version,
  };
}
