import type { MemberStatus } from './member-codes';
import { completedMonths } from './member-rules';
import { inForceOn } from './rule-sets';

/**
 * Party age (tuổi đảng, DOMAIN.md §3): counted from the date in the admission decision, minus the time the
 * person was not in party activity (expelled, removed, lost contact, gaps between transfers). A re-admitted
 * member counts from the FIRST admission, minus the gap between leaving and re-admission (recorded as a gap).
 *
 * Our reading of "minus the gaps": the gaps' days are added to the start (the member's party age on a date
 * is the calendar distance from admission + gap days to that date), so years, months and days read as users
 * expect and a member with no gaps is exactly `completedYears(admission, date)` old.
 * Gaps run from `from` (inclusive) to `to` (exclusive: the day party activity resumed); an open gap (no `to`)
 * lasts up to the date asked about. Overlapping gaps count once; time before admission is ignored.
 * Party age stops growing on the day a member dies, is removed or expelled (`endedOn`).
 */
export interface PartyAgeRuleSet {
  effectiveFrom: string;
  citation: string;
}

export const partyAgeRuleSets: readonly PartyAgeRuleSet[] = [
  {
    effectiveFrom: '2021-07-30',
    citation:
      'Điều lệ Đảng, Điều 6 (tuổi đảng); Quy định 24-QĐ/TW (30/07/2021) và Hướng dẫn 01-HD/TW (28/09/2021) về tuổi đảng của đảng viên kết nạp lại (verify)',
  },
  {
    effectiveFrom: '2025-05-26',
    citation: 'Điều lệ Đảng, Điều 6 (tuổi đảng); Quy định 294-QĐ/TW (2025) về thi hành Điều lệ Đảng (verify)',
  },
];

export const gapReasons = ['expulsion', 'removal', 'lost_contact', 'transfer_gap', 'other'] as const;
export type GapReason = (typeof gapReasons)[number];

export interface PartyGap {
  from: string;
  /** Exclusive; null while the gap is still open. */
  to: string | null;
  reason?: GapReason;
}

export interface PartyAgeInput {
  /** The first admission decision date. */
  admissionDate: string;
  gaps: readonly PartyGap[];
  /** Party age stops on this date (death, removal, expulsion). */
  endedOn?: string | null;
}

export interface PartyAge {
  years: number;
  months: number;
  days: number;
  /** Days of gaps deducted. */
  gapDays: number;
  /** The date the age is counted to (the date asked, or the end of membership when earlier). */
  countedTo: string;
  citation: string;
}

const DAY = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fromTime = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const addDaysIso = (iso: string, days: number): string => fromTime(toTime(iso) + days * DAY);
export const daysBetween = (from: string, to: string): number =>
  Math.round((toTime(to) - toTime(from)) / DAY);

/** Adds months, clamping to the month's last day (31/01 + 1 month = 28 or 29/02). */
export function addMonthsIso(iso: string, months: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function partyAgeRuleSetOn(date: string): PartyAgeRuleSet {
  return inForceOn(partyAgeRuleSets, date, 'party-age');
}

/** The gaps between admission and `until` (exclusive), clipped, sorted and with overlaps merged. */
export function mergedGaps(
  admissionDate: string,
  gaps: readonly PartyGap[],
  until: string,
): { from: string; to: string }[] {
  const spans = gaps
    .map((g) => ({
      from: g.from < admissionDate ? admissionDate : g.from,
      to: g.to === null || g.to > until ? until : g.to,
    }))
    .filter((s) => s.from < s.to)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: { from: string; to: string }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.from <= last.to) {
      if (span.to > last.to) last.to = span.to;
    } else merged.push({ ...span });
  }
  return merged;
}

/** Days of gaps between admission and `until` (exclusive), overlapping gaps counted once. */
export const gapDaysBefore = (admissionDate: string, gaps: readonly PartyGap[], until: string): number =>
  mergedGaps(admissionDate, gaps, until).reduce((sum, g) => sum + daysBetween(g.from, g.to), 0);

/**
 * The day party age counts from: admission moved on by each gap's calendar length (a gap of exactly three
 * years moves it three years, whatever 29 February falls inside).
 */
export function countedFrom(admissionDate: string, gaps: readonly PartyGap[], until: string): string {
  let months = 0;
  let days = 0;
  for (const gap of mergedGaps(admissionDate, gaps, until)) {
    const m = completedMonths(gap.from, gap.to);
    months += m;
    days += daysBetween(addMonthsIso(gap.from, m), gap.to);
  }
  return addDaysIso(addMonthsIso(admissionDate, months), days);
}

/** Completed years, months and days from `from` to `to` (calendar arithmetic, as an age is read). */
export function calendarDistance(from: string, to: string): { years: number; months: number; days: number } {
  if (to < from) return { years: 0, months: 0, days: 0 };
  const months = completedMonths(from, to);
  const anchor = addMonthsIso(from, months);
  return { years: Math.floor(months / 12), months: months % 12, days: daysBetween(anchor, to) };
}

/** Party age on a date; null before admission. */
export function partyAge(input: PartyAgeInput, on: string): PartyAge | null {
  const countedTo = input.endedOn && input.endedOn < on ? input.endedOn : on;
  if (countedTo < input.admissionDate) return null;
  const gapDays = gapDaysBefore(input.admissionDate, input.gaps, countedTo);
  const start = countedFrom(input.admissionDate, input.gaps, countedTo);
  return {
    ...calendarDistance(start, countedTo),
    gapDays,
    countedTo,
    citation: partyAgeRuleSetOn(countedTo).citation,
  };
}

/** Completed years of party age on a date (0 before admission). */
export const partyAgeYears = (input: PartyAgeInput, on: string): number => partyAge(input, on)?.years ?? 0;

/**
 * The first day on which the member has `years` of party age; null while a gap is open or when membership
 * ended before that. Gaps only push the day later, so the search converges in a few rounds.
 */
export function dateReaching(input: PartyAgeInput, years: number): string | null {
  if (input.gaps.some((g) => g.to === null)) return null;
  let day = addMonthsIso(input.admissionDate, years * 12);
  for (let round = 0; round < 100; round++) {
    const next = addMonthsIso(countedFrom(input.admissionDate, input.gaps, day), years * 12);
    if (next === day) break;
    day = next;
  }
  if (input.endedOn && input.endedOn < day) return null;
  return day;
}

/** Statuses whose party age is frozen on the status date. */
export const endingStatuses: readonly MemberStatus[] = ['removed', 'expelled', 'deceased'];
