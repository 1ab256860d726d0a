import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, idParams, uploadQuery } from '../../../contracts/common';
import { studyAssignmentDetail } from '../../../contracts/documents';
import { allow } from '../../platform/access/policy';
import { acceptRawBodies, megabytes, rawUploadOptions, sendDownload } from '../../platform/http/raw-upload';
import { setPlan } from './study';
import { checkedTarget, studyAccessOf } from './study-access';
import { assignmentDetail, planFileOf } from './study-queries';
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

/** A cell's implementation plan (kế hoạch thực hiện): the file is the raw request body (its own parser here). */
export const studyPlanRoutes: FastifyPluginAsyncZod = async (app) => {
  const maxBytes = app.config.documentFileMaxBytes;
  acceptRawBodies(app, maxBytes);

  app.post(
    '/study/targets/:id/plan',
    {
      config: { policy: allow.roles('admin', 'committee', 'cell_secretary') },
      ...rawUploadOptions(maxBytes),
      schema: {
        tags,
        summary: 'Gửi kế hoạch thực hiện của chi bộ',
        description: `Nội dung yêu cầu là chính tệp (tối đa ${megabytes(maxBytes)}); gửi lại sẽ thay kế hoạch cũ.`,
        params: idParams,
        querystring: uploadQuery,
        response: { 200: studyAssignmentDetail, ...errors },
      },
    },
    async (req) => {
      const access = await studyAccessOf(app.db, req);
      const target = await checkedTarget(app.db, access, req.params.id, 'write');
      const upload = await checkedUpload(app, req, req.query.fileName);
      const replaced = await withStoredFile(app, req, upload, null, (w, fileId) =>
        setPlan(w, target, fileId),
      );
      // The old plan's row went with the transaction; its bytes go once that has committed.
      if (replaced) await app.files.remove(replaced);
      return assignmentDetail(app.db, access, target.assignmentId);
    },
  );

  app.get(
    '/study/targets/:id/plan',
    {
      config: { policy: allow.anyRole },
      schema: { tags, summary: 'Tải kế hoạch thực hiện của chi bộ', params: idParams, response: errors },
    },
    async (req, reply) => {
      const access = await studyAccessOf(app.db, req);
      const target = await checkedTarget(app.db, access, req.params.id, 'read');
      const file = await planFileOf(app.db, target.planFileId);
      return sendDownload(reply, file, app.files.read(file.key) as never);
    },
  );
};
