import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import type { TaskDetail } from './api';
import { TaskItem } from './TaskItem';

/** The sub-tasks, each with its progress; the parent's progress is their weighted average. */
export function TaskChildren({
  task,
  today,
  onAdd,
}: {
  task: TaskDetail;
  today: string;
  onAdd?: () => void;
}) {
  const { t } = useTranslation();
  if (task.children.length === 0 && !onAdd) return null;
  return (
    <Card
      title={
        <h2 className="card-title" id="task-children">
          {t('tasks.children.title')}{' '}
          <span className="count-badge">{formatNumber(task.children.length)}</span>
        </h2>
      }
    >
      <div className="stack">
        {task.children.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.children.empty')} />
        ) : (
          <ul className="plain-list" aria-labelledby="task-children">
            {task.children.map((child) => (
              <TaskItem key={child.id} task={child} today={today} />
            ))}
          </ul>
        )}
        {onAdd ? (
          <div>
            <Button icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
              {t('tasks.children.add')}
            </Button>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
