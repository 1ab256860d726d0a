import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Card, Empty, Radio, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { type AssignmentsFilter, assignmentsQuery } from './api';
import { StudyProgress } from './StudyProgress';
import { documentTitle } from './text';

type StatusFilter = NonNullable<AssignmentsFilter['status']> | 'all';
const filters: readonly StatusFilter[] = ['all', 'open', 'overdue', 'done'];

/** Every document given for study in the user's reach: cells done, share of members, overdue cells, deadline. */
export function AssignmentsDashboard() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StatusFilter>('all');
  const list = useInfiniteQuery(assignmentsQuery({ status: status === 'all' ? undefined : status }));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const title = t('documentsStudy.dashboard.title');

  return (
    <Card title={<h2 className="card-title">{title}</h2>}>
      <div className="stack">
        <Radio.Group
          aria-label={t('documentsStudy.dashboard.filter')}
          optionType="button"
          value={status}
          onChange={(e) => setStatus(e.target.value as StatusFilter)}
          options={filters.map((f) => ({ value: f, label: t(`documentsStudy.dashboard.filters.${f}`) }))}
          className="study-filter"
        />
        {list.isPending ? (
          <Skeleton active title={false} paragraph={{ rows: 6 }} />
        ) : list.error ? (
          <Alert type="error" showIcon title={errorText(list.error)} />
        ) : items.length === 0 ? (
          <Empty description={t('documentsStudy.dashboard.empty')} />
        ) : (
          <>
            <ul className="plain-list study-dashboard" aria-label={title}>
              {items.map((a) => (
                <li key={a.id} className="list-card study-dashboard-item">
                  <Link
                    to="/study/$assignmentId"
                    params={{ assignmentId: a.id }}
                    className="strong break-anywhere"
                  >
                    {documentTitle(a.documentNumberText, a.documentSummary)}
                  </Link>
                  <span className="muted">
                    {t('documentsStudy.section.assignedBy', { unit: a.unitName })}
                  </span>
                  <StudyProgress counts={a} />
                </li>
              ))}
            </ul>
            <LoadMoreFooter shown={items.length} total={total} list={list} />
          </>
        )}
      </div>
    </Card>
  );
}
