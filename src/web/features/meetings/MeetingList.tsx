import { Link } from '@tanstack/react-router';
import { Empty, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../../app/format';
import { StatusText } from '../../components/StatusText';
import type { MeetingSummary } from './api';
import { KindTag, StatusBadge } from './MeetingTags';
import { vnDate, vnTime } from './time';

/** The month's meetings as cards, soonest first: readable at phone width, one tap opens a meeting. */
export function MeetingList({
  meetings,
  showUnit,
}: {
  meetings: readonly MeetingSummary[];
  showUnit: boolean;
}) {
  const { t } = useTranslation();
  if (meetings.length === 0) return <Empty description={t('meetings.emptyMonth')} />;
  const sorted = [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <ul className="plain-list meeting-list">
      {sorted.map((m) => (
        <li key={m.id} className="meeting-card">
          <Link to="/meetings/$meetingId" params={{ meetingId: m.id }} className="strong meeting-card-title">
            {formatLongDate(vnDate(m.startsAt))}, {vnTime(m.startsAt)} – {vnTime(m.endsAt)}
          </Link>
          <Space size={[8, 4]} wrap>
            <KindTag kind={m.kind} />
            <StatusBadge status={m.status} />
            {m.lateDocuments > 0 ? (
              <StatusText tone="warn">{t('meetings.lateDocuments', { n: m.lateDocuments })}</StatusText>
            ) : null}
          </Space>
          {m.topic ? (
            <div className="break-anywhere">{t('meetings.topicLine', { topic: m.topic })}</div>
          ) : null}
          {showUnit ? (
            <div className="muted">{m.bodyName ? `${m.bodyName} — ${m.unitName}` : m.unitName}</div>
          ) : null}
          <div className="muted break-anywhere">{m.place ?? m.onlineLink ?? t('meetings.noPlace')}</div>
          {m.attendanceRate !== null ? (
            <div>
              {t('meetings.attendanceRateLine', {
                rate: Math.round(m.attendanceRate * 100),
                n: m.attendeeCount ?? 0,
              })}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
