import {
  CheckOutlined,
  EditOutlined,
  LineChartOutlined,
  RollbackOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { Alert, Button, Card, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { PageHeader } from '../../components/PageHeader';
import { mayAssign } from './access';
import { type TaskDetail, taskQuery } from './api';
import { type CloseAction, CloseTaskModal } from './CloseTaskModal';
import { CreateTaskModal } from './CreateTaskModal';
import { EditTaskModal } from './EditTaskModal';
import { ProgressModal } from './ProgressModal';
import { localToday } from './status';
import { TaskChildren } from './TaskChildren';
import { TaskFacts } from './TaskFacts';
import { TaskProgressBar } from './TaskProgressBar';
import { TaskStatus } from './TaskStatus';
import { TaskUpdates } from './TaskUpdates';
import './tasks.css';

/** One task: its source, who does it by when, progress, sub-tasks, the reports so far, and what may be done. */
export function TaskPage() {
  const { t } = useTranslation();
  const { taskId } = useParams({ from: '/app/tasks/$taskId' });
  const detail = useQuery(taskQuery(taskId));
  if (detail.isPending || detail.error) {
    return (
      <>
        <PageHeader title={t('tasks.detail.title')} />
        {detail.error ? (
          <Alert type="error" showIcon title={errorText(detail.error)} />
        ) : (
          <Card>
            <Skeleton active title={false} paragraph={{ rows: 8 }} />
          </Card>
        )}
      </>
    );
  }
  return <TaskView task={detail.data} />;
}

type Dialog = 'progress' | 'edit' | 'child' | null;

function TaskView({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [closing, setClosing] = useState<CloseAction | null>(null);
  const today = localToday();
  const me = useMe();
  const open = task.status === 'open';
  // Sub-tasks are given by the unit that carries the task (its committee or secretary).
  const mayAddChild = open && (task.canEdit || (task.canReport && mayAssign(me)));
  const mayReport = open && task.canReport && !task.rolledUp;
  // A parent closes once its sub-tasks are all closed (the server refuses before).
  const mayClose = open && task.canReport && !task.children.some((c) => c.status === 'open');

  return (
    <>
      <PageHeader
        title={task.title}
        intro={<TaskStatus task={task} today={today} />}
        extra={
          <Link to="/tasks" search={{ unitId: task.ownerUnit.id }}>
            {t('tasks.detail.back')}
          </Link>
        }
      />
      <div className="stack">
        <Card title={<h2 className="card-title">{t('tasks.detail.progress')}</h2>}>
          <div className="stack">
            <TaskProgressBar task={task} />
            {task.rolledUp ? <p className="muted">{t('tasks.detail.rolledUp')}</p> : null}
            <div className="form-actions">
              {mayReport ? (
                <Button
                  type="primary"
                  icon={<LineChartOutlined aria-hidden />}
                  onClick={() => setDialog('progress')}
                >
                  {t('tasks.progress.button')}
                </Button>
              ) : null}
              {mayClose ? (
                <Button icon={<CheckOutlined aria-hidden />} onClick={() => setClosing('done')}>
                  {t('tasks.close.done.button')}
                </Button>
              ) : null}
              {open && task.canEdit ? (
                <>
                  <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog('edit')}>
                    {t('tasks.edit.button')}
                  </Button>
                  <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setClosing('cancelled')}>
                    {t('tasks.close.cancelled.button')}
                  </Button>
                </>
              ) : null}
              {!open && task.canEdit ? (
                <Button icon={<RollbackOutlined aria-hidden />} onClick={() => setClosing('reopen')}>
                  {t('tasks.close.reopen.button')}
                </Button>
              ) : null}
            </div>
          </div>
        </Card>
        <TaskFacts task={task} today={today} />
        <TaskChildren task={task} today={today} onAdd={mayAddChild ? () => setDialog('child') : undefined} />
        <TaskUpdates task={task} />
      </div>
      {mayReport ? (
        <ProgressModal
          key={`progress-${task.version}`}
          task={task}
          open={dialog === 'progress'}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {task.canReport ? (
        <CloseTaskModal task={task} action={closing} onClose={() => setClosing(null)} />
      ) : null}
      {task.canEdit ? (
        <EditTaskModal
          key={`edit-${task.version}`}
          task={task}
          open={dialog === 'edit'}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {mayAddChild ? (
        <CreateTaskModal
          key={`child-${task.version}`}
          ownerUnitId={task.assigneeUnit.id}
          ownerUnitName={task.assigneeUnit.name}
          parent={task}
          open={dialog === 'child'}
          onClose={() => setDialog(null)}
          onCreated={(child) => {
            setDialog(null);
            void navigate({ to: '/tasks/$taskId', params: { taskId: child.id } });
          }}
        />
      ) : null}
    </>
  );
}
