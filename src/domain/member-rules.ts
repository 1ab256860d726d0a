import type { MemberStatus } from './member-codes';
import { inForceOn } from './rule-sets';

/**
 * Consistency rules of a member record (DOMAIN.md §3), pure so the API, the import and the generator share them.
 *
 * Admission age: "đủ 18 tuổi đến đủ 60 tuổi (tính theo tháng) tính đến thời điểm chi bộ xét kết nạp". Our
 * reading: age is counted in completed months; the applicant is eligible from the day they turn 18 (216
 * months) while they are at most 60 years and 0 months old (720 completed months) — "counted in months" is
 * what makes 60 years and 1 month already over 60. The admission date stands in for the day the cell
 * considered the case (the record holds no separate date). Admission outside the range is allowed only with
 * a recorded exception (the superior committee's decision), held in `admissionAgeException`.
 * If the Party's reading turns out to be "until the day before the 61st birthday", `maxAdmissionAgeMonths`
 * becomes 731 in a new rule set with its effective date.
 */
export interface MemberRuleSet {
  effectiveFrom: string;
  citation: string;
  minAdmissionAgeMonths: number;
  maxAdmissionAgeMonths: number;
}

export const memberRuleSets: readonly MemberRuleSet[] = [
  {
    effectiveFrom: '2021-07-30',
    citation:
      'Điều lệ Đảng, Điều 1 và Điều 4; Quy định 24-QĐ/TW (30/07/2021), Hướng dẫn 01-HD/TW (28/09/2021) mục 3.1',
    minAdmissionAgeMonths: 18 * 12,
    maxAdmissionAgeMonths: 60 * 12,
  },
  {
    // Date of 294-QĐ/TW as recorded in DOMAIN.md's sources (verify).
    effectiveFrom: '2025-05-26',
    citation: 'Điều lệ Đảng, Điều 1 và Điều 4; Quy định 294-QĐ/TW (2025) về thi hành Điều lệ Đảng',
    minAdmissionAgeMonths: 18 * 12,
    maxAdmissionAgeMonths: 60 * 12,
  },
];

/** The rule set in force on a date (the earliest one for dates before all of them). */
export function ruleSetOn(date: string, sets: readonly MemberRuleSet[] = memberRuleSets): MemberRuleSet {
  return inForceOn(sets, date, 'member');
}

const parse = (iso: string) => {
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number);
  return { y, m, d };
};
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Completed months from `from` to `to`. A month whose day does not exist in the end month (born on the 31st,
 * 29 February) completes on that month's last day, as civil-law periods do.
 */
export function completedMonths(from: string, to: string): number {
  const a = parse(from);
  const b = parse(to);
  const months = (b.y - a.y) * 12 + (b.m - a.m);
  const dayReached = b.d >= a.d || b.d === daysInMonth(b.y, b.m);
  return dayReached ? months : months - 1;
}

/** Whole years from `from` to `to` (age on a date, party age). */
export const completedYears = (from: string, to: string): number =>
  Math.floor(completedMonths(from, to) / 12);

export type MemberRuleCode =
  | 'MEMBER_DATE_IN_FUTURE'
  | 'MEMBER_DATES'
  | 'MEMBER_ADMISSION_AGE'
  | 'MEMBER_STATUS_DATES';

export interface MemberRuleViolation {
  code: MemberRuleCode;
  field: string;
  params?: Record<string, string | number>;
}

export interface MemberDates {
  birthDate: string;
  admissionDate?: string | null;
  officialDate?: string | null;
  admissionAgeException?: string | null;
  status: MemberStatus;
  statusSince?: string | null;
}

/** Statuses of people who have been admitted (they must have an admission date). */
const admittedStatuses: readonly MemberStatus[] = ['probationary', 'official', 'exempted'];
const EARLIEST_BIRTH = '1900-01-01';

/** Every rule the record breaks, most basic first (the API reports the first). */
export function memberViolations(m: MemberDates, today: string): MemberRuleViolation[] {
  const found: MemberRuleViolation[] = [];
  const dates = [
    ['birthDate', m.birthDate],
    ['admissionDate', m.admissionDate],
    ['officialDate', m.officialDate],
    ['statusSince', m.statusSince],
  ] as const;
  for (const [field, value] of dates) {
    if (value && value > today) found.push({ code: 'MEMBER_DATE_IN_FUTURE', field, params: { today } });
  }
  if (m.birthDate < EARLIEST_BIRTH)
    found.push({ code: 'MEMBER_DATES', field: 'birthDate', params: { rule: 'birth_too_early' } });
  if (m.admissionDate && m.admissionDate <= m.birthDate)
    found.push({ code: 'MEMBER_DATES', field: 'admissionDate', params: { rule: 'admission_after_birth' } });
  if (m.officialDate && !m.admissionDate)
    found.push({
      code: 'MEMBER_DATES',
      field: 'admissionDate',
      params: { rule: 'official_needs_admission' },
    });
  if (m.officialDate && m.admissionDate && m.officialDate < m.admissionDate)
    found.push({ code: 'MEMBER_DATES', field: 'officialDate', params: { rule: 'official_after_admission' } });
  if (m.statusSince && m.statusSince < m.birthDate)
    found.push({ code: 'MEMBER_DATES', field: 'statusSince', params: { rule: 'status_after_birth' } });
  else if (
    m.statusSince &&
    admittedStatuses.includes(m.status) &&
    m.admissionDate &&
    m.statusSince < m.admissionDate
  )
    found.push({ code: 'MEMBER_DATES', field: 'statusSince', params: { rule: 'status_before_admission' } });
  else if (m.statusSince && m.status === 'official' && m.officialDate && m.statusSince < m.officialDate)
    found.push({ code: 'MEMBER_DATES', field: 'statusSince', params: { rule: 'status_before_official' } });

  if (admittedStatuses.includes(m.status) && !m.admissionDate)
    found.push({ code: 'MEMBER_STATUS_DATES', field: 'admissionDate', params: { rule: 'needs_admission' } });
  if (m.status === 'official' && !m.officialDate)
    found.push({ code: 'MEMBER_STATUS_DATES', field: 'officialDate', params: { rule: 'needs_official' } });
  if (m.status === 'probationary' && m.officialDate)
    found.push({
      code: 'MEMBER_STATUS_DATES',
      field: 'officialDate',
      params: { rule: 'probationary_official' },
    });

  if (m.admissionDate && m.admissionDate > m.birthDate && !m.admissionAgeException?.trim()) {
    const rules = ruleSetOn(m.admissionDate);
    const months = completedMonths(m.birthDate, m.admissionDate);
    if (months < rules.minAdmissionAgeMonths || months > rules.maxAdmissionAgeMonths) {
      found.push({
        code: 'MEMBER_ADMISSION_AGE',
        field: 'admissionDate',
        params: {
          years: Math.floor(months / 12),
          months: months % 12,
          min: rules.minAdmissionAgeMonths / 12,
          max: rules.maxAdmissionAgeMonths / 12,
          citation: rules.citation,
        },
      });
    }
  }
  return found;
}
