import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskSummary } from './api';

/** The task's progress as a bar with its percent always in figures (an overdue one in red). */
export function TaskProgressBar({
  task,
  size,
}: {
  task: Pick<TaskSummary, 'title' | 'progress' | 'status' | 'overdue'>;
  size?: 'small';
}) {
  const { t } = useTranslation();
  return (
    <Progress
      percent={task.progress}
      size={size}
      className="task-progress"
      aria-label={t('tasks.progressOf', { title: task.title })}
      format={(percent) => `${percent ?? 0}%`}
      status={task.status === 'done' ? 'success' : task.overdue ? 'exception' : 'normal'}
    />
  );
}
