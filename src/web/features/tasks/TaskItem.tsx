import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import type { TaskSummary } from './api';
import { TaskProgressBar } from './TaskProgressBar';
import { TaskStatus } from './TaskStatus';

/** One task in a list: its title (opening it), who does it, the deadline, progress and status in words. */
export function TaskItem({ task, today }: { task: TaskSummary; today: string }) {
  const { t } = useTranslation();
  const assignee = task.assigneeMember
    ? `${task.assigneeUnit.name} — ${task.assigneeMember.name}`
    : task.assigneeUnit.name;
  return (
    <li className="list-card task-item">
      <Link to="/tasks/$taskId" params={{ taskId: task.id }} className="strong break-anywhere">
        {task.title}
      </Link>
      <span className="muted break-anywhere">
        {t('tasks.item.assignee', { who: assignee })} · {t(`tasks.sourceKinds.${task.source.kind}`)}
      </span>
      <span className="list-card-row">
        <span>{t('tasks.item.due', { date: formatDate(task.dueOn) })}</span>
        <TaskStatus task={task} today={today} />
      </span>
      <TaskProgressBar task={task} size="small" />
    </li>
  );
}
