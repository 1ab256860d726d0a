import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, idParams } from '../../../contracts/common';
import {
  createReportFormBody,
  formStatusBody,
  formVersionParams,
  reportFormDetail,
  reportFormList,
  reportFormsQuery,
  reportFormVersion,
  updateReportFormBody,
} from '../../../contracts/report-forms';
import { allow } from '../../platform/access/policy';
import { AppError } from '../../platform/errors/app-error';
import { mutate } from '../../platform/mutate';
import { reportUnit } from '../org/report-units-read';
import { checkedForm } from './form-access';
import { formDetail, formVersion, listForms } from './form-queries';
import { createForm, setFormStatus, updateForm } from './form-service';
import { checkUnitReach, reportAccessOf } from './report-access';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['reports'];
const fieldArea = 'reportForm' as const;
const readers = allow.roles('admin', 'committee', 'cell_secretary', 'inspector', 'viewer');
/** Forms are defined by committees; a cell secretary's reach (the cell) never owns one. */
const designers = allow.roles('admin', 'committee');

export const formRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/report-forms',
    {
      config: { policy: readers, fieldArea },
      schema: {
        tags,
        summary: 'Biểu mẫu báo cáo một tổ chức đảng phải nộp (của cấp mình, cấp trên và biểu mẫu có sẵn)',
        querystring: reportFormsQuery,
        response: { 200: reportFormList, ...errors },
      },
    },
    async (req) => {
      const access = reportAccessOf(req);
      let path: string | null = null;
      if (req.query.unitId) {
        const unit = await reportUnit(app.db, req.query.unitId);
        if (!unit) throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
        checkUnitReach(access, unit.path, 'read');
        path = unit.path;
      }
      return listForms(app.db, access, path, req.query);
    },
  );

  app.post(
    '/report-forms',
    {
      config: { policy: designers, fieldArea },
      schema: {
        tags,
        summary: 'Ban hành biểu mẫu báo cáo mới (phiên bản 1)',
        body: createReportFormBody,
        response: { 201: reportFormDetail, ...errors },
      },
    },
    async (req, reply) => {
      const access = reportAccessOf(req);
      const owner = await reportUnit(app.db, req.body.ownerUnitId);
      if (!owner) throw new AppError(404, 'NOT_FOUND', { field: 'ownerUnitId' });
      checkUnitReach(access, owner.path, 'write', 'ownerUnitId');
      const id = await mutate(app.db, req.ctx, (w) => createForm(w, owner, req.body));
      return reply.status(201).send(await formDetail(app.db, access, id));
    },
  );

  app.get(
    '/report-forms/:id',
    {
      config: { policy: readers, fieldArea },
      schema: {
        tags,
        summary: 'Một biểu mẫu: nội dung hiện hành và các phiên bản',
        params: idParams,
        response: { 200: reportFormDetail, ...errors },
      },
    },
    async (req) => formDetail(app.db, reportAccessOf(req), req.params.id),
  );

  app.get(
    '/report-forms/:id/versions/:versionNo',
    {
      config: { policy: readers, fieldArea },
      schema: {
        tags,
        summary: 'Nội dung một phiên bản của biểu mẫu',
        params: formVersionParams,
        response: { 200: reportFormVersion, ...errors },
      },
    },
    async (req) => {
      const found = await formVersion(app.db, reportAccessOf(req), req.params.id, req.params.versionNo);
      if (!found) throw new AppError(404, 'NOT_FOUND', { field: 'versionNo' });
      return found;
    },
  );

  app.put(
    '/report-forms/:id',
    {
      config: { policy: designers, fieldArea },
      schema: {
        tags,
        summary: 'Sửa biểu mẫu; nội dung thay đổi thành phiên bản mới, báo cáo đã gửi giữ phiên bản cũ',
        params: idParams,
        body: updateReportFormBody,
        response: { 200: reportFormDetail, ...errors },
      },
    },
    async (req) => {
      const access = reportAccessOf(req);
      await mutate(app.db, req.ctx, async (w) =>
        updateForm(w, await checkedForm(w.tx, access, req.params.id, 'write', req.body.version), req.body),
      );
      return formDetail(app.db, access, req.params.id);
    },
  );

  app.post(
    '/report-forms/:id/status',
    {
      config: { policy: designers, fieldArea },
      schema: {
        tags,
        summary: 'Ngừng sử dụng hoặc dùng lại biểu mẫu',
        params: idParams,
        body: formStatusBody,
        response: { 200: reportFormDetail, ...errors },
      },
    },
    async (req) => {
      const access = reportAccessOf(req);
      await mutate(app.db, req.ctx, async (w) =>
        setFormStatus(w, await checkedForm(w.tx, access, req.params.id, 'write', req.body.version), req.body),
      );
      return formDetail(app.db, access, req.params.id);
    },
  );
};
