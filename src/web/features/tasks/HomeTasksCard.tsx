import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { ButtonLink } from '../../components/ButtonLink';
import { StatusText } from '../../components/StatusText';
import { myTasksQuery } from './api';
import { localToday } from './status';
import { TaskStatus } from './TaskStatus';

const shown = 3;

/** On the home page: how many of the user's own tasks are open and overdue, the most urgent few. */
export function HomeTasksCard() {
  const { t } = useTranslation();
  const mine = useQuery(myTasksQuery);
  if (!mine.data) return null;
  const open = mine.data.items.filter((task) => task.status === 'open');
  const overdue = open.filter((task) => task.overdue).length;
  const urgent = [...open].sort((a, b) => a.dueOn.localeCompare(b.dueOn)).slice(0, shown);
  const today = localToday();
  return (
    <Card title={<h2 className="card-title">{t('tasks.mine.homeTitle')}</h2>}>
      {open.length === 0 ? (
        <Typography.Paragraph>{t('tasks.mine.homeNone')}</Typography.Paragraph>
      ) : (
        <div className="stack">
          <span className="list-card-row">
            <span>{t('tasks.mine.homeOpen', { n: formatNumber(open.length) })}</span>
            {overdue > 0 ? (
              <StatusText tone="bad">{t('tasks.mine.homeOverdue', { n: formatNumber(overdue) })}</StatusText>
            ) : null}
          </span>
          <ul className="plain-list">
            {urgent.map((task) => (
              <li key={task.id} className="list-card">
                <Link to="/tasks/$taskId" params={{ taskId: task.id }} className="strong break-anywhere">
                  {task.title}
                </Link>
                <TaskStatus task={task} today={today} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="card-footer-link">
        <ButtonLink href="/tasks">{t('tasks.mine.homeLink')}</ButtonLink>
      </div>
    </Card>
  );
}
