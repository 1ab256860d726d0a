/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`, UTC) for the demo generator. */

// Integer arithmetic on the proleptic Gregorian calendar (H. Hinnant's days-from-civil): the generator does
// this millions of times, and Date objects with toISOString were a quarter of its time.

function parts(iso: string): [number, number, number] {
  const y = Number(iso.slice(0, 4));
  const m = (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48);
  const d = (iso.charCodeAt(8) - 48) * 10 + (iso.charCodeAt(9) - 48);
  return [y, m, d];
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`;
}

/** Days since 1970-01-01. */
export function toDay(iso: string): number {
  const [year, m, d] = parts(iso);
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return format(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Same day of the month `months` later; the last day of the month when that day does not exist. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = month === 2 && isLeap(year) ? 29 : (monthLength[month - 1] as number);
  return format(year, month, Math.min(d, last));
}

export const addYears = (iso: string, years: number) => addMonths(iso, years * 12);

/** Whole months from `from` to `to` (a month counts once its day is reached). */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

export const yearsBetween = (from: string, to: string) => Math.floor(monthsBetween(from, to) / 12);

export const minDate = (a: string, b: string) => (a < b ? a : b);
export const maxDate = (a: string, b: string) => (a > b ? a : b);

/** Uniform day in [from, to] (inclusive); `from` when the range is empty. */
export function dayBetween(float: number, from: string, to: string): string {
  const a = toDay(from);
  const b = Math.max(a, toDay(to));
  return fromDay(a + Math.floor(float * (b - a + 1)));
}
