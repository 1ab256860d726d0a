import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, uploadQuery } from '../../../contracts/common';
import { documentDetail } from '../../../contracts/documents';
import { allow } from '../../platform/access/policy';
import { AppError } from '../../platform/errors/app-error';
import { acceptRawBodies, megabytes, rawUploadOptions, sendDownload } from '../../platform/http/raw-upload';
import { mutate } from '../../platform/mutate';
import { checkedDocument, documentAccessOf } from './access';
import { auditAttached, fileOf, removeFile } from './files';
import { documentDetail as detailOf } from './queries';
import { checkedUpload, withStoredFile } from './uploads';

const errors = {
  400: apiError,
  401: apiError,
  403: apiError,
  404: apiError,
  409: apiError,
  413: apiError,
  415: apiError,
};
const tags = ['documents'];
const writers = allow.roles('admin', 'committee', 'cell_secretary');

const fileParams = z.object({ id: z.uuid(), fileId: z.uuid() });

/** Files of a registry entry, sent as the raw request body (its own plugin, so its parser stays here). */
export const documentFileRoutes: FastifyPluginAsyncZod = async (app) => {
  const limit = app.config.documentFileMaxBytes;
  acceptRawBodies(app, limit);
  const detail = async (access: Awaited<ReturnType<typeof documentAccessOf>>, id: string) => {
    const found = await detailOf(app.db, access, id);
    if (!found) throw new AppError(404, 'NOT_FOUND');
    return found;
  };

  app.post(
    '/documents/:id/files',
    {
      config: { policy: writers },
      ...rawUploadOptions(limit),
      schema: {
        tags,
        summary: 'Đính kèm tệp (PDF, Word, Excel, ảnh) vào văn bản',
        description: `Nội dung yêu cầu là chính tệp (tối đa ${megabytes(limit)}); đuôi tệp phải đúng với nội dung.`,
        params: z.object({ id: z.uuid() }),
        querystring: uploadQuery,
        response: { 200: documentDetail, ...errors },
      },
    },
    async (req) => {
      const access = await documentAccessOf(app.db, req);
      const document = await checkedDocument(app.db, access, req.params.id, 'write');
      const upload = await checkedUpload(app, req, req.query.fileName);
      await withStoredFile(app, req, upload, document.id, async (w, fileId) =>
        auditAttached(w, document, fileId, upload),
      );
      return detail(access, document.id);
    },
  );

  app.get(
    '/documents/:id/files/:fileId',
    {
      config: { policy: allow.anyRole },
      schema: { tags, summary: 'Tải tệp đính kèm', params: fileParams },
    },
    async (req, reply) => {
      const access = await documentAccessOf(app.db, req);
      await checkedDocument(app.db, access, req.params.id, 'read');
      const file = await fileOf(app.db, req.params.id, req.params.fileId);
      return sendDownload(reply, file, app.files.read(file.storageKey));
    },
  );

  app.delete(
    '/documents/:id/files/:fileId',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Gỡ tệp đính kèm',
        params: fileParams,
        response: { 200: documentDetail, ...errors },
      },
    },
    async (req) => {
      const access = await documentAccessOf(app.db, req);
      const document = await checkedDocument(app.db, access, req.params.id, 'write');
      const key = await mutate(app.db, req.ctx, (w) => removeFile(w, document, req.params.fileId));
      await app.files.remove(key);
      return detail(access, document.id);
    },
  );
};
