import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Alert, Card, Radio, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatNumber } from '../../app/format';
import { PageHeader } from '../../components/PageHeader';
import { assignmentQuery, type StudyAssignmentDetail } from './api';
import type { StudyStatus } from './labels';
import { RemindButton } from './RemindButton';
import { StudyProgress } from './StudyProgress';
import { TargetsTable } from './TargetsTable';
import { documentTitle } from './text';
import { useRecordDrawer } from './useRecordDrawer';
import './documents-study.css';

type Filter = StudyStatus | 'all';
const filters: readonly Filter[] = ['all', 'done', 'pending', 'overdue'];

/** One document's study: each cell's status, date, attendance, share studied and plan; reminders. */
export function AssignmentPage() {
  const { t } = useTranslation();
  const { assignmentId } = useParams({ from: '/app/study/$assignmentId' });
  const detail = useQuery(assignmentQuery(assignmentId));
  if (detail.isPending) {
    return (
      <>
        <PageHeader title={t('documentsStudy.assignment.title')} />
        <Card>
          <Skeleton active title={false} paragraph={{ rows: 8 }} />
        </Card>
      </>
    );
  }
  if (detail.error) {
    return (
      <>
        <PageHeader title={t('documentsStudy.assignment.title')} />
        <Alert type="error" showIcon title={errorText(detail.error)} />
      </>
    );
  }
  return <AssignmentView detail={detail.data} />;
}

function AssignmentView({ detail }: { detail: StudyAssignmentDetail }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const { action, drawer } = useRecordDrawer(detail);
  const shown = filter === 'all' ? detail.targets : detail.targets.filter((x) => x.status === filter);
  const unfinished = detail.cellCount - detail.doneCount;
  const caption = t('documentsStudy.targets.caption', { unit: detail.unitName });
  return (
    <>
      <PageHeader
        title={t('documentsStudy.assignment.title')}
        intro={
          <>
            <Link
              to="/documents/$documentId"
              params={{ documentId: detail.documentId }}
              className="strong break-anywhere"
            >
              {documentTitle(detail.documentNumberText, detail.documentSummary)}
            </Link>
            <br />
            {t('documentsStudy.section.assignedBy', { unit: detail.unitName })}
          </>
        }
        extra={<Link to="/study">{t('documentsStudy.assignment.back')}</Link>}
      />
      <div className="stack">
        <Card>
          <div className="stack">
            <StudyProgress counts={detail} />
            {detail.note ? <p className="break-anywhere">{detail.note}</p> : null}
            {detail.canWrite && unfinished > 0 ? <RemindButton assignmentId={detail.id} /> : null}
          </div>
        </Card>
        <Card title={<h2 className="card-title">{t('documentsStudy.assignment.cells')}</h2>}>
          <div className="stack">
            <Radio.Group
              aria-label={t('documentsStudy.assignment.filter')}
              optionType="button"
              value={filter}
              onChange={(e) => setFilter(e.target.value as Filter)}
              options={filters.map((f) => ({
                value: f,
                label: `${t(`documentsStudy.assignment.filters.${f}`)} (${formatNumber(
                  f === 'all' ? detail.targets.length : detail.targets.filter((x) => x.status === f).length,
                )})`,
              }))}
              className="study-filter"
            />
            <TargetsTable targets={shown} caption={caption} record={action} />
          </div>
        </Card>
      </div>
      {drawer}
    </>
  );
}
