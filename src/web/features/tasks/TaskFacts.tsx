import { Link } from '@tanstack/react-router';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { ButtonLink } from '../../components/ButtonLink';
import type { TaskDetail } from './api';
import { TaskStatus } from './TaskStatus';

/** The task's source (with its text quoted), who assigned it to whom, the deadline, weight and parent. */
export function TaskFacts({ task, today }: { task: TaskDetail; today: string }) {
  const { t } = useTranslation();
  const { source } = task;
  return (
    <Card title={<h2 className="card-title">{t('tasks.detail.facts')}</h2>}>
      <dl className="task-facts">
        <dt>{t('tasks.fields.source')}</dt>
        <dd>
          <div className="stack task-source">
            <span>
              <span className="strong">{t(`tasks.sourceKinds.${source.kind}`)}</span>
              {' — '}
              {source.link ? (
                <ButtonLink type="link" href={source.link} className="task-source-link">
                  {source.title}
                </ButtonLink>
              ) : (
                <span className="break-anywhere">{source.title}</span>
              )}
              {' · '}
              {formatDate(source.date)}
            </span>
            <blockquote className="task-quote break-anywhere">{source.text}</blockquote>
          </div>
        </dd>
        <dt>{t('tasks.fields.ownerUnit')}</dt>
        <dd>{task.ownerUnit.name}</dd>
        <dt>{t('tasks.fields.assignee')}</dt>
        <dd>
          {task.assigneeUnit.name}
          {task.assigneeMember ? ` — ${task.assigneeMember.name}` : null}
        </dd>
        <dt>{t('tasks.fields.dueOn')}</dt>
        <dd className="list-card-row">
          <span>{formatDate(task.dueOn)}</span>
          <TaskStatus task={task} today={today} />
        </dd>
        {task.closedOn ? (
          <>
            <dt>{t('tasks.fields.closedOn')}</dt>
            <dd>{formatDate(task.closedOn)}</dd>
          </>
        ) : null}
        {task.closeReason ? (
          <>
            <dt>{t('tasks.fields.closeReason')}</dt>
            <dd className="break-anywhere">{task.closeReason}</dd>
          </>
        ) : null}
        {task.parent ? (
          <>
            <dt>{t('tasks.fields.parent')}</dt>
            <dd>
              <Link to="/tasks/$taskId" params={{ taskId: task.parent.id }} className="break-anywhere">
                {task.parent.title}
              </Link>
            </dd>
          </>
        ) : null}
        <dt>{t('tasks.fields.weight')}</dt>
        <dd>{task.weight}</dd>
        {task.description ? (
          <>
            <dt>{t('tasks.fields.description')}</dt>
            <dd className="break-anywhere task-description">{task.description}</dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}
