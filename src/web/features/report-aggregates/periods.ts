import {
  type Period,
  type PeriodType,
  periodContaining,
  periodOf,
  periodTypes,
  shiftPeriod,
} from '../../../domain/report-periods';

/** The period shown: the one in the address bar when it is of the form's type, else the last one that ended. */
export function shownPeriod(type: PeriodType, key: string | undefined, today: string): Period {
  const asked = key ? periodOf(type, key) : null;
  return asked ?? shiftPeriod(periodContaining(type, today), -1);
}

/** A later period can be looked at only once it has begun. */
export const hasNext = (period: Period, today: string) => shiftPeriod(period, 1).start <= today;

/** Period keys differ in shape between types: the type a key belongs to (null when it names none). */
export const periodTypeOfKey = (key: string): PeriodType | null =>
  periodTypes.find((type) => periodOf(type, key) !== null) ?? null;
