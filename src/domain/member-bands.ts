import type { AgeBand, PartyAgeBand } from './member-codes';

/**
 * The bands of the member statistics and list filters, as whole-year ranges [from, to) — `to` null is open.
 * Age bands follow the usual report lines (dưới 30, 30-40, 41-50, 51-60, 61-70, trên 70).
 */
export interface YearRange {
  from: number;
  to: number | null;
}

export const ageBandRanges: Record<AgeBand, YearRange> = {
  under_30: { from: 0, to: 30 },
  '30_40': { from: 30, to: 41 },
  '41_50': { from: 41, to: 51 },
  '51_60': { from: 51, to: 61 },
  '61_70': { from: 61, to: 71 },
  over_70: { from: 71, to: null },
};

export const partyAgeBandRanges: Record<PartyAgeBand, YearRange> = {
  under_10: { from: 0, to: 10 },
  '10_19': { from: 10, to: 20 },
  '20_29': { from: 20, to: 30 },
  '30_39': { from: 30, to: 40 },
  '40_49': { from: 40, to: 50 },
  '50_plus': { from: 50, to: null },
};

export function bandOf<K extends string>(ranges: Record<K, YearRange>, years: number): K | null {
  for (const [key, range] of Object.entries(ranges) as [K, YearRange][]) {
    if (years >= range.from && (range.to === null || years < range.to)) return key;
  }
  return null;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The latest start date from which `years` whole years have passed by `onDate` (as `completedYears` counts
 * them), so "age ≥ n on d" is the indexable `birth_date <= yearsBefore(d, n)`.
 */
export function yearsBefore(onDate: string, years: number): string {
  const y = Number(onDate.slice(0, 4)) - years;
  const md = onDate.slice(5);
  const year = String(y).padStart(4, '0');
  if (md === '02-29' && !isLeap(y)) return `${year}-02-28`;
  // On 28 February of a common year, someone born on 29 February completes the year.
  if (md === '02-28' && !isLeap(Number(onDate.slice(0, 4))) && isLeap(y)) return `${year}-02-29`;
  return `${year}-${md}`;
}
