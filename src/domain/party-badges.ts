import { addMonthsIso, dateReaching, type PartyAgeInput } from './party-age';
import { inForceOn } from './rule-sets';

/**
 * Party badges (Huy hiệu Đảng, DOMAIN.md §3): members with 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85 and 90
 * years of party age are proposed for the badge; badges are presented on 03/02, 19/05, 02/09 and 07/11.
 * A seriously ill member may receive a 30–65 year badge up to 12 months early and a 70–90 year badge up to 24
 * months early.
 *
 * Which list a member is on: for each of the coming award dates, the highest badge they reach by that date
 * (early included) that is above every badge already awarded; each member appears under the FIRST coming date
 * at which they qualify (so the first list also holds those whose badge is overdue), never twice.
 */
export interface BadgeRuleSet {
  effectiveFrom: string;
  citation: string;
  milestones: readonly number[];
  /** Award days as MM-DD. */
  awardDays: readonly string[];
  /** Months a seriously ill member may receive a badge early, by milestone. */
  earlyMonths: (years: number) => number;
}

export const badgeRuleSets: readonly BadgeRuleSet[] = [
  {
    effectiveFrom: '2021-07-30',
    citation:
      'Quy định 24-QĐ/TW (30/07/2021) về thi hành Điều lệ Đảng, mục Huy hiệu Đảng; Hướng dẫn 01-HD/TW (28/09/2021), mục 18 (verify)',
    milestones: [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90],
    awardDays: ['02-03', '05-19', '09-02', '11-07'],
    earlyMonths: (years) => (years >= 70 ? 24 : 12),
  },
];

export function badgeRuleSetOn(date: string, sets: readonly BadgeRuleSet[] = badgeRuleSets): BadgeRuleSet {
  return inForceOn(sets, date, 'badge');
}

/** The next `count` award dates on or after `from`. */
export function nextAwardDates(from: string, count = 4): string[] {
  const dates: string[] = [];
  let year = Number(from.slice(0, 4));
  while (dates.length < count) {
    for (const day of badgeRuleSetOn(`${year}-01-01`).awardDays) {
      const date = `${year}-${day}`;
      if (date >= from && dates.length < count) dates.push(date);
    }
    year++;
  }
  return dates;
}

/** The award date before `date` (the last one a member could have received a badge on). */
export function previousAwardDate(date: string): string {
  const year = Number(date.slice(0, 4));
  const days = [year - 1, year].flatMap((y) =>
    badgeRuleSetOn(`${y}-01-01`).awardDays.map((d) => `${y}-${d}`),
  );
  return days.filter((d) => d < date).at(-1) as string;
}

/**
 * Overdue: the member had the age by the previous award date already — presented then and not recorded yet,
 * or missed.
 */
export const isOverdue = (due: BadgeDue, awardDate: string): boolean =>
  !due.early && due.reachesOn <= previousAwardDate(awardDate);

/**
 * Long overdue: the age was reached even by the award date before the previous one. Lists of a new
 * installation are full of these until past awards are recorded, so the lists show them on request.
 */
export const isLongOverdue = (due: BadgeDue, awardDate: string): boolean =>
  !due.early && due.reachesOn <= previousAwardDate(previousAwardDate(awardDate));

export interface BadgeCandidate extends PartyAgeInput {
  id: string;
  /** Years of the badges already received. */
  awarded: readonly number[];
  /** Seriously ill (recorded on the member): may receive a badge early. */
  seriouslyIll: boolean;
}

export interface BadgeDue {
  years: number;
  /** The day the member has that party age. */
  reachesOn: string;
  /** Awarded before the member reaches the age (seriously ill). */
  early: boolean;
}

/** The badge a member should receive on an award date, or null. */
export function badgeDueOn(candidate: BadgeCandidate, awardDate: string): BadgeDue | null {
  const rules = badgeRuleSetOn(awardDate);
  const highestAwarded = Math.max(0, ...candidate.awarded);
  let due: BadgeDue | null = null;
  for (const years of rules.milestones) {
    if (years <= highestAwarded) continue;
    const reachesOn = dateReaching(candidate, years);
    if (!reachesOn) continue;
    if (reachesOn <= awardDate) due = { years, reachesOn, early: false };
    else if (candidate.seriouslyIll && addMonthsIso(reachesOn, -rules.earlyMonths(years)) <= awardDate)
      due = { years, reachesOn, early: true };
  }
  return due;
}

export interface BadgeListing<T extends BadgeCandidate> {
  awardDate: string;
  entries: Array<{ candidate: T; due: BadgeDue }>;
}

/** For each award date, who is proposed for which badge (each member under the first date they qualify). */
export function badgeLists<T extends BadgeCandidate>(
  candidates: readonly T[],
  awardDates: readonly string[],
): BadgeListing<T>[] {
  const lists = awardDates.map((awardDate) => ({ awardDate, entries: [] as BadgeListing<T>['entries'] }));
  for (const candidate of candidates) {
    for (const list of lists) {
      const due = badgeDueOn(candidate, list.awardDate);
      if (due) {
        list.entries.push({ candidate, due });
        break;
      }
    }
  }
  return lists;
}
