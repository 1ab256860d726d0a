import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, idParams } from '../../../contracts/common';
import { job } from '../../../contracts/jobs';
import { allow } from '../access/policy';
import { requireAuth } from '../access/request';
import { AppError } from '../errors/app-error';
import { jobs } from './schema';

export const jobRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/jobs/:id',
    {
      config: { policy: allow.signedIn },
      schema: {
        tags: ['jobs'],
        summary: 'Tiến độ một thao tác dài',
        params: idParams,
        response: { 200: job, 401: apiError, 404: apiError },
      },
    },
    async (req) => {
      const userId = requireAuth(req).user.id;
      const [row] = await app.db
        .select()
        .from(jobs)
        .where(and(eq(jobs.id, req.params.id), eq(jobs.createdBy, userId)))
        .limit(1);
      if (!row) throw new AppError(404, 'NOT_FOUND');
      return {
        id: row.id,
        kind: row.kind,
        status: row.status,
        done: row.done,
        total: row.total,
        message: row.message,
        result: row.result ?? null,
        createdAt: row.createdAt.toISOString(),
        finishedAt: row.finishedAt?.toISOString() ?? null,
      };
    },
  );
};
