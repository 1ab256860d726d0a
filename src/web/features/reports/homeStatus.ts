import type { TFunction } from 'i18next';
import type { StatusTone } from '../../components/StatusText';
import type { DueReport } from './api';
import { daysLeft } from './labels';

/** How a due report stands on the home page, in short words: sent and waiting, returned, overdue, days left. */
export function homeStatus(t: TFunction, item: DueReport, today: string): { tone: StatusTone; text: string } {
  if (item.status === 'submitted') return { tone: 'warn', text: t('reports.statuses.submitted') };
  if (item.status === 'accepted') return { tone: 'ok', text: t('reports.statuses.accepted') };
  const days = daysLeft(item.dueOn, today);
  const deadline =
    days > 0
      ? t('reports.home.daysLeft', { count: days })
      : days === 0
        ? t('reports.home.dueToday')
        : t('reports.home.daysLate', { count: -days });
  if (item.status === 'returned') return { tone: 'bad', text: t('reports.home.returned', { deadline }) };
  return { tone: days < 0 ? 'bad' : days <= 3 ? 'warn' : 'off', text: deadline };
}
