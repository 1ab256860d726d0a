import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import type { MeetingDetail } from './api';

/** The agenda in order, each item with who prepares what and by when. */
export function AgendaSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  if (meeting.agenda.length === 0) return <Empty description={t('meetings.agenda.empty')} />;
  return (
    <ol className="meeting-agenda">
      {meeting.agenda.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: agenda items have no id; their place is their identity
        <li key={index}>
          <div className="strong break-anywhere">{item.title}</div>
          {item.preparedByName || item.preparation || item.dueOn ? (
            <div className="muted break-anywhere">
              {t('meetings.agenda.preparation', {
                who: item.preparedByName ?? t('meetings.agenda.nobody'),
                what: item.preparation ?? '—',
                due: item.dueOn ? formatDate(item.dueOn) : '—',
              })}
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
