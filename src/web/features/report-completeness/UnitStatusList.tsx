import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Popconfirm, Segmented, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDate, formatNumber } from '../../app/format';
import {
  type CompletenessKey,
  completenessKeys,
  completenessUnitsQuery,
  remindMissing,
  type StatusFilter,
} from './api';
import { UnitReport } from './UnitReport';

const filters: StatusFilter[] = ['missing', 'late', 'on_time', 'pending', 'all'];

interface UnitStatusListProps {
  completenessKey: CompletenessKey;
  canRemind: boolean;
  missing: number;
}

/** The expected units down to the bottom of the tree, by status; the missing ones can be reminded at once. */
export function UnitStatusList({ completenessKey, canRemind, missing }: UnitStatusListProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<StatusFilter>('missing');
  const list = useInfiniteQuery(completenessUnitsQuery(completenessKey, status));
  const remind = useMutation({
    mutationFn: () => remindMissing(completenessKey),
    onSuccess: (result) => {
      void message.success(
        result.reminded > 0
          ? t('reportCompleteness.reminded', { n: formatNumber(result.reminded) })
          : t('reportCompleteness.remindedAlready', { n: formatNumber(result.alreadyToday) }),
      );
      void queryClient.invalidateQueries({ queryKey: completenessKeys.all });
    },
    onError: (error) => void message.error(errorText(error)),
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card
      title={<h2 className="card-title">{t('reportCompleteness.units.title')}</h2>}
      extra={
        canRemind && missing > 0 ? (
          <Popconfirm
            title={t('reportCompleteness.remindConfirm', { n: formatNumber(missing) })}
            okText={t('reportCompleteness.remind')}
            cancelText={t('common.cancel')}
            onConfirm={() => remind.mutate()}
          >
            <Button type="primary" loading={remind.isPending}>
              {t('reportCompleteness.remind')}
            </Button>
          </Popconfirm>
        ) : null
      }
    >
      <Segmented<StatusFilter>
        className="rc-segmented"
        value={status}
        onChange={setStatus}
        options={filters.map((f) => ({ value: f, label: t(`reportCompleteness.units.filters.${f}`) }))}
      />
      {list.isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 4 }} />
      ) : list.error ? (
        <p className="status-bad">{errorText(list.error)}</p>
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reportCompleteness.units.empty')} />
      ) : (
        <>
          <ul className="plain-list">
            {items.map((u) => (
              <li key={u.unit.id} className="list-card rc-unit-item">
                <span className="strong">{u.unit.name}</span>
                {u.parent ? <span className="muted">{u.parent.name}</span> : null}
                <UnitReport report={u.report} />
                {u.remindedOn ? (
                  <span className="muted">
                    {t('reportCompleteness.units.remindedOn', { date: formatDate(u.remindedOn) })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          {list.hasNextPage ? (
            <div className="load-more">
              <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                {t('common.loadMore')}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}
