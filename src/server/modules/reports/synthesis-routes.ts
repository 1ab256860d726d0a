import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../../contracts/common';
import {
  synthesisPreview,
  synthesisQuery,
  synthesisRegistered,
  synthesisRegisterQuery,
} from '../../../contracts/report-synthesis';
import { scopeIncludes } from '../../platform/access/grants';
import { allow } from '../../platform/access/policy';
import { acceptRawBodies, megabytes, rawUploadOptions, sendDownload } from '../../platform/http/raw-upload';
import { issuerOfUnit, registerFinalReport, signingCollectiveOf } from '../documents/for-report-synthesis';
import { todayIso } from '../org/calendar';
import { reportUnit } from '../org/report-units-read';
import { checkUnitReach, reportAccessOf } from './report-access';
import { previewOf, reviewRecipients, synthesisContent, synthesisUnit } from './synthesis-content';
import { reviewNames, reviewPeriodOf } from './synthesis-period';
import { synthesisWord } from './synthesis-word';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 413: apiError, 415: apiError };
const tags = ['reports'];
const readers = allow.roles('admin', 'committee', 'cell_secretary', 'inspector', 'viewer');
const writers = allow.roles('admin', 'committee', 'cell_secretary');
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/**
 * Reports are dated where the committee sits, which neither the unit nor its registry records: the draft leaves
 * the place for the office to write in ("……, ngày     tháng     năm 20…").
 */
const reportPlace = null;

/** The unit and review a request is about, checked in this order: period (400), unit (404/403). */
async function reviewRequest(
  db: Parameters<typeof synthesisUnit>[0],
  req: FastifyRequest,
  q: { unitId: string; periodKey: string },
  action: 'read' | 'write',
) {
  const review = reviewPeriodOf(q.periodKey);
  const access = reportAccessOf(req);
  const unit = await synthesisUnit(db, q.unitId);
  checkUnitReach(access, unit.path, action);
  return { review, unit, canRegister: scopeIncludes(access.write, unit.path) };
}

/** "Dự thảo báo cáo sơ kết 2026-H1.docx" (the download header carries an ASCII fallback too). */
const draftName = (periodKey: string) =>
  `Dự thảo báo cáo ${periodKey.includes('H') ? 'sơ kết' : 'tổng kết'} ${periodKey}.docx`;

/** The draft of the committee's mid-year or year-end report, and the registration of its final. */
export const synthesisRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reports/synthesis',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Nội dung dự thảo báo cáo sơ kết 6 tháng, tổng kết năm của một cấp ủy',
        querystring: synthesisQuery,
        response: { 200: synthesisPreview, ...errors },
      },
    },
    async (req) => {
      const { review, unit, canRegister } = await reviewRequest(app.db, req, req.query, 'read');
      const content = await synthesisContent(app.db, unit, review, req.query.formIds, todayIso());
      const issuer = await issuerOfUnit(app.db, unit.id);
      return previewOf(content, canRegister, issuer?.name ?? null);
    },
  );

  app.get(
    '/reports/synthesis.docx',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Dự thảo báo cáo sơ kết, tổng kết (Word, thể thức văn bản của Đảng)',
        querystring: synthesisQuery,
      },
    },
    async (req, reply) => {
      const { review, unit } = await reviewRequest(app.db, req, req.query, 'read');
      const content = await synthesisContent(app.db, unit, review, req.query.formIds, todayIso());
      const issuer = await issuerOfUnit(app.db, unit.id);
      const file = await synthesisWord({
        content,
        issuer,
        collective: signingCollectiveOf(issuer?.name ?? unit.name),
        place: reportPlace,
        margins: app.config.docxMarginsMm,
      });
      return sendDownload(reply, { fileName: draftName(review.key), contentType: docxType }, file);
    },
  );

  await app.register(synthesisRegisterRoutes);
};

/** The edited final, sent as the raw request body (its own plugin, so its parser stays here). */
const synthesisRegisterRoutes: FastifyPluginAsyncZod = async (app) => {
  const limit = app.config.documentFileMaxBytes;
  acceptRawBodies(app, limit);
  app.post(
    '/reports/synthesis/register',
    {
      config: { policy: writers },
      ...rawUploadOptions(limit),
      schema: {
        tags,
        summary: 'Đăng ký báo cáo sơ kết, tổng kết chính thức (tệp Word đã chỉnh sửa) vào sổ văn bản đi',
        description: `Nội dung yêu cầu là chính tệp .docx (tối đa ${megabytes(limit)}). Tạo văn bản đi loại Báo cáo ở trạng thái dự thảo, đính kèm tệp; cấp số trong sổ văn bản như thường lệ.`,
        querystring: synthesisRegisterQuery,
        response: { 201: synthesisRegistered, ...errors },
      },
    },
    async (req, reply) => {
      const { review, unit } = await reviewRequest(app.db, req, req.query, 'write');
      const parent = unit.parentId ? await reportUnit(app.db, unit.parentId) : null;
      const documentId = await registerFinalReport(app, req, {
        unit,
        summary: reviewNames(review).summary,
        recipients: reviewRecipients(parent?.name ?? null),
        fileName: req.query.fileName,
        today: todayIso(),
        grantPaths: reportAccessOf(req).grants.map((g) => g.path),
      });
      return reply.status(201).send({ documentId });
    },
  );
};
