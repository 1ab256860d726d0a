import type { Dayjs } from 'dayjs';

/** A range of months as the overview asks for it: from the first day of one month to the last of another. */
export interface MonthRange {
  from: Dayjs;
  to: Dayjs;
}

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

/** The ISO dates the API filters on (reports whose period ends within); the months swapped if reversed. */
export function rangeDates(range: MonthRange): { from: string; to: string } {
  const [first, last] = range.from.isAfter(range.to, 'month')
    ? [range.to, range.from]
    : [range.from, range.to];
  return { from: iso(first.startOf('month')), to: iso(last.endOf('month')) };
}

/** The last six months up to the one holding `today`. */
export const defaultRange = (today: Dayjs): MonthRange => ({
  from: today.subtract(5, 'month').startOf('month'),
  to: today.startOf('month'),
});
