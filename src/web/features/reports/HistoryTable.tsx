import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Button, Card, Empty, Skeleton, Table } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDate, formatNumber } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import { historyQuery, type SubmissionSummary } from './api';
import { HistoryFilters } from './HistoryFilters';
import { periodName } from './labels';
import { StatusTags } from './StatusTags';
import { historyFilterOf, type ReportsSearch } from './search';

interface Props {
  unitId: string;
  search: ReportsSearch;
  onChange: (patch: Partial<ReportsSearch>) => void;
}

/** The reports of the unit and the units below it, newest period first, filtered by form, period, status. */
export function HistoryTable({ unitId, search, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const phone = useIsPhone();
  const list = useInfiniteQuery(historyQuery(historyFilterOf({ ...search, unitId })));
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const first = list.data?.pages[0];
  const period = (item: SubmissionSummary) => periodName(item.period, i18n.language);
  const open = (item: SubmissionSummary) => (
    <Link to="/reports/$submissionId" params={{ submissionId: item.id }} className="strong break-anywhere">
      {item.form.name} — {period(item)}
    </Link>
  );

  let body: ReactNode;
  if (list.error) body = <Alert type="error" showIcon title={errorText(list.error)} />;
  else if (list.isPending) body = <Skeleton active title={false} paragraph={{ rows: 5 }} />;
  else if (items.length === 0) body = <Empty description={t('reports.history.empty')} />;
  else if (phone)
    body = (
      <ul className="plain-list" aria-labelledby="reports-history-heading">
        {items.map((item) => (
          <li key={item.id} className="list-card">
            {open(item)}
            <span className="muted break-anywhere">{item.unit.name}</span>
            <span>
              {t('reports.history.dueOn')}: {formatDate(item.dueOn)} · {t('reports.history.sentOn')}:{' '}
              {formatDate(item.sentOn)}
            </span>
            <StatusTags status={item.status} timeliness={item.timeliness} />
          </li>
        ))}
      </ul>
    );
  else
    body = (
      <Table<SubmissionSummary>
        rowKey="id"
        dataSource={items}
        pagination={false}
        size="middle"
        columns={[
          { key: 'report', title: t('reports.history.report'), render: (_, item) => open(item) },
          { key: 'unit', title: t('reports.history.unit'), render: (_, item) => item.unit.name },
          { key: 'due', title: t('reports.history.dueOn'), render: (_, item) => formatDate(item.dueOn) },
          { key: 'sent', title: t('reports.history.sentOn'), render: (_, item) => formatDate(item.sentOn) },
          {
            key: 'status',
            title: t('reports.history.status'),
            render: (_, item) => <StatusTags status={item.status} timeliness={item.timeliness} />,
          },
        ]}
      />
    );

  return (
    <Card
      title={
        <h2 className="card-title" id="reports-history-heading">
          {t('reports.history.title')}
          {first ? (
            <span className="report-count">
              {' '}
              (
              {first.totalCapped
                ? t('reports.history.moreThan', { n: formatNumber(first.total) })
                : formatNumber(first.total)}
              )
            </span>
          ) : null}
        </h2>
      }
    >
      <div className="stack">
        <search>
          <HistoryFilters unitId={unitId} search={search} onChange={onChange} />
        </search>
        {body}
        {list.hasNextPage ? (
          <div className="load-more">
            <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t('common.loadMore')}
            </Button>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
