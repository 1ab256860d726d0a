import {
  type Period,
  type PeriodType,
  periodContaining,
  periodLabel,
  periodLabelEn,
  periodOf,
  shiftPeriod,
} from '../../../domain/report-periods';
import { currentLanguage } from '../../app/i18n';

/** The period a key names for the form's type, else the latest one whose due day may have come (the one before today's). */
export function shownPeriod(type: PeriodType, key: string | undefined, today: string): Period {
  const named = key ? periodOf(type, key) : null;
  return named ?? shiftPeriod(periodContaining(type, today), -1);
}

export const labelOf = (period: Period) =>
  currentLanguage() === 'vi' ? periodLabel(period) : periodLabelEn(period);

export { shiftPeriod };
