import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatNumber } from '../../app/format';
import { localToday } from '../tasks/status';
import { dueReportsQuery } from './api';
import { DueCard } from './DueCard';
import { DUE_SHOWN, orderDue } from './dueOrder';
import { useOpenReport } from './useOpenReport';

/** "Cần nộp": what the unit has to report now — open periods, late ones not yet sent, returned ones. */
export function DueList({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const due = useQuery(dueReportsQuery(unitId));
  const { busy, open } = useOpenReport();
  const [target, setTarget] = useState<string | null>(null);
  const today = localToday();
  const [showAll, setShowAll] = useState(false);
  const items = useMemo(() => orderDue(due.data?.items ?? []), [due.data]);
  const shown = showAll ? items : items.slice(0, DUE_SHOWN);
  return (
    <Card
      title={
        <h2 className="card-title" id="reports-due-heading">
          {t('reports.due.title')}
          {due.data ? <span className="report-count"> ({formatNumber(items.length)})</span> : null}
        </h2>
      }
    >
      {due.error ? (
        <Alert type="error" showIcon title={errorText(due.error)} />
      ) : due.isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 4 }} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.due.empty')} />
      ) : (
        <>
          <ul className="report-due-list" aria-labelledby="reports-due-heading">
            {shown.map((item) => (
              <DueCard
                key={`${item.form.id}-${item.period.key}`}
                item={item}
                today={today}
                opening={busy && target === `${item.form.id}-${item.period.key}`}
                onCreate={(picked) => {
                  setTarget(`${picked.form.id}-${picked.period.key}`);
                  void open({ formId: picked.form.id, unitId: picked.unit.id, periodKey: picked.period.key });
                }}
              />
            ))}
          </ul>
          {items.length > shown.length ? (
            <div className="load-more">
              <Button onClick={() => setShowAll(true)}>
                {t('reports.due.showAll', { count: items.length - shown.length })}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}
