import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, idParams } from '../../../contracts/common';
import {
  dueReportList,
  dueReportsQuery,
  formPeriods,
  formPeriodsQuery,
  openSubmissionBody,
  reopenSubmissionBody,
  returnSubmissionBody,
  reviewQueueQuery,
  reviewQueue as reviewQueueResponse,
  reviewSubmissionBody,
  saveSubmissionBody,
  submissionDetail as submissionDetailResponse,
  submissionPage,
  submissionsQuery,
  submitSubmissionBody,
  versionBody,
} from '../../../contracts/reports';
import type { Tx } from '../../db/client';
import { allow } from '../../platform/access/policy';
import { AppError } from '../../platform/errors/app-error';
import { mutate, type Writer } from '../../platform/mutate';
import { todayIso } from '../org/calendar';
import { reportUnit } from '../org/report-units-read';
import { formWithDefinition } from './form-read';
import { checkUnitReach, type ReportAccess, reportAccessOf } from './report-access';
import { checkedSubmission, type SubmissionRow } from './submission-access';
import { noticeReviewed, noticeSubmitted } from './submission-notices';
import {
  dueReports,
  listSubmissions,
  openedPeriods,
  reviewQueue,
  submissionDetail,
} from './submission-queries';
import { periodInfoOf } from './submission-read';
import {
  openSubmission,
  refreshPrefill,
  reopenSubmission,
  reviewSubmission,
  saveSubmission,
  submitSubmission,
} from './submission-service';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['reports'];
const readers = allow.roles('admin', 'committee', 'cell_secretary', 'inspector', 'viewer');
const writers = allow.roles('admin', 'committee', 'cell_secretary');

