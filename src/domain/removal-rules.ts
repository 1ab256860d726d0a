import { inForceOn } from './rule-sets';
/**
 * When a cell proposes removal from the Party rolls (xóa tên, DOMAIN.md §3): within one year and without good
 * reason, a member misses party activities for 3 months, or does not pay dues for 3 months; also a member who
 * lost the will to be a member and has been educated by the cell for 12 months without progress, or one who
 * failed the member's standard two years running.
 *
 * Our reading of "3 months in a year" ("ba tháng trong năm"): 3 months IN TOTAL, not necessarily consecutive,
 * within any 12 consecutive months (a rolling window, so December-to-February counts as much as one calendar
 * year). Missed activities and unpaid dues are counted separately (2 missed + 1 unpaid is not a ground). A
 * month excused with a good reason (illness, work away, …) does not count. If the Party's guidance turns out to
 * mean the calendar year or consecutive months, that is a new rule set with its effective date.
 */
export interface RemovalRuleSet {
  effectiveFrom: string;
  citation: string;
  windowMonths: number;
  missedMonths: number;
  unpaidMonths: number;
  educationMonths: number;
  failedStandardYears: number;
}

export const removalRuleSets: readonly RemovalRuleSet[] = [
  {
    effectiveFrom: '2021-07-30',
    citation: 'Điều lệ Đảng, Điều 8 khoản 2; Quy định 24-QĐ/TW (2021) về thi hành Điều lệ Đảng (verify)',
    windowMonths: 12,
    missedMonths: 3,
    unpaidMonths: 3,
    educationMonths: 12,
    failedStandardYears: 2,
  },
  {
    effectiveFrom: '2025-05-26',
    citation: 'Điều lệ Đảng, Điều 8 khoản 2; Quy định 294-QĐ/TW (2025) về thi hành Điều lệ Đảng (verify)',
    windowMonths: 12,
    missedMonths: 3,
    unpaidMonths: 3,
    educationMonths: 12,
    failedStandardYears: 2,
  },
];

export function removalRuleSetOn(date: string): RemovalRuleSet {
  return inForceOn(removalRuleSets, date, 'removal');
}

/** One month of a member's record (from the meetings and dues modules). `month` is YYYY-MM. */
export interface MonthFact {
  month: string;
  attendance?: 'attended' | 'excused' | 'missed';
  dues?: 'paid' | 'unpaid' | 'excused';
}

export interface RemovalFacts {
  months: readonly MonthFact[];
  /** Started educating a member who lost the will to be a member (YYYY-MM-DD), when the cell did. */
  educationStartedOn?: string | null;
  /** Whether the education since then has brought progress (false = none). */
  educationProgress?: boolean;
  /** Years (YYYY) in which the member was classified as failing the standard. */
  failedStandardYears?: readonly number[];
}

export type RemovalGround = 'missed_activities' | 'unpaid_dues' | 'lost_will' | 'failed_standard';

export interface RemovalFinding {
  ground: RemovalGround;
  /** The months (YYYY-MM) or years that make the ground. */
  evidence: string[];
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** The latest window of `windowMonths` consecutive months ending at or before `asOfMonth` holding ≥ n marked months. */
function windowWith(
  months: readonly string[],
  n: number,
  windowMonths: number,
  asOf: string,
): string[] | null {
  const upTo = monthIndex(asOf);
  const marked = [...new Set(months)].filter((m) => monthIndex(m) <= upTo).sort();
  for (let end = marked.length - 1; end >= n - 1; end--) {
    const last = marked[end] as string;
    const first = marked[end - n + 1] as string;
    if (monthIndex(last) - monthIndex(first) < windowMonths) return marked.slice(end - n + 1, end + 1);
  }
  return null;
}

/** Every ground for proposing removal the facts show on a date (empty: none). */
export function removalGrounds(facts: RemovalFacts, asOf: string): RemovalFinding[] {
  const rules = removalRuleSetOn(asOf);
  const asOfMonth = asOf.slice(0, 7);
  const found: RemovalFinding[] = [];
  const missed = windowWith(
    facts.months.filter((f) => f.attendance === 'missed').map((f) => f.month),
    rules.missedMonths,
    rules.windowMonths,
    asOfMonth,
  );
  if (missed) found.push({ ground: 'missed_activities', evidence: missed });
  const unpaid = windowWith(
    facts.months.filter((f) => f.dues === 'unpaid').map((f) => f.month),
    rules.unpaidMonths,
    rules.windowMonths,
    asOfMonth,
  );
  if (unpaid) found.push({ ground: 'unpaid_dues', evidence: unpaid });
  if (facts.educationStartedOn && facts.educationProgress === false) {
    const [y = 0, m = 1, d = 1] = facts.educationStartedOn.split('-').map(Number);
    const due = new Date(Date.UTC(y, m - 1 + rules.educationMonths, d)).toISOString().slice(0, 10);
    if (due <= asOf) found.push({ ground: 'lost_will', evidence: [facts.educationStartedOn] });
  }
  const failed = [...new Set(facts.failedStandardYears ?? [])].sort((a, b) => a - b);
  for (let i = failed.length - 1; i >= rules.failedStandardYears - 1; i--) {
    const run = failed.slice(i - rules.failedStandardYears + 1, i + 1);
    if ((run.at(-1) ?? 0) - (run[0] ?? 0) === rules.failedStandardYears - 1) {
      found.push({ ground: 'failed_standard', evidence: run.map(String) });
      break;
    }
  }
  return found;
}
