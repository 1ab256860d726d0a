import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Radio, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { errorText } from '../../app/errors';
import { formatDate } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeader } from '../../components/PageHeader';
import { RichTextEditor } from '../meetings/RichTextEditor';
import { type SessionConclusion, type SessionDetail, sessionPath, sessionQuery, storeSession } from './api';
import { ConclusionModal } from './ConclusionModal';
import { FollowUpSection } from './FollowUpSection';
import { SessionTaskList } from './SessionTaskList';
import { type SessionTab, sessionTabs } from './search';
import './sessions.css';

const people = (list: SessionDetail['ourParticipants']) =>
  list.length === 0 ? '—' : list.map((p) => (p.title ? `${p.name} (${p.title})` : p.name)).join('; ');

function RecordSection({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const s = session;
  return (
    <div className="stack">
      <Descriptions
        bordered
        column={1}
        size={isPhone ? 'small' : 'middle'}
        layout={isPhone ? 'vertical' : 'horizontal'}
        items={[
          { key: 'heldOn', label: t('workingSessions.form.heldOn'), children: formatDate(s.heldOn) },
          { key: 'superior', label: t('workingSessions.form.superiorName'), children: s.superiorName },
          { key: 'topic', label: t('workingSessions.form.topic'), children: s.topic },
          { key: 'place', label: t('workingSessions.form.place'), children: s.place ?? '—' },
          { key: 'theirs', label: t('workingSessions.form.theirs'), children: people(s.theirParticipants) },
          { key: 'ours', label: t('workingSessions.form.ours'), children: people(s.ourParticipants) },
          {
            key: 'report',
            label: t('workingSessions.form.report'),
            children: (
              <span className="break-anywhere">
                {s.reportDocument ? (
                  <a href={`/documents/${encodeURIComponent(s.reportDocument.id)}`}>
                    {s.reportDocument.numberText ? `${s.reportDocument.numberText} — ` : ''}
                    {s.reportDocument.summary}
                  </a>
                ) : null}
                {s.reportSummary ? <p className="session-conclusion-text">{s.reportSummary}</p> : null}
                {!s.reportDocument && !s.reportSummary ? '—' : null}
              </span>
            ),
          },
        ]}
      />
      <Card size="small" title={t('workingSessions.form.discussion')}>
        {s.discussionHtml ? (
          <RichTextEditor
            value={s.discussionHtml}
            onChange={() => undefined}
            label={t('workingSessions.form.discussion')}
            readOnly
          />
        ) : (
          <p className="muted">{t('workingSessions.noDiscussion')}</p>
        )}
      </Card>
    </div>
  );
}

function ConclusionsSection({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<SessionConclusion | 'new' | null>(null);
  const remove = async (c: SessionConclusion) => {
    try {
      const saved = await api<SessionDetail>(sessionPath(session.id, `/conclusions/${c.id}`), {
        method: 'DELETE',
        query: { version: session.version },
      });
      storeSession(saved);
      void message.success(t('workingSessions.conclusion.deleted'));
    } catch (failure) {
      void message.error(errorText(failure));
    }
  };
  return (
    <div className="stack">
      {session.canEdit ? (
        <div className="session-actions">
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('workingSessions.conclusion.add')}
          </Button>
        </div>
      ) : null}
      {session.conclusions.length === 0 ? (
        <p className="muted">{t('workingSessions.conclusion.empty')}</p>
      ) : null}
      {session.conclusions.map((c) => (
        <Card
          key={c.id}
          size="small"
          title={t('workingSessions.conclusion.number', { n: c.position })}
          extra={
            session.canEdit ? (
              <span className="session-actions">
                <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(c)}>
                  {t('workingSessions.conclusion.edit')}
                </Button>
                <Popconfirm
                  title={t('workingSessions.conclusion.deleteConfirm')}
                  okText={t('workingSessions.conclusion.deleteOk')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove(c)}
                >
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('workingSessions.conclusion.delete', { n: c.position })}
                  />
                </Popconfirm>
              </span>
            ) : null
          }
        >
          <p className="session-conclusion-text">{c.text}</p>
          <SessionTaskList tasks={c.tasks} />
        </Card>
      ))}
      <ConclusionModal
        key={editing === 'new' ? 'new' : (editing?.id ?? 'closed')}
        session={session}
        conclusion={editing && editing !== 'new' ? editing : undefined}
        open={editing !== null}
        onClose={() => setEditing(null)}
      />
    </div>
  );
}

/** One working session: its record, its conclusions with their tasks, and the follow-up report. */
export function SessionPage() {
  const { t } = useTranslation();
  const { sessionId } = useParams({ from: '/app/working-sessions/$sessionId' });
  const search = useSearch({ from: '/app/working-sessions/$sessionId' });
  const navigate = useNavigate({ from: '/working-sessions/$sessionId' });
  const session = useQuery(sessionQuery(sessionId));
  const tab: SessionTab = search.tab ?? 'record';
  const isPhone = useIsPhone();
  const setTab = (next: SessionTab) =>
    void navigate({ search: { tab: next === 'record' ? undefined : next }, replace: true });

  if (session.isPending) return <Spin />;
  if (session.isError) return <Alert type="error" showIcon title={errorText(session.error)} />;
  const s = session.data;
  const sections: Record<SessionTab, React.ReactNode> = {
    record: <RecordSection session={s} />,
    conclusions: <ConclusionsSection session={s} />,
    followUp: <FollowUpSection sessionId={s.id} />,
  };
  return (
    <>
      <PageHeader
        title={t('workingSessions.detailTitle', { superior: s.superiorName, date: formatDate(s.heldOn) })}
        intro={`${s.unit.name} — ${s.topic}`}
        extra={
          s.canEdit ? (
            <ButtonLink
              icon={<EditOutlined aria-hidden />}
              href={`/working-sessions/${encodeURIComponent(s.id)}/edit`}
            >
              {t('workingSessions.edit')}
            </ButtonLink>
          ) : null
        }
      />
      <Card>
        {isPhone ? (
          <div className="stack">
            <Radio.Group
              aria-label={t('workingSessions.tab.label')}
              optionType="button"
              buttonStyle="solid"
              className="session-tabs-phone"
              value={tab}
              onChange={(e) => setTab(e.target.value as SessionTab)}
              options={sessionTabs.map((key) => ({ value: key, label: t(`workingSessions.tab.${key}`) }))}
            />
            {sections[tab]}
          </div>
        ) : (
          <Tabs
            activeKey={tab}
            onChange={(next) => setTab(next as SessionTab)}
            items={sessionTabs.map((key) => ({
              key,
              label: t(`workingSessions.tab.${key}`),
              children: tab === key ? sections[key] : null,
            }))}
          />
        )}
      </Card>
    </>
  );
}
