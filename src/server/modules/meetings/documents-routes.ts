import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, uploadQuery } from '../../../contracts/common';
import { meetingDetail } from '../../../contracts/meetings';
import { allow } from '../../platform/access/policy';
import { AppError } from '../../platform/errors/app-error';
import { acceptRawBodies, megabytes, rawUploadOptions, sendDownload } from '../../platform/http/raw-upload';
import { mutate } from '../../platform/mutate';
import { checkedMeeting, meetingAccessOf } from './access';
import { attachDocument, documentFile, maxDocumentBytes, removeDocument } from './documents';
import { meetingDetail as detailOf } from './queries';

const errors = {
  400: apiError,
  401: apiError,
  403: apiError,
  404: apiError,
  409: apiError,
  413: apiError,
  415: apiError,
};
const tags = ['meetings'];
const writers = allow.roles('admin', 'committee', 'cell_secretary');

const documentParams = z.object({ id: z.uuid(), documentId: z.uuid() });

/** Documents of a meeting: any file, sent as the raw request body (its own plugin, so its parser stays here). */
export const meetingDocumentRoutes: FastifyPluginAsyncZod = async (app) => {
  acceptRawBodies(app, maxDocumentBytes);

  app.post(
    '/meetings/:id/documents',
    {
      config: { policy: writers },
      ...rawUploadOptions(maxDocumentBytes),
      schema: {
        tags,
        summary: 'Gửi tài liệu cho buổi sinh hoạt',
        description: `Nội dung yêu cầu là chính tệp (tối đa ${megabytes(maxDocumentBytes)}); Content-Type là loại tệp.`,
        params: z.object({ id: z.uuid() }),
        querystring: uploadQuery,
        response: { 200: meetingDetail, ...errors },
      },
    },
    async (req) => {
      const access = await meetingAccessOf(app.db, req);
      await checkedMeeting(app.db, access, req.params.id, 'write');
      if (!Buffer.isBuffer(req.body)) throw new AppError(415, 'DOCUMENT_UPLOAD_TYPE', { field: 'body' });
      const contentType =
        (req.headers['content-type'] ?? 'application/octet-stream').split(';')[0]?.trim() ||
        'application/octet-stream';
      const content = req.body;
      await mutate(app.db, req.ctx, (w) =>
        attachDocument(
          w,
          req.params.id,
          { fileName: req.query.fileName, contentType, content },
          app.config.publicUrl,
          new Date(),
        ),
      );
      return detailOf(app.db, req.params.id, access);
    },
  );

  app.get(
    '/meetings/:id/documents/:documentId',
    {
      config: { policy: allow.anyRole },
      schema: { tags, summary: 'Tải tài liệu của buổi sinh hoạt', params: documentParams, response: errors },
    },
    async (req, reply) => {
      const access = await meetingAccessOf(app.db, req);
      await checkedMeeting(app.db, access, req.params.id, 'read');
      const file = await documentFile(app.db, req.params.id, req.params.documentId);
      return sendDownload(reply, file, file.content as never);
    },
  );

  app.delete(
    '/meetings/:id/documents/:documentId',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Gỡ tài liệu khỏi buổi sinh hoạt',
        params: documentParams,
        response: { 200: meetingDetail, ...errors },
      },
    },
    async (req) => {
      const access = await meetingAccessOf(app.db, req);
      await checkedMeeting(app.db, access, req.params.id, 'write');
      await mutate(app.db, req.ctx, (w) => removeDocument(w, req.params.id, req.params.documentId));
      return detailOf(app.db, req.params.id, access);
    },
  );
};
