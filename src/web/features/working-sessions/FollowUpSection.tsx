import { FileWordOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Spin, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDate } from '../../app/format';
import { StatusText, type StatusTone } from '../../components/StatusText';
import { type FollowUpReport, followUpQuery, sessionPath } from './api';
import { SessionTaskList } from './SessionTaskList';

const stateTone: Record<FollowUpReport['conclusions'][number]['state'], StatusTone> = {
  done: 'ok',
  in_progress: 'warn',
  overdue: 'bad',
  none: 'off',
};

/** The follow-up report as the tasks stand today, and its Word file for the superior committee. */
export function FollowUpSection({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const report = useQuery(followUpQuery(sessionId));
  if (report.isPending) return <Spin />;
  if (report.isError) return <Alert type="error" showIcon title={errorText(report.error)} />;
  const r = report.data;
  return (
    <div className="stack">
      <div className="session-actions">
        <Button
          type="primary"
          icon={<FileWordOutlined aria-hidden />}
          href={sessionPath(sessionId, '/follow-up.docx')}
          download
        >
          {t('workingSessions.followUp.download')}
        </Button>
      </div>
      <p className="muted">{t('workingSessions.followUp.asOf', { date: formatDate(r.asOf) })}</p>
      <div className="session-actions">
        <Statistic title={t('workingSessions.followUp.tasks')} value={r.totals.tasks} />
        <Statistic title={t('workingSessions.followUp.done')} value={r.totals.done} />
        <Statistic title={t('workingSessions.followUp.overdue')} value={r.totals.overdue} />
      </div>
      {r.conclusions.length === 0 ? <p className="muted">{t('workingSessions.conclusion.empty')}</p> : null}
      {r.conclusions.map((c) => (
        <Card
          key={c.position}
          size="small"
          title={
            <span>
              {t('workingSessions.conclusion.number', { n: c.position })}{' '}
              <StatusText tone={stateTone[c.state]}>{t(`workingSessions.state.${c.state}`)}</StatusText>
            </span>
          }
        >
          <p className="session-conclusion-text">{c.text}</p>
          <SessionTaskList tasks={c.tasks} notes={new Map(c.tasks.map((task) => [task.id, task.lastNote]))} />
        </Card>
      ))}
    </div>
  );
}
