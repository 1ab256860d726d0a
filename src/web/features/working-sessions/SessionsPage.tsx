import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Card, Form, List, Space, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { formatDate } from '../../app/format';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeader } from '../../components/PageHeader';
import { StatusText } from '../../components/StatusText';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { canRecordSessions, defaultUnitFor, type SessionSummary, sessionsQuery } from './api';
import './sessions.css';

function Counts({ s }: { s: SessionSummary }) {
  const { t } = useTranslation();
  return (
    <Space size={[8, 4]} wrap>
      <Tag>{t('workingSessions.count.conclusions', { count: s.conclusionCount })}</Tag>
      <Tag>{t('workingSessions.count.tasks', { count: s.taskCount })}</Tag>
      <Tag>{t('workingSessions.count.done', { count: s.doneCount })}</Tag>
      {s.overdueCount > 0 ? (
        <StatusText tone="bad">{t('workingSessions.count.overdue', { count: s.overdueCount })}</StatusText>
      ) : null}
    </Space>
  );
}

/** "Làm việc với cấp trên": the sessions of a unit with its superior committee, latest first. */
export function SessionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch({ from: '/app/working-sessions' });
  const navigate = useNavigate({ from: '/working-sessions' });
  const unitId = search.unitId ?? defaultUnitFor(me);
  const list = useQuery(sessionsQuery(unitId));

  return (
    <>
      <PageHeader
        title={t('workingSessions.title')}
        intro={t('workingSessions.intro')}
        extra={
          canRecordSessions(me) && unitId ? (
            <ButtonLink
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              href={`/working-sessions/new?unitId=${encodeURIComponent(unitId)}`}
            >
              {t('workingSessions.record')}
            </ButtonLink>
          ) : null
        }
      />
      <Card>
        <div className="stack">
          <Form layout="vertical">
            <Form.Item label={t('workingSessions.unit')} htmlFor="sessions-unit">
              <UnitTreeSelect
                id="sessions-unit"
                value={unitId}
                onChange={(next) => void navigate({ search: { unitId: next }, replace: true })}
                placeholder={t('workingSessions.pickUnit')}
              />
            </Form.Item>
          </Form>
          {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
          {!unitId ? <Alert type="info" showIcon title={t('workingSessions.pickUnit')} /> : null}
          {unitId && list.isPending ? <Spin /> : null}
          {list.data ? (
            <List
              className="session-list"
              dataSource={list.data.items}
              locale={{ emptyText: t('workingSessions.empty') }}
              renderItem={(s) => (
                <List.Item key={s.id}>
                  <div className="session-list-item">
                    <Link to="/working-sessions/$sessionId" params={{ sessionId: s.id }}>
                      <strong>{formatDate(s.heldOn)}</strong> — {s.superiorName}
                    </Link>
                    <span className="break-anywhere">{s.topic}</span>
                    <Counts s={s} />
                  </div>
                </List.Item>
              )}
            />
          ) : null}
        </div>
      </Card>
    </>
  );
}