/** Units' periodic reports: what is due, opening a draft, autosave, sending, and the review by the level above. */
export const submissionRoutes: FastifyPluginAsyncZod = async (app) => {
  const unitFor = async (access: ReportAccess, unitId: string, action: 'read' | 'write') => {
    const unit = await reportUnit(app.db, unitId);
    if (!unit) throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
    checkUnitReach(access, unit.path, action);
    return unit;
  };
  const detail = async (access: ReportAccess, id: string) => {
    const row = await checkedSubmission(app.db, access, id, 'read');
    return submissionDetail(app.db, access, row, todayIso());
  };
  /** A write on a report: checked (404/403/409), done in one audited transaction; answers the report. */
  const onSubmission = async (
    req: FastifyRequest,
    id: string,
    version: number,
    work: (w: Writer, row: SubmissionRow, access: ReportAccess) => Promise<unknown>,
  ) => {
    const access = reportAccessOf(req);
    await mutate(app.db, req.ctx, async (w) => {
      const row = await checkedSubmission(w.tx, access, id, 'write', version);
      await work(w, row, access);
    });
    return detail(access, id);
  };
  const formOf = async (formId: string, tx: Tx = app.db) => {
    const found = await formWithDefinition(tx, formId);
    if (!found) throw new AppError(404, 'NOT_FOUND', { field: 'formId' });
    return found.form;
  };
  const publicUrl = () => app.config.publicUrl;

  app.get(
    '/report-submissions/due',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Báo cáo đơn vị cần nộp',
        querystring: dueReportsQuery,
        response: { 200: dueReportList, ...errors },
      },
    },
    async (req) => {
      const unit = await unitFor(reportAccessOf(req), req.query.unitId, 'read');
      return { items: await dueReports(app.db, unit, todayIso()) };
    },
  );

  app.get(
    '/report-submissions/review-queue',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Báo cáo chờ cấp trên duyệt',
        querystring: reviewQueueQuery,
        response: { 200: reviewQueueResponse, ...errors },
      },
    },
    async (req) => {
      const access = reportAccessOf(req);
      const unit = req.query.unitId ? await unitFor(access, req.query.unitId, 'read') : null;
      return reviewQueue(app.db, access, unit, todayIso());
    },
  );

  app.get(
    '/report-submissions',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Báo cáo của các đơn vị trong phạm vi',
        querystring: submissionsQuery,
        response: { 200: submissionPage, ...errors },
      },
    },
    async (req) => {
      const access = reportAccessOf(req);
      const unit = await unitFor(access, req.query.unitId, 'read');
      return listSubmissions(app.db, access, unit, req.query, todayIso());
    },
  );

  app.get(
    '/report-forms/:id/periods',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Các kỳ báo cáo đã mở của biểu mẫu',
        params: idParams,
        querystring: formPeriodsQuery,
        response: { 200: formPeriods, ...errors },
      },
    },
    async (req) => {
      const form = await formOf(req.params.id);
      const today = todayIso();
      return {
        items: openedPeriods(form, today, req.query.count).map(({ period, window }) => ({
          ...periodInfoOf(period),
          ...window,
        })),
      };
    },
  );

  app.post(
    '/report-submissions/open',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Mở (hoặc lập) báo cáo của đơn vị cho một kỳ',
        body: openSubmissionBody,
        response: { 200: submissionDetailResponse, ...errors },
      },
    },
    async (req) => {
      const access = reportAccessOf(req);
      const unit = await unitFor(access, req.body.unitId, 'write');
      const form = await formOf(req.body.formId);
      const id = await mutate(app.db, req.ctx, (w) =>
        openSubmission(w, form, unit, req.body.periodKey, todayIso()),
      );
      return detail(access, id);
    },
  );

  app.get(
    '/report-submissions/:id',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Một báo cáo',
        params: idParams,
        response: { 200: submissionDetailResponse, ...errors },
      },
    },
    async (req) => detail(reportAccessOf(req), req.params.id),
  );

  app.put(
    '/report-submissions/:id',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Lưu nháp báo cáo (tự động)',
        params: idParams,
        body: saveSubmissionBody,
        response: { 200: submissionDetailResponse, ...errors },
      },
    },
    async (req) =>
      onSubmission(req, req.params.id, req.body.version, (w, row) => saveSubmission(w, row, req.body.values)),
  );

  app.post(
    '/report-submissions/:id/prefill',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Cập nhật số liệu tự điền',
        params: idParams,
        body: versionBody,
        response: { 200: submissionDetailResponse, ...errors },
      },
    },
    async (req) =>
      onSubmission(req, req.params.id, req.body.version, async (w, row) => {
        const unit = await reportUnit(w.tx, row.unitId);
        if (!unit) throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
        await refreshPrefill(w, row, unit, todayIso());
      }),
  );

  app.post(
    '/report-submissions/:id/submit',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Gửi báo cáo lên cấp trên',
        params: idParams,
        body: submitSubmissionBody,
        response: { 200: submissionDetailResponse, ...errors },
      },
    },
    async (req) =>
      onSubmission(req, req.params.id, req.body.version, async (w, row, access) => {
        await submitSubmission(w, access, row, req.body.receivedOn ?? null, todayIso());
        const form = await formOf(row.formId, w.tx);
        const unit = await reportUnit(w.tx, row.unitId);
        const sent = await checkedSubmission(w.tx, access, row.id, 'read');
        if (unit) await noticeSubmitted(w, sent, form, unit, publicUrl());
      }),
  );

  const review =
    (decision: 'accepted' | 'returned') =>
    async (
      req: FastifyRequest<{ Params: { id: string }; Body: { version: number; comment?: string | null } }>,
    ) =>
      onSubmission(req, req.params.id, req.body.version, async (w, row, access) => {
        const comment = req.body.comment ?? null;
        await reviewSubmission(w, access, row, decision, comment);
        await noticeReviewed(w, row, await formOf(row.formId, w.tx), decision, comment, publicUrl());
      });

  app.post(
    '/report-submissions/:id/accept',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Tiếp nhận báo cáo',
        params: idParams,
        body: reviewSubmissionBody,
        response: { 200: submissionDetailResponse, ...errors },
      },
    },
    review('accepted'),
  );

  app.post(
    '/report-submissions/:id/return',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Trả lại báo cáo kèm ý kiến',
        params: idParams,
        body: returnSubmissionBody,
        response: { 200: submissionDetailResponse, ...errors },
      },
    },
    review('returned'),
  );

  app.post(
    '/report-submissions/:id/reopen',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Mở lại báo cáo đã tiếp nhận',
        params: idParams,
        body: reopenSubmissionBody,
        response: { 200: submissionDetailResponse, ...errors },
      },
    },
    async (req) =>
      onSubmission(req, req.params.id, req.body.version, async (w, row, access) => {
        await reopenSubmission(w, access, row, req.body.reason);
        await noticeReviewed(
          w,
          row,
          await formOf(row.formId, w.tx),
          'reopened',
          req.body.reason,
          publicUrl(),
        );
      }),
  );
};
