import { inForceOn } from './rule-sets';
import { addMonths, addWorkingDays, type WorkingCalendar } from './working-days';

/**
 * Rules of transfers of party membership (chuyển sinh hoạt đảng), DOMAIN.md §3:
 * - an official transfer (chuyển sinh hoạt đảng chính thức) starts — the letter is issued — within 60 working
 *   days of the move (new job or residence);
 * - the member presents the letter (giấy giới thiệu sinh hoạt đảng) to the receiving party organisation within
 *   30 working days of its date;
 * - a temporary transfer (chuyển sinh hoạt đảng tạm thời) is for a move of 3 months to under 1 year; for study,
 *   3 months to 2 years.
 * Periods of working days start the day after the event (src/domain/working-days.ts). "To 2 years" for study is
 * read as inclusive of the day two years on; "under 1 year" as strictly before the day one year on.
 */
export interface TransferRuleSet {
  effectiveFrom: string;
  citation: string;
  /** Working days from the move within which the letter of an official transfer must be issued. */
  issueWithinWorkingDays: number;
  /** Working days from the letter's date within which the member presents it to the receiving organisation. */
  presentWithinWorkingDays: number;
  temporary: {
    minMonths: number;
    /** The period must end before this many months (exclusive). */
    maxMonthsExclusive: number;
    /** For study the period may last up to this many months (inclusive). */
    studyMaxMonths: number;
  };
}

export const transferRuleSets: readonly TransferRuleSet[] = [
  {
    effectiveFrom: '2021-07-30',
    citation:
      'Điều lệ Đảng, Điều 7 (verify); Quy định 24-QĐ/TW (30/07/2021) và Hướng dẫn 01-HD/TW (28/09/2021), mục chuyển sinh hoạt đảng (verify)',
    issueWithinWorkingDays: 60,
    presentWithinWorkingDays: 30,
    temporary: { minMonths: 3, maxMonthsExclusive: 12, studyMaxMonths: 24 },
  },
  {
    // Date of 294-QĐ/TW as recorded in DOMAIN.md's sources (verify), like src/domain/member-rules.ts.
    effectiveFrom: '2025-05-26',
    citation:
      'Điều lệ Đảng, Điều 7 (verify); Quy định 294-QĐ/TW (2025) về thi hành Điều lệ Đảng và Hướng dẫn 01-HD/TW, mục chuyển sinh hoạt đảng (verify)',
    issueWithinWorkingDays: 60,
    presentWithinWorkingDays: 30,
    temporary: { minMonths: 3, maxMonthsExclusive: 12, studyMaxMonths: 24 },
  },
];

/** The rule set in force on a date (the earliest one for dates before all of them). */
export function transferRulesOn(
  date: string,
  sets: readonly TransferRuleSet[] = transferRuleSets,
): TransferRuleSet {
  return inForceOn(sets, date, 'transfer');
}

export const transferKinds = ['official', 'temporary'] as const;
export type TransferKind = (typeof transferKinds)[number];
export const transferPurposes = ['work', 'residence', 'study', 'other'] as const;
export type TransferPurpose = (typeof transferPurposes)[number];
export const transferStatuses = ['draft', 'issued', 'received', 'cancelled'] as const;
export type TransferStatus = (typeof transferStatuses)[number];

export interface TransferViolation {
  code: 'TRANSFER_PERIOD' | 'TRANSFER_PERIOD_ORDER';
  field: string;
  params?: Record<string, string | number>;
}

/**
 * What is wrong with the period of a temporary transfer (null when it is fine). Official transfers carry no
 * period. The rule set is the one in force at the start of the period.
 */
export function temporaryPeriodViolation(input: {
  kind: TransferKind;
  purpose: TransferPurpose;
  periodFrom?: string | null;
  periodTo?: string | null;
}): TransferViolation | null {
  if (input.kind !== 'temporary') return null;
  if (!input.periodFrom)
    return { code: 'TRANSFER_PERIOD', field: 'periodFrom', params: { rule: 'required' } };
  if (!input.periodTo) return { code: 'TRANSFER_PERIOD', field: 'periodTo', params: { rule: 'required' } };
  if (input.periodTo <= input.periodFrom)
    return { code: 'TRANSFER_PERIOD_ORDER', field: 'periodTo', params: { from: input.periodFrom } };
  const rules = transferRulesOn(input.periodFrom);
  const { minMonths, maxMonthsExclusive, studyMaxMonths } = rules.temporary;
  const earliestEnd = addMonths(input.periodFrom, minMonths);
  const study = input.purpose === 'study';
  const tooShort = input.periodTo < earliestEnd;
  const tooLong = study
    ? input.periodTo > addMonths(input.periodFrom, studyMaxMonths)
    : input.periodTo >= addMonths(input.periodFrom, maxMonthsExclusive);
  if (!tooShort && !tooLong) return null;
  return {
    code: 'TRANSFER_PERIOD',
    field: 'periodTo',
    params: {
      rule: study ? 'study_range' : 'range',
      min: minMonths,
      max: study ? studyMaxMonths : maxMonthsExclusive,
      citation: rules.citation,
    },
  };
}

/** The last day to issue the letter of a transfer whose move happened on `moveDate`. */
export function issueDueOn(moveDate: string, calendar: WorkingCalendar): string {
  return addWorkingDays(moveDate, transferRulesOn(moveDate).issueWithinWorkingDays, calendar);
}

/** The last day to present a letter dated `letterDate` to the receiving organisation. */
export function presentDueOn(letterDate: string, calendar: WorkingCalendar): string {
  return addWorkingDays(letterDate, transferRulesOn(letterDate).presentWithinWorkingDays, calendar);
}

/**
 * The 60-working-day limit binds official transfers; a temporary one is arranged before or at the move and
 * still gets the same due date as a reminder, but is never "late".
 */
export const issueIsLate = (
  kind: TransferKind,
  moveDate: string,
  letterDate: string,
  calendar: WorkingCalendar,
): boolean => kind === 'official' && letterDate > issueDueOn(moveDate, calendar);

export const receiptIsLate = (letterDate: string, receivedOn: string, calendar: WorkingCalendar): boolean =>
  receivedOn > presentDueOn(letterDate, calendar);

export interface TransferDeadlineInput {
  kind: TransferKind;
  status: TransferStatus;
  moveDate: string;
  letterDate?: string | null;
  issueDueOn: string;
  presentDueOn?: string | null;
  periodTo?: string | null;
}

/** What is due next for a transfer, and whether it is overdue on `today`. */
export function nextDeadline(
  t: TransferDeadlineInput,
  today: string,
): { kind: 'issue' | 'present' | 'period_end'; dueOn: string; overdue: boolean } | null {
  if (t.status === 'draft')
    return { kind: 'issue', dueOn: t.issueDueOn, overdue: t.kind === 'official' && today > t.issueDueOn };
  if (t.status === 'issued' && t.presentDueOn)
    return { kind: 'present', dueOn: t.presentDueOn, overdue: today > t.presentDueOn };
  if (t.status === 'received' && t.kind === 'temporary' && t.periodTo && t.periodTo >= today)
    return { kind: 'period_end', dueOn: t.periodTo, overdue: false };
  return null;
}

/** "yyyy-mm" → "mm/yyyy", as the letter writes the month up to which dues are paid. */
export function duesMonthText(month: string): string {
  const [y, m] = month.split('-');
  return `${m}/${y}`;
}
