import { Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import type { SessionTask } from './api';

export function TaskStatusTag({ task }: { task: Pick<SessionTask, 'status' | 'overdue' | 'late'> }) {
  const { t } = useTranslation();
  if (task.status === 'done')
    return (
      <Tag color={task.late ? 'orange' : 'green'}>
        {t(task.late ? 'workingSessions.task.doneLate' : 'workingSessions.task.done')}
      </Tag>
    );
  if (task.status === 'cancelled') return <Tag>{t('workingSessions.task.cancelled')}</Tag>;
  return task.overdue ? (
    <Tag color="red">{t('workingSessions.task.overdue')}</Tag>
  ) : (
    <Tag color="blue">{t('workingSessions.task.open')}</Tag>
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
