import {
  type Period,
  type PeriodType,
  periodLabel,
  periodLabelEn,
  periodOf,
  type ReportDeadline,
  shiftPeriod,
} from '../../../domain/report-periods';
import { latestDuePeriod } from '../../../domain/report-reminders';
import { currentLanguage } from '../../app/i18n';

/** The period a key names for the form's type, else the latest one whose due day has come. */
export function shownPeriod(
  type: PeriodType,
  deadline: ReportDeadline,
  key: string | undefined,
  today: string,
): Period {
  const named = key ? periodOf(type, key) : null;
  return named ?? latestDuePeriod(type, deadline, today);
}

export const labelOf = (period: Period) =>
  currentLanguage() === 'vi' ? periodLabel(period) : periodLabelEn(period);

export { shiftPeriod };
