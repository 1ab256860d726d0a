import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditEntry, auditQuery } from '../../../contracts/audit';
import { apiError, page } from '../../../contracts/common';
import { allow } from '../access/policy';
import { requireAuth, scopeOf } from '../access/request';
import { startJob } from '../jobs/runner';
import { listAudit } from './queries';
import { verifyAuditChain } from './verify';

const errors = { 400: apiError, 401: apiError, 403: apiError };

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: { policy: allow.roles('admin') },
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký thao tác',
        querystring: auditQuery,
        response: { 200: page(auditEntry), ...errors },
      },
    },
    async (req) => listAudit(app.db, scopeOf(req, 'admin'), req.query),
  );

  app.post(
    '/audit/verify',
    {
      config: { policy: allow.roles('admin') },
      schema: {
        tags: ['audit'],
        summary: 'Kiểm tra tính toàn vẹn của chuỗi nhật ký',
        response: { 202: z.object({ jobId: z.uuid() }), ...errors },
      },
    },
    async (req, reply) => {
      const jobId = await startJob(app.db, req.log, 'audit.verify', requireAuth(req).user.id, (progress) =>
        verifyAuditChain(app.db, (checked, total) => progress.report(checked, total)),
      );
      return reply.status(202).send({ jobId });
    },
  );
};
