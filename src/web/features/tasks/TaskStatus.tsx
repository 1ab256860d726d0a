import { useTranslation } from 'react-i18next';
import { StatusText } from '../../components/StatusText';
import type { TaskSummary } from './api';
import { taskState } from './status';

/** The task's status in words: done (late), cancelled, overdue by N days, due today, N days left. */
export function TaskStatus({
  task,
  today,
}: {
  task: Pick<TaskSummary, 'status' | 'late' | 'overdue' | 'dueOn'>;
  today: string;
}) {
  const { t } = useTranslation();
  const state = taskState(task, today);
  const days = 'days' in state ? state.days : 0;
  return <StatusText tone={state.tone}>{t(`tasks.state.${state.key}`, { count: days })}</StatusText>;
}
