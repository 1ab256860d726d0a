import { PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Empty, Skeleton, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { formatNumber } from '../../app/format';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeader } from '../../components/PageHeader';
import { unitQuery } from '../org/api';
import { mayAssign, useDefaultUnit } from './access';
import { boardQuery, type TaskBoard } from './api';
import { CreateTaskModal } from './CreateTaskModal';
import { MyTasksCard } from './MyTasksCard';
import type { ListStatus } from './search';
import { TaskItem } from './TaskItem';
import { UnitReachFilter } from './UnitReachFilter';
import './tasks.css';

/** "Nhiệm vụ": a unit's board of what is overdue, due this week and done lately; the user's own tasks. */
export function TaskBoardPage() {
  const { t } = useTranslation();
  const { unitId, reach = 'subtree' } = useSearch({ from: '/app/tasks' });
  const navigate = useNavigate({ from: '/tasks' });
  const me = useMe();
  const [creating, setCreating] = useState(false);
  const setUnit = useCallback(
    (id: string) => void navigate({ search: (s) => ({ ...s, unitId: id }), replace: true }),
    [navigate],
  );
  useDefaultUnit(unitId, setUnit);
  const board = useQuery({ ...boardQuery(unitId ?? '', reach), enabled: unitId !== undefined });
  const unit = useQuery({ ...unitQuery(unitId ?? ''), enabled: unitId !== undefined });
  const listHref = (status: ListStatus) =>
    `/tasks/list?${new URLSearchParams({ unitId: unitId ?? '', reach, status }).toString()}`;

  return (
    <>
      <PageHeader
        title={t('tasks.title')}
        intro={t('tasks.intro')}
        extra={
          <>
            <ButtonLink href={listHref('open')} icon={<UnorderedListOutlined aria-hidden />}>
              {t('tasks.board.allTasks')}
            </ButtonLink>
            {mayAssign(me) ? (
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden />}
                disabled={!unitId}
                onClick={() => setCreating(true)}
              >
                {t('tasks.create.button')}
              </Button>
            ) : null}
          </>
        }
      />
      <div className="stack">
        <Card>
          <UnitReachFilter
            idPrefix="task-board"
            unitId={unitId}
            reach={reach}
            onChange={(patch) => void navigate({ search: (s) => ({ ...s, ...patch }) })}
          />
        </Card>
        <MyTasksCard />
        {board.isPending && unitId ? (
          <Card>
            <Skeleton active title={false} paragraph={{ rows: 8 }} />
          </Card>
        ) : board.error ? (
          <Alert type="error" showIcon title={errorText(board.error)} />
        ) : board.data ? (
          <BoardColumns board={board.data} listHref={listHref} />
        ) : null}
      </div>
      {unitId && mayAssign(me) ? (
        <CreateTaskModal
          key={unitId}
          ownerUnitId={unitId}
          ownerUnitName={unit.data?.name}
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(task) => {
            setCreating(false);
            void navigate({ to: '/tasks/$taskId', params: { taskId: task.id } });
          }}
        />
      ) : null}
    </>
  );
}

function BoardColumns({ board, listHref }: { board: TaskBoard; listHref: (s: ListStatus) => string }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph className="muted" style={{ margin: 0 }}>
        {t('tasks.board.openTotal', { n: formatNumber(board.openTotal) })}
      </Typography.Paragraph>
      <div className="task-board">
        <BoardColumn
          id="overdue"
          tone="bad"
          title={t('tasks.board.overdue')}
          column={board.overdue}
          today={board.today}
          empty={t('tasks.board.overdueEmpty')}
          href={listHref('overdue')}
        />
        <BoardColumn
          id="due-week"
          tone="warn"
          title={t('tasks.board.dueThisWeek')}
          column={board.dueThisWeek}
          today={board.today}
          empty={t('tasks.board.dueThisWeekEmpty')}
          href={listHref('due_week')}
        />
        <BoardColumn
          id="done"
          tone="ok"
          title={t('tasks.board.done')}
          column={board.done}
          today={board.today}
          empty={t('tasks.board.doneEmpty')}
          href={listHref('done')}
        />
      </div>
    </>
  );
}

interface ColumnProps {
  id: string;
  tone: 'bad' | 'warn' | 'ok';
  title: string;
  column: TaskBoard['overdue'];
  today: string;
  empty: string;
  href: string;
}

function BoardColumn({ id, tone, title, column, today, empty, href }: ColumnProps) {
  const { t } = useTranslation();
  const headingId = `task-board-${id}`;
  return (
    <Card
      className={`task-column task-column-${tone}`}
      title={
        <h2 className="card-title" id={headingId}>
          {title} <span className="count-badge">{formatNumber(column.total)}</span>
        </h2>
      }
    >
      {column.total === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <>
          <ul className="plain-list" aria-labelledby={headingId}>
            {column.items.map((task) => (
              <TaskItem key={task.id} task={task} today={today} />
            ))}
          </ul>
          <div className="card-footer-link">
            <ButtonLink href={href}>{t('tasks.board.seeAll', { n: formatNumber(column.total) })}</ButtonLink>
          </div>
        </>
      )}
    </Card>
  );
}
