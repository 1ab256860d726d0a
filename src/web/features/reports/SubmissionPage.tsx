import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Alert, Card, Skeleton } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { PageHeader } from '../../components/PageHeader';
import { NotFoundPage } from '../errors/NotFoundPage';
import { reportKeys, type SubmissionDetail, submissionQuery } from './api';
import { periodName } from './labels';
import { ReadOnlyReport } from './ReadOnlyReport';
import { ReportEditor } from './ReportEditor';
import { ReviewActions } from './ReviewActions';
import { SubmissionFacts } from './SubmissionFacts';
import { Timeline } from './Timeline';
import './reports.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One periodic report: filled in and sent by its unit, reviewed by the level above, its history below. */
export function SubmissionPage() {
  const { t } = useTranslation();
  const { submissionId } = useParams({ from: '/app/reports/$submissionId' });
  const wellFormed = UUID.test(submissionId);
  const detail = useQuery({ ...submissionQuery(submissionId), enabled: wellFormed });
  if (!wellFormed) return <NotFoundPage />;
  if (detail.isPending || detail.error) {
    return (
      <>
        <PageHeader title={t('reports.detail.title')} />
        {detail.error ? (
          <Alert type="error" showIcon title={errorText(detail.error)} />
        ) : (
          <Card>
            <Skeleton active title={false} paragraph={{ rows: 10 }} />
          </Card>
        )}
      </>
    );
  }
  return <SubmissionView detail={detail.data} />;
}

function SubmissionView({ detail }: { detail: SubmissionDetail }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  // A new generation starts the editor over from the server's values (after a refresh or a stale save).
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const reload = useCallback(async () => {
    const fresh = await queryClient.fetchQuery({ ...submissionQuery(detail.id), staleTime: 0 });
    setGeneration((n) => n + 1);
    return fresh;
  }, [queryClient, detail.id]);
  const onReplaced = useCallback(
    (_: SubmissionDetail, why: 'prefill' | 'stale') => {
      setGeneration((n) => n + 1);
      setNotice(why === 'stale' ? t('reports.detail.staleReloaded') : t('reports.detail.prefillDone'));
    },
    [t],
  );
  const onReviewStale = useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: reportKeys.one(detail.id) });
  }, [queryClient, detail.id]);
  const period = periodName(detail.period, i18n.language);

  return (
    <>
      <PageHeader
        title={detail.form.name}
        intro={
          <span className="report-intro">
            <span className="strong">{period}</span> · {detail.unit.name}
          </span>
        }
        extra={
          <Link to="/reports" search={{ unitId: detail.unit.id }}>
            {t('reports.detail.back')}
          </Link>
        }
      />
      <div className="stack">
        {notice ? (
          <Alert type="info" showIcon closable title={notice} onClose={() => setNotice(null)} />
        ) : null}
        <SubmissionFacts detail={detail} />
        <ReviewActions detail={detail} onStale={onReviewStale} />
        {detail.canEdit ? (
          <ReportEditor
            key={`${detail.id}-${generation}`}
            detail={detail}
            onReplaced={onReplaced}
            onStale={reload}
          />
        ) : (
          <ReadOnlyReport detail={detail} />
        )}
        <Timeline events={detail.events} />
      </div>
    </>
  );
}
