import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, uploadQuery } from '../../../contracts/common';
import { taskDetail as taskDetailResponse } from '../../../contracts/tasks';
import { allow } from '../../platform/access/policy';
import { acceptRawBodies, megabytes, rawUploadOptions, sendDownload } from '../../platform/http/raw-upload';
import { storedFile } from '../documents/files';
import { checkedUpload, withStoredFile } from '../documents/uploads';
import { todayIso } from '../org/calendar';
import { checkedTask, taskAccessOf } from './task-access';
import { taskDetail } from './task-queries';
import { attachUpdateFile } from './task-reports';
import { taskUpdateFileId } from './task-updates-read';

const errors = {
  400: apiError,
  401: apiError,
  403: apiError,
  404: apiError,
  409: apiError,
  413: apiError,
  415: apiError,
};
const tags = ['tasks'];

/** A file attached to a progress report, sent as the raw request body (its own plugin, so its parser stays here). */
export const taskFileRoutes: FastifyPluginAsyncZod = async (app) => {
  const limit = app.config.documentFileMaxBytes;
  acceptRawBodies(app, limit);

  app.post(
    '/tasks/:id/updates/:updateId/file',
    {
      config: { policy: allow.anyRole },
      ...rawUploadOptions(limit),
      schema: {
        tags,
        summary: 'Đính kèm tệp vào báo cáo tiến độ',
        description: `Nội dung yêu cầu là chính tệp (tối đa ${megabytes(limit)}); đuôi tệp phải đúng với nội dung.`,
        params: z.object({ id: z.uuid(), updateId: z.uuid() }),
        querystring: uploadQuery,
        response: { 200: taskDetailResponse, ...errors },
      },
    },
    async (req) => {
      const access = await taskAccessOf(app.db, req);
      await checkedTask(app.db, access, req.params.id, 'read');
      const upload = await checkedUpload(app, req, req.query.fileName);
      await withStoredFile(app, req, upload, null, (w, fileId) =>
        attachUpdateFile(w, access, req.params.id, req.params.updateId, fileId),
      );
      return taskDetail(app.db, access, req.params.id, todayIso());
    },
  );

  app.get(
    '/tasks/:id/files/:fileId',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Tải tệp của báo cáo tiến độ',
        params: z.object({ id: z.uuid(), fileId: z.uuid() }),
      },
    },
    async (req, reply) => {
      const access = await taskAccessOf(app.db, req);
      await checkedTask(app.db, access, req.params.id, 'read');
      const fileId = await taskUpdateFileId(app.db, req.params.id, req.params.fileId);
      const file = await storedFile(app.db, fileId);
      return sendDownload(reply, file, app.files.read(file.storageKey));
    },
  );
};
