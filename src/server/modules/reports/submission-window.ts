import {
  type Period,
  type PeriodType,
  periodContaining,
  periodLabel,
  periodOf,
  type ReportWindow,
  reportWindow,
} from '../../../domain/report-periods';
import { AppError } from '../../platform/errors/app-error';
import { displayDate } from '../org/calendar';
import type { ReportUnit } from '../org/report-units-read';
import { type FormRow, formAppliesTo } from './form-read';

/** The unit was there for the whole of the period's end: founded by then and not dissolved by then. */
export const unitActiveAt = (unit: Pick<ReportUnit, 'foundedOn' | 'dissolvedOn'>, day: string) =>
  (unit.foundedOn === null || unit.foundedOn <= day) && (unit.dissolvedOn === null || unit.dissolvedOn > day);

/** The form asks this period at all: a period of its type that ends on or after the day the form applies from. */
export function formPeriod(form: FormRow, periodKey: string): Period {
  const period = periodOf(form.periodType as PeriodType, periodKey);
  if (!period) {
    const example = periodContaining(form.periodType as PeriodType, '2026-03-15').key;
    throw new AppError(400, 'REPORT_PERIOD_INVALID', {
      field: 'periodKey',
      params: { key: periodKey, example },
    });
  }
  if (period.end < form.startsOn)
    throw new AppError(400, 'REPORT_PERIOD_BEFORE_FORM', {
      field: 'periodKey',
      params: { startsOn: displayDate(form.startsOn), period: periodLabel(period) },
    });
  return period;
}

/**
 * The report a unit is expected to send for a period, or a 4xx naming why not: a retired form, a unit of
 * another kind or outside the form's owner, a unit not active at the period's end, a period the form does not
 * ask, or one whose window has not opened yet.
 */
export function expectedReport(
  form: FormRow,
  unit: ReportUnit,
  periodKey: string,
  today: string,
): { period: Period; window: ReportWindow } {
  if (form.status !== 'active') throw new AppError(400, 'REPORT_FORM_RETIRED', { field: 'formId' });
  if (!formAppliesTo(form, unit))
    throw new AppError(400, 'REPORT_UNIT_NOT_EXPECTED', { field: 'unitId', params: { unit: unit.name } });
  const period = formPeriod(form, periodKey);
  if (!unitActiveAt(unit, period.end))
    throw new AppError(400, 'REPORT_UNIT_NOT_IN_PERIOD', {
      field: 'unitId',
      params: { unit: unit.name, period: periodLabel(period) },
    });
  const window = reportWindow(period, form);
  if (today < window.opensOn)
    throw new AppError(400, 'REPORT_PERIOD_NOT_OPEN', {
      field: 'periodKey',
      params: { period: periodLabel(period), opensOn: displayDate(window.opensOn) },
    });
  return { period, window };
}
