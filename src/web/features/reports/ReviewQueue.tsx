import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDate, formatNumber } from '../../app/format';
import { ButtonLink } from '../../components/ButtonLink';
import { StatusText } from '../../components/StatusText';
import { reviewQueueQuery } from './api';
import { periodName, timelinessTone } from './labels';

const QUEUE_SHOWN = 10;

/** "Chờ duyệt": reports the units below sent, waiting for the user's decision; hidden when there are none. */
export function ReviewQueue({ unitId, alwaysShow }: { unitId: string; alwaysShow: boolean }) {
  const { t, i18n } = useTranslation();
  const queue = useQuery(reviewQueueQuery(unitId));
  const [showAll, setShowAll] = useState(false);
  if (!alwaysShow && (queue.isPending || (queue.data?.total ?? 0) === 0)) return null;
  const all = queue.data?.items ?? [];
  const items = showAll ? all : all.slice(0, QUEUE_SHOWN);
  return (
    <Card
      title={
        <h2 className="card-title" id="reports-queue-heading">
          {t('reports.queue.title')}
          {queue.data ? <span className="report-count"> ({formatNumber(queue.data.total)})</span> : null}
        </h2>
      }
    >
      {queue.error ? (
        <Alert type="error" showIcon title={errorText(queue.error)} />
      ) : queue.isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 3 }} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.queue.empty')} />
      ) : (
        <ul className="plain-list" aria-labelledby="reports-queue-heading">
          {items.map((item) => {
            const period = periodName(item.period, i18n.language);
            return (
              <li key={item.id} className="list-card report-queue-item">
                <span className="strong break-anywhere">{item.unit.name}</span>
                <span className="break-anywhere">
                  {item.form.name} — {period}
                </span>
                <span className="list-card-row">
                  <span>{t('reports.queue.sentOn', { date: formatDate(item.sentOn) })}</span>
                  <StatusText tone={timelinessTone[item.timeliness]}>
                    {t(`reports.timeliness.${item.timeliness}`)}
                  </StatusText>
                </span>
                <div>
                  <ButtonLink
                    type="primary"
                    href={`/reports/${item.id}`}
                    aria-label={t('reports.queue.openFor', {
                      name: `${item.unit.name} — ${item.form.name} — ${period}`,
                    })}
                  >
                    {t('reports.queue.open')}
                  </ButtonLink>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {all.length > items.length ? (
        <div className="load-more">
          <Button onClick={() => setShowAll(true)}>
            {t('reports.queue.showAll', { count: all.length - items.length })}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
