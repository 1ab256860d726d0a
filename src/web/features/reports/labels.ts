import type { TFunction } from 'i18next';
import type { SubmissionStatus } from '../../../contracts/reports';
import { type Period, periodLabel, periodLabelEn } from '../../../domain/report-periods';
import type { ValueIssue } from '../../../domain/report-values';
import type { StatusTone } from '../../components/StatusText';

export type Timeliness = 'on_time' | 'late' | 'missing' | 'pending';

/** A period's name in the UI language: "Tháng 03/2026" / "03/2026". */
export const periodName = (period: Period, language: string): string =>
  language === 'en' ? periodLabelEn(period) : periodLabel(period);

export const statusTone: Record<SubmissionStatus, StatusTone> = {
  draft: 'off',
  submitted: 'warn',
  returned: 'bad',
  accepted: 'ok',
};

export const timelinessTone: Record<Timeliness, StatusTone> = {
  on_time: 'ok',
  late: 'warn',
  missing: 'bad',
  pending: 'off',
};

/** What the due card's button says: start a report, or go on with the one begun. */
export function dueAction(item: {
  submissionId: string | null;
  status: SubmissionStatus | null;
}): 'create' | 'continue' | 'view' {
  if (item.submissionId === null) return 'create';
  return item.status === 'draft' || item.status === 'returned' ? 'continue' : 'view';
}

/** A value-check issue in words, naming the field (or the rule) it is about. */
export const issueText = (t: TFunction, issue: ValueIssue): string =>
  t(`reports.issues.${issue.code}`, { ...issue.params });

/** Whole days from `today` to `dueOn` (yyyy-mm-dd): negative once the deadline has passed. */
export function daysLeft(dueOn: string, today: string): number {
  return Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** How a due report's deadline reads: "Còn 3 ngày", "Hạn hôm nay", "Quá hạn 2 ngày". */
export function deadlineText(t: TFunction, dueOn: string, today: string): string {
  const days = daysLeft(dueOn, today);
  if (days > 0) return t('reports.due.daysLeft', { count: days });
  if (days === 0) return t('reports.due.dueToday');
  return t('reports.due.daysLate', { count: -days });
}
