/**
 * Reporting periods (DOMAIN.md §6): week, month, quarter, half year, year and congress term are one type. A
 * period is named by a key that sorts in time order within its type:
 *   week `2026-W05` (ISO week, Monday to Sunday), month `2026-03`, quarter `2026-Q1`, half `2026-H1`,
 *   year `2026`, term `2025-2030` (five calendar years from 1 January of the first: 2025-01-01 … 2029-12-31).
 */
export const periodTypes = ['week', 'month', 'quarter', 'half', 'year', 'term'] as const;
export type PeriodType = (typeof periodTypes)[number];

export interface Period {
  type: PeriodType;
  key: string;
  /** First day, ISO date. */
  start: string;
  /** Last day, ISO date (inclusive). */
  end: string;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const msOf = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);

export function addDays(isoDate: string, days: number): string {
  return iso(msOf(isoDate) + days * DAY);
}

const monthSpan = (year: number, first: number, months: number) => ({
  start: iso(utc(year, first, 1)),
  end: iso(utc(year, first + months, 1) - DAY),
});

/** Monday of ISO week 1 of `year` (the week holding 4 January). */
function isoWeekOneMonday(year: number): number {
  const jan4 = utc(year, 1, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * DAY;
}

const weeksInYear = (year: number) =>
  Math.round((isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / (7 * DAY));

const keyPatterns: Record<PeriodType, RegExp> = {
  week: /^(\d{4})-W(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  half: /^(\d{4})-H([12])$/,
  year: /^(\d{4})$/,
  term: /^(\d{4})-(\d{4})$/,
};

/** The period a key names, or null when the key is not one of `type` (wrong shape, week 54, month 13…). */
export function periodOf(type: PeriodType, key: string): Period | null {
  const match = keyPatterns[type].exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const n = Number(match[2]);
  if (year < 1930 || year > 2200) return null;
  switch (type) {
    case 'week': {
      if (n < 1 || n > weeksInYear(year)) return null;
      const monday = isoWeekOneMonday(year) + (n - 1) * 7 * DAY;
      return { type, key, start: iso(monday), end: iso(monday + 6 * DAY) };
    }
    case 'month':
      if (n < 1 || n > 12) return null;
      return { type, key, ...monthSpan(year, n, 1) };
    case 'quarter':
      return { type, key, ...monthSpan(year, (n - 1) * 3 + 1, 3) };
    case 'half':
      return { type, key, ...monthSpan(year, (n - 1) * 6 + 1, 6) };
    case 'year':
      return { type, key, ...monthSpan(year, 1, 12) };
    case 'term':
      if (n !== year + 5) return null;
      return { type, key, start: iso(utc(year, 1, 1)), end: iso(utc(year + 5, 1, 1) - DAY) };
  }
}

/** The period of `type` that holds the date. Terms are counted from 2020–2025. */
export function periodContaining(type: PeriodType, isoDate: string): Period {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const keyOf = (): string => {
    switch (type) {
      case 'week': {
        const ms = msOf(isoDate);
        let weekYear = year + 1;
        while (isoWeekOneMonday(weekYear) > ms) weekYear -= 1;
        const week = Math.floor((ms - isoWeekOneMonday(weekYear)) / (7 * DAY)) + 1;
        return `${weekYear}-W${pad(week)}`;
      }
      case 'month':
        return `${year}-${pad(month)}`;
      case 'quarter':
        return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
      case 'half':
        return `${year}-H${month <= 6 ? 1 : 2}`;
      case 'year':
        return String(year);
      case 'term': {
        const first = 2020 + Math.floor((year - 2020) / 5) * 5;
        return `${first}-${first + 5}`;
      }
    }
  };
  return periodOf(type, keyOf()) as Period;
}

/** The period right after (`step` 1) or before (`step` -1) this one. */
export function shiftPeriod(period: Period, step: 1 | -1): Period {
  const day = step === 1 ? addDays(period.end, 1) : addDays(period.start, -1);
  return periodContaining(period.type, day);
}

/** `count` periods ending with `last`, oldest first. */
export function periodsEndingWith(last: Period, count: number): Period[] {
  const out: Period[] = [last];
  while (out.length < count) out.unshift(shiftPeriod(out[0] as Period, -1));
  return out;
}

/** The periods of `type` whose last day falls in [from, to], oldest first. */
export function periodsEndingBetween(type: PeriodType, from: string, to: string): Period[] {
  const out: Period[] = [];
  let period = periodContaining(type, from);
  if (period.end < from) period = shiftPeriod(period, 1);
  while (period.end <= to) {
    out.push(period);
    period = shiftPeriod(period, 1);
  }
  return out;
}

const roman = ['I', 'II', 'III', 'IV'];
const ddmm = (isoDate: string) => `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}`;

/** Vietnamese name of a period: "Tháng 03/2026", "Quý I/2026", "6 tháng đầu năm 2026", "Nhiệm kỳ 2025–2030". */
export function periodLabel(period: Period): string {
  const year = period.key.slice(0, 4);
  switch (period.type) {
    case 'week':
      return `Tuần ${period.key.slice(6)}/${year} (${ddmm(period.start)}–${ddmm(period.end)})`;
    case 'month':
      return `Tháng ${period.key.slice(5)}/${year}`;
    case 'quarter':
      return `Quý ${roman[Number(period.key.slice(6)) - 1]}/${year}`;
    case 'half':
      return `6 tháng ${period.key.endsWith('1') ? 'đầu' : 'cuối'} năm ${year}`;
    case 'year':
      return `Năm ${year}`;
    case 'term':
      return `Nhiệm kỳ ${year}–${period.key.slice(5)}`;
  }
}

/** English name of a period, for the English catalog. */
export function periodLabelEn(period: Period): string {
  const year = period.key.slice(0, 4);
  switch (period.type) {
    case 'week':
      return `Week ${period.key.slice(6)}/${year}`;
    case 'month':
      return `${period.key.slice(5)}/${year}`;
    case 'quarter':
      return `Q${period.key.slice(6)} ${year}`;
    case 'half':
      return `${period.key.endsWith('1') ? 'First' : 'Second'} half of ${year}`;
    case 'year':
      return year;
    case 'term':
      return `Term ${year}–${period.key.slice(5)}`;
  }
}

export interface ReportDeadline {
  /** Days after the period's last day by which the report is due (0: on the last day). */
  dueDays: number;
  /** Days before the period's last day from which a report may be sent (the window opens). */
  opensDaysBefore: number;
}

export interface ReportWindow {
  opensOn: string;
  dueOn: string;
}

/** When a period's reports may be sent and when they are due. */
export function reportWindow(period: Period, deadline: ReportDeadline): ReportWindow {
  const opensOn = addDays(period.end, -deadline.opensDaysBefore);
  return {
    opensOn: opensOn < period.start ? period.start : opensOn,
    dueOn: addDays(period.end, deadline.dueDays),
  };
}

export type Timeliness = 'on_time' | 'late' | 'missing' | 'pending';

/**
 * A report sent (or received) on `sentOn` is on time when that day is no later than the due day; one not sent
 * is missing once the due day has passed, pending before.
 */
export function timeliness(dueOn: string, sentOn: string | null, today: string): Timeliness {
  if (sentOn !== null) return sentOn <= dueOn ? 'on_time' : 'late';
  return today > dueOn ? 'missing' : 'pending';
}
