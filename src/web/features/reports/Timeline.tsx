import { Timeline as AntTimeline, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import type { SubmissionDetail } from './api';

const colors: Record<SubmissionDetail['events'][number]['kind'], string> = {
  submitted: 'blue',
  returned: 'red',
  accepted: 'green',
  reopened: 'orange',
};

/** What happened to the report: sent, returned with comments, accepted, reopened — by whom, when. */
export function Timeline({ events }: { events: SubmissionDetail['events'] }) {
  const { t } = useTranslation();
  return (
    <Card title={<h2 className="card-title">{t('reports.timeline.title')}</h2>}>
      {events.length === 0 ? (
        <p className="muted">{t('reports.timeline.empty')}</p>
      ) : (
        <AntTimeline
          items={events.map((event, index) => ({
            key: `${event.at}-${index}`,
            color: colors[event.kind],
            content: (
              <div className="report-event">
                <span className="strong">{t(`reports.timeline.kinds.${event.kind}`)}</span>
                <span className="muted">
                  {formatDateTime(event.at)}
                  {event.by ? ` · ${event.by}` : ''}
                </span>
                {event.comment ? <span className="report-text">{event.comment}</span> : null}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
