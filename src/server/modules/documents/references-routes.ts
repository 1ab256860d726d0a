import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../../contracts/common';
import { documentReferences, extractReferencesBody } from '../../../contracts/documents';
import { allow } from '../../platform/access/policy';
import { documentAccessOf } from './access';
import { resolvedReferences } from './references';

const errors = { 400: apiError, 401: apiError, 403: apiError };

export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/documents/extract-references',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags: ['documents'],
        summary: 'Tìm các văn bản của Đảng được dẫn trong một đoạn văn',
        description:
          'Trả về mọi trích dẫn dạng "Nghị quyết số 21-NQ/TW ngày 16/6/2022" với vị trí trong văn bản; ' +
          'documentId có khi văn bản đã có trong sổ (trong phạm vi người dùng được xem). Không sửa dữ liệu.',
        body: extractReferencesBody,
        response: { 200: documentReferences, ...errors },
      },
    },
    async (req) => ({
      references: await resolvedReferences(app.db, await documentAccessOf(app.db, req), req.body.text),
    }),
  );
};
