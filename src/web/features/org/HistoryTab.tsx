import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Empty, Skeleton, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDate } from '../../app/format';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { eventsQuery, type Unit, type UnitEvent } from './api';
import { eventText } from './eventText';

/** The dated history of the unit and (by default) of every unit below it, newest first. */
export function HistoryTab({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const [subtree, setSubtree] = useState(true);
  const list = useInfiniteQuery(eventsQuery(unit.id, subtree));
  const events = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;

  return (
    <div className="stack">
      <label className="switch-row" htmlFor="history-subtree">
        <Switch id="history-subtree" checked={subtree} onChange={setSubtree} />
        <span>{t('unitHistory.includeSubtree')}</span>
      </label>
      {list.isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 5 }} />
      ) : list.error ? (
        <Alert type="error" showIcon title={errorText(list.error)} />
      ) : events.length === 0 ? (
        <Empty description={t('unitHistory.empty')} />
      ) : (
        <>
          <ol className="plain-list event-list" aria-label={t('unitHistory.listLabel')}>
            {events.map((event) => (
              <EventItem key={event.id} event={event} unitId={unit.id} />
            ))}
          </ol>
          <LoadMoreFooter shown={events.length} total={total} list={list} />
        </>
      )}
    </div>
  );
}

function EventItem({ event, unitId }: { event: UnitEvent; unitId: string }) {
  const { t } = useTranslation();
  return (
    <li>
      <div className="event-date">{formatDate(event.effectiveOn)}</div>
      {event.unitId !== unitId ? (
        <div>
          <Link to="/org/units/$unitId" params={{ unitId: event.unitId }} className="strong break-anywhere">
            {event.unitName}
          </Link>
        </div>
      ) : null}
      <p className="event-text">{eventText(event, t)}</p>
      {event.decisionRef ? (
        <div className="break-anywhere">
          <span className="muted">{t('unitHistory.decision')}:</span> {event.decisionRef}
        </div>
      ) : (
        <div className="muted">{t('unitHistory.noDecision')}</div>
      )}
      {event.note ? <div className="muted break-anywhere">{event.note}</div> : null}
    </li>
  );
}
