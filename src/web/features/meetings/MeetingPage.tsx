import { CalendarOutlined, EditOutlined, LockOutlined, StopOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Descriptions, Radio, Space, Spin, Tabs } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDateTime, formatLongDate } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeader } from '../../components/PageHeader';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { type MeetingDetail, meetingQuery } from './api';
import { CancelMeetingModal } from './CancelMeetingModal';
import { CloseMeetingModal } from './CloseMeetingModal';
import { ConclusionsSection } from './ConclusionsSection';
import { DocumentsSection } from './DocumentsSection';
import { KindTag, StatusBadge } from './MeetingTags';
import { MinutesSection } from './MinutesSection';
import { isMeetingTab, type MeetingTab, meetingTabs } from './search';
import { vnDate, vnTime } from './time';
import './meetings.css';

function Facts({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const m = meeting;
  const items: { key: string; label: string; children: ReactNode }[] = [
    {
      key: 'when',
      label: t('meetings.facts.when'),
      children: `${formatLongDate(vnDate(m.startsAt))}, ${vnTime(m.startsAt)} – ${vnTime(m.endsAt)}`,
    },
    {
      key: 'where',
      label: t('meetings.facts.where'),
      children: (
        <span className="break-anywhere">
          {m.place ?? null}
          {m.place && m.onlineLink ? <br /> : null}
          {m.onlineLink ? (
            <a href={m.onlineLink} target="_blank" rel="noreferrer noopener">
              {m.onlineLink}
            </a>
          ) : null}
          {!m.place && !m.onlineLink ? t('meetings.noPlace') : null}
        </span>
      ),
    },
    {
      key: 'unit',
      label: t('meetings.facts.unit'),
      children: m.bodyName ? `${m.bodyName} — ${m.unitName}` : m.unitName,
    },
    {
      key: 'status',
      label: t('meetings.facts.status'),
      children: (
        <Space size={[8, 4]} wrap>
          <KindTag kind={m.kind} />
          <StatusBadge status={m.status} />
        </Space>
      ),
    },
    ...(m.topic ? [{ key: 'topic', label: t('meetings.facts.topic'), children: m.topic }] : []),
    { key: 'chair', label: t('meetings.facts.chair'), children: m.chairName ?? '—' },
    { key: 'minuteTaker', label: t('meetings.facts.minuteTaker'), children: m.minuteTakerName ?? '—' },
    ...(m.status === 'closed'
      ? [
          {
            key: 'closed',
            label: t('meetings.facts.closed'),
            children: t('meetings.facts.closedText', {
              at: formatDateTime(m.closedAt),
              rating: m.ratingScale.find((r) => r.key === m.qualityRating)?.label ?? m.qualityRating ?? '—',
            }),
          },
        ]
      : []),
    ...(m.cancelReason
      ? [{ key: 'cancel', label: t('meetings.facts.cancelReason'), children: m.cancelReason }]
      : []),
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      layout={isPhone ? 'vertical' : 'horizontal'}
      styles={{ label: { minWidth: 140 } }}
      items={items}
    />
  );
}

/** One meeting: what and when, then agenda, documents, attendance, minutes and conclusions, and closing it. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { meetingId } = useParams({ from: '/app/meetings/$meetingId' });
  const search = useSearch({ from: '/app/meetings/$meetingId' });
  const navigate = useNavigate({ from: '/meetings/$meetingId' });
  const isPhone = useIsPhone();
  const [closing, setClosing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const query = useQuery(meetingQuery(meetingId));
  const tab: MeetingTab = search.tab ?? 'agenda';
  const setTab = (next: MeetingTab) => void navigate({ search: { tab: next }, replace: true });

  if (query.isPending) return <Spin />;
  if (query.isError) return <Alert type="error" showIcon title={errorText(query.error)} />;
  const m = query.data;
  const title = t('meetings.pageTitle', {
    kind: t(`meetings.kind.${m.kind}`),
    date: formatLongDate(vnDate(m.startsAt)),
  });

  const body: Record<MeetingTab, ReactNode> = {
    agenda: <AgendaSection meeting={m} />,
    documents: <DocumentsSection meeting={m} />,
    attendance: <AttendanceSection meeting={m} />,
    minutes: <MinutesSection key={m.closedAt ?? 'open'} meeting={m} />,
    conclusions: <ConclusionsSection key={m.closedAt ?? 'open'} meeting={m} />,
  };
  const tabLabel = (key: MeetingTab) =>
    key === 'documents' && m.documents.length > 0
      ? `${t('meetings.tabs.documents')} (${m.documents.length})`
      : key === 'conclusions' && m.conclusions.length > 0
        ? `${t('meetings.tabs.conclusions')} (${m.conclusions.length})`
        : t(`meetings.tabs.${key}`);

  return (
    <>
      <PageHeader
        title={title}
        intro={m.bodyName ? `${m.bodyName} — ${m.unitName}` : m.unitName}
        extra={
          <>
            <ButtonLink
              icon={<CalendarOutlined aria-hidden />}
              href={`/meetings?unitId=${encodeURIComponent(m.unitId)}&month=${m.month}`}
            >
              {t('meetings.backToCalendar')}
            </ButtonLink>
            {m.canEdit && m.status === 'planned' ? (
              <ButtonLink icon={<EditOutlined aria-hidden />} href={`/meetings/${m.id}/edit`}>
                {t('meetings.edit')}
              </ButtonLink>
            ) : null}
            {m.canEdit ? (
              <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setCancelling(true)}>
                {t('meetings.cancel.button')}
              </Button>
            ) : null}
            {m.status === 'closed' && m.canEditMinutes ? (
              <ButtonLink type="primary" href={`/meetings/new?from=${encodeURIComponent(m.id)}`}>
                {t('meetings.planNext')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <Card>
        <Facts meeting={m} />
        {m.duration?.short ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            title={t('meetings.minutes.short', {
              minutes: m.duration.minutes,
              required: m.duration.required,
            })}
          />
        ) : null}
      </Card>
      <Card>
        {isPhone ? (
          <div className="stack">
            <Radio.Group
              aria-label={t('meetings.tabs.label')}
              optionType="button"
              buttonStyle="solid"
              className="meeting-tabs-phone"
              value={tab}
              onChange={(e) => setTab(e.target.value as MeetingTab)}
              options={meetingTabs.map((key) => ({ value: key, label: tabLabel(key) }))}
            />
            {body[tab]}
          </div>
        ) : (
          <Tabs
            activeKey={tab}
            onChange={(key) => setTab(isMeetingTab(key) ? key : 'agenda')}
            items={meetingTabs.map((key) => ({
              key,
              label: tabLabel(key),
              children: tab === key ? body[key] : null,
            }))}
          />
        )}
      </Card>
      {m.canClose && m.status === 'planned' ? (
        <Card>
          <p className="muted">{t('meetings.close.lead')}</p>
          <Button
            type="primary"
            size="large"
            icon={<LockOutlined aria-hidden />}
            onClick={() => setClosing(true)}
          >
            {t('meetings.close.button')}
          </Button>
          <CloseMeetingModal meeting={m} open={closing} onClose={() => setClosing(false)} />
        </Card>
      ) : null}
      {m.canEdit ? (
        <CancelMeetingModal meeting={m} open={cancelling} onClose={() => setCancelling(false)} />
      ) : null}
    </>
  );
}
