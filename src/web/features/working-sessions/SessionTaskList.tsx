import { Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { StatusText } from '../../components/StatusText';
import type { SessionTask } from './api';

export function TaskStatusTag({ task }: { task: Pick<SessionTask, 'status' | 'overdue' | 'late'> }) {
  const { t } = useTranslation();
  if (task.status === 'done')
    return task.late ? (
      <StatusText tone="warn">{t('workingSessions.task.doneLate')}</StatusText>
    ) : (
      <StatusText tone="ok">{t('workingSessions.task.done')}</StatusText>
    );
  if (task.status === 'cancelled')
    return <StatusText tone="off">{t('workingSessions.task.cancelled')}</StatusText>;
  return task.overdue ? (
    <StatusText tone="bad">{t('workingSessions.task.overdue')}</StatusText>
  ) : (
    <Tag>{t('workingSessions.task.open')}</Tag>
  );
}

/** The tasks a conclusion gave: who carries each, by when, how far it is; each links to its own page. */
export function SessionTaskList({
  tasks,
  notes,
}: {
  tasks: readonly SessionTask[];
  notes?: Map<string, string | null>;
}) {
  const { t } = useTranslation();
  if (tasks.length === 0) return <p className="muted">{t('workingSessions.task.none')}</p>;
  return (
    <div>
      {tasks.map((task) => (
        <div key={task.id} className="session-task">
          <div className="session-task-title">
            {/* The tasks pages belong to the tasks feature; a plain link keeps this one independent of its routes. */}
            <a href={`/tasks/${encodeURIComponent(task.id)}`}>{task.title}</a>
            <div className="muted">
              {task.assigneeUnit.name}
              {task.assigneeMember ? ` — ${task.assigneeMember.name}` : ''} ·{' '}
              {t('workingSessions.task.due', { date: formatDate(task.dueOn) })}
            </div>
            {notes?.get(task.id) ? <div className="break-anywhere">{notes.get(task.id)}</div> : null}
          </div>
          <Progress
            className="session-task-progress"
            percent={task.progress}
            size="small"
            status={task.overdue ? 'exception' : task.status === 'done' ? 'success' : 'normal'}
            aria-label={t('workingSessions.task.progress', { title: task.title })}
          />
          <TaskStatusTag task={task} />
        </div>
      ))}
    </div>
  );
}
