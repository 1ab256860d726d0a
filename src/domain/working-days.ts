/**
 * Working days (ngày làm việc) for the Party's deadlines (DOMAIN.md §3: "within 30 working days", "within 60
 * working days"). A working day is Monday to Friday unless the calendar makes it a day off (a public holiday,
 * or a weekday given off in exchange for a Saturday worked); a Saturday or Sunday is a working day only when
 * the calendar says so (ngày làm bù). Dates are ISO `yyyy-mm-dd` strings, read as calendar days in Vietnam.
 */
export interface WorkingCalendar {
  /** Weekdays that are days off. */
  readonly daysOff: ReadonlySet<string>;
  /** Saturdays and Sundays that are worked. */
  readonly workedWeekendDays: ReadonlySet<string>;
}

export const emptyCalendar: WorkingCalendar = { daysOff: new Set(), workedWeekendDays: new Set() };

const dayOfWeek = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();

const nextDay = (iso: string, step = 1): string => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + step);
  return date.toISOString().slice(0, 10);
};

export function isWeekend(iso: string): boolean {
  const day = dayOfWeek(iso);
  return day === 0 || day === 6;
}

export function isWorkingDay(iso: string, calendar: WorkingCalendar): boolean {
  return isWeekend(iso) ? calendar.workedWeekendDays.has(iso) : !calendar.daysOff.has(iso);
}

/**
 * The day a period of `n` working days that starts after `from` ends: the n-th working day after `from`
 * (the day of the event itself does not count, as with periods in civil law). `n = 0` gives `from`.
 */
export function addWorkingDays(from: string, n: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
  let day = from;
  let left = n;
  while (left > 0) {
    day = nextDay(day);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}

/** The n-th working day before `from` (`n = 0` gives `from`): "3 working days before the deadline". */
export function subtractWorkingDays(from: string, n: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
  let day = from;
  let left = n;
  while (left > 0) {
    day = nextDay(day, -1);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  let count = 0;
  for (let day = nextDay(from); day <= to; day = nextDay(day)) if (isWorkingDay(day, calendar)) count += 1;
  return count;
}

/** Whole calendar months after a date (probation ends 12 months after the ceremony). */
export function addMonths(from: string, months: number): string {
  const [y = 0, m = 1, d = 1] = from.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
