import { useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { myTasksQuery } from './api';
import { localToday } from './status';
import { TaskItem } from './TaskItem';

/** "Việc của tôi": the open tasks assigned to the user's own member record; nothing when there are none. */
export function MyTasksCard() {
  const { t } = useTranslation();
  const mine = useQuery(myTasksQuery);
  const items = (mine.data?.items ?? []).filter((task) => task.status === 'open');
  if (items.length === 0) return null;
  return (
    <Card
      title={
        <h2 className="card-title" id="my-tasks">
          {t('tasks.mine.title')} <span className="count-badge">{formatNumber(items.length)}</span>
        </h2>
      }
    >
      <ul className="plain-list" aria-labelledby="my-tasks">
        {items.map((task) => (
          <TaskItem key={task.id} task={task} today={localToday()} />
        ))}
      </ul>
    </Card>
  );
}
