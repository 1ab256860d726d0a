import { eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client';
import { toJsonValue } from '../audit/chain';
import { jobs } from './schema';

export interface JobProgress {
  report(done: number, total?: number, message?: string): Promise<void>;
}

/**
 * Starts a long operation in this process and returns its id at once; progress and result live in the
 * `jobs` table, so any app instance can answer the polling.
 */
export async function startJob(
  db: Db,
  log: FastifyBaseLogger,
  kind: string,
  createdBy: string | null,
  work: (progress: JobProgress) => Promise<unknown>,
): Promise<string> {
  const [job] = await db
    .insert(jobs)
    .values({ kind, createdBy, status: 'running' })
    .returning({ id: jobs.id });
  if (!job) throw new Error('insert returned nothing');
  const progress: JobProgress = {
    async report(done, total, message) {
      await db
        .update(jobs)
        .set({
          done,
          ...(total === undefined ? {} : { total }),
          ...(message === undefined ? {} : { message }),
        })
        .where(eq(jobs.id, job.id));
    },
  };
  void (async () => {
    try {
      const result = await work(progress);
      await db
        .update(jobs)
        .set({ status: 'done', result: toJsonValue(result), finishedAt: new Date() })
        .where(eq(jobs.id, job.id));
    } catch (error) {
      log.error({ err: error, jobId: job.id }, 'job failed');
      await db
        .update(jobs)
        .set({ status: 'failed', message: 'INTERNAL', finishedAt: new Date() })
        .where(eq(jobs.id, job.id))
        .catch(() => {});
    }
  })();
  return job.id;
}
