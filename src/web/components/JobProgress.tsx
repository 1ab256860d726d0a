import { useQuery } from '@tanstack/react-query';
import { Alert, Progress } from 'antd';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../contracts/jobs';
import { apiGet } from '../app/api';
import { errorText } from '../app/errors';
import { formatNumber } from '../app/format';

export type { Job };

export const jobQueryKey = (jobId: string) => ['jobs', jobId] as const;

interface JobProgressProps {
  /** The job to follow (`GET /api/jobs/:id`). */
  jobId: string;
  /** What the job does, for the progress bar's accessible name ("Tiến độ: …"). */
  name: string;
  /** Called once when the job ends, successfully or not. */
  onFinished?: (job: Job) => void;
  /** What to show when the job has finished (defaults to the job's own message). */
  renderResult?: (job: Job) => ReactNode;
  /** Polling interval while the job runs. */
  intervalMs?: number;
}

const finished = (job: Job | undefined) => job?.status === 'done' || job?.status === 'failed';

/**
 * Follows a background job: a progress bar with "done / total" and the job's message, polled until the job ends.
 * Every long operation (imports, exports, synthesis, integrity checks) uses it.
 */
export function JobProgress({ jobId, name, onFinished, renderResult, intervalMs = 500 }: JobProgressProps) {
  const { t } = useTranslation();
  const { data: job, error } = useQuery({
    queryKey: jobQueryKey(jobId),
    queryFn: ({ signal }) => apiGet<Job>(`/api/jobs/${encodeURIComponent(jobId)}`, undefined, signal),
    refetchInterval: (query) => (finished(query.state.data) || query.state.error ? false : intervalMs),
    refetchIntervalInBackground: true,
    staleTime: 0,
  });

  const reported = useRef<string | null>(null);
  useEffect(() => {
    if (job && finished(job) && reported.current !== job.id) {
      reported.current = job.id;
      onFinished?.(job);
    }
  }, [job, onFinished]);

  if (error) return <Alert type="error" showIcon title={errorText(error)} />;

  const total = job?.total ?? null;
  const done = job?.done ?? 0;
  const percent =
    job?.status === 'done' ? 100 : total && total > 0 ? Math.min(99, Math.floor((done / total) * 100)) : 0;
  const status = job?.status === 'failed' ? 'exception' : job?.status === 'done' ? 'success' : 'active';
  const stateText =
    job === undefined || job.status === 'queued'
      ? t('job.queued')
      : job.status === 'running'
        ? t('job.running')
        : job.status === 'done'
          ? t('job.done')
          : t('job.failed');
  const counts =
    total !== null
      ? t('job.counts', { done: formatNumber(done), total: formatNumber(total) })
      : t('job.countsUnknown', { done: formatNumber(done) });

  return (
    <div className="job-progress">
      <Progress
        percent={percent}
        status={status}
        aria-label={t('job.label', { name })}
        aria-valuetext={`${percent}% — ${counts}`}
      />
      <div className="job-progress-text muted">
        <span>{counts}</span>
        {job?.message && !finished(job) ? <span> · {job.message}</span> : null}
      </div>
      <div aria-live="polite" className="job-progress-state">
        {job && finished(job) ? (
          (renderResult?.(job) ?? (
            <Alert
              type={job.status === 'done' ? 'success' : 'error'}
              showIcon
              title={job.message ?? stateText}
            />
          ))
        ) : (
          <span className="visually-hidden">{stateText}</span>
        )}
      </div>
    </div>
  );
}
