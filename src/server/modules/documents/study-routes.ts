import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, idParams, okResult } from '../../../contracts/common';
import {
  assignStudyBody,
  myStudy,
  recordStudyBody,
  remindResult,
  studyAssignmentDetail,
  studyAssignmentPage,
  studyAssignmentsQuery,
} from '../../../contracts/documents';
import { scopeIncludes } from '../../platform/access/grants';
import { allow } from '../../platform/access/policy';
import { AppError } from '../../platform/errors/app-error';
import { mutate } from '../../platform/mutate';
import { studyUnit } from '../org/for-documents';
import { assignStudy, confirmRead, recordStudy, remindStudy } from './study';
import { checkedTarget, readableDocument, studyAccessOf } from './study-access';
import { studyPlanRoutes } from './study-plan-routes';
import { assignmentDetail, checkedAssignment, listAssignments, myStudyOf } from './study-queries';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['documents'];
const readers = allow.anyRole;
const writers = allow.roles('admin', 'committee', 'cell_secretary');

/** The study of documents (học tập, quán triệt): assignments to cells, their sessions, plans and reading. */
export const studyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/documents/:id/study',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Giao văn bản cho các chi bộ học tập, quán triệt',
        description: 'Giao lại cùng văn bản từ cùng cấp ủy sẽ bổ sung chi bộ và đặt lại thời hạn.',
        params: idParams,
        body: assignStudyBody,
        response: { 200: studyAssignmentDetail, ...errors },
      },
    },
    async (req) => {
      const access = await studyAccessOf(app.db, req);
      const doc = await readableDocument(app.db, access, req.params.id);
      const unit = await studyUnit(app.db, req.body.unitId);
      if (!unit || !scopeIncludes(access.read, unit.path))
        throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
      if (!scopeIncludes(access.write, unit.path)) throw new AppError(403, 'FORBIDDEN', { field: 'unitId' });
      const id = await mutate(app.db, req.ctx, (w) =>
        assignStudy(w, doc, unit, req.body, app.config.publicUrl),
      );
      return assignmentDetail(app.db, access, id);
    },
  );

  app.get(
    '/study/assignments',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Theo dõi học tập, quán triệt văn bản',
        querystring: studyAssignmentsQuery,
        response: { 200: studyAssignmentPage, ...errors },
      },
    },
    async (req) => {
      const access = await studyAccessOf(app.db, req);
      let underPath: string | null = null;
      if (req.query.unitId) {
        const unit = await studyUnit(app.db, req.query.unitId);
        if (!unit || !scopeIncludes(access.read, unit.path))
          throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
        underPath = unit.path;
      }
      return listAssignments(app.db, access, req.query, underPath);
    },
  );

  app.get(
    '/study/assignments/:id',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Kết quả học tập, quán triệt của từng chi bộ',
        params: idParams,
        response: { 200: studyAssignmentDetail, ...errors },
      },
    },
    async (req) => assignmentDetail(app.db, await studyAccessOf(app.db, req), req.params.id),
  );

  app.post(
    '/study/assignments/:id/remind',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Nhắc các chi bộ chưa học tập và đảng viên chưa đọc',
        params: idParams,
        response: { 200: remindResult, ...errors },
      },
    },
    async (req) => {
      const access = await studyAccessOf(app.db, req);
      const { assignment, doc } = await checkedAssignment(app.db, access, req.params.id);
      const notified = await mutate(app.db, req.ctx, (w) =>
        remindStudy(w, assignment, doc, app.config.publicUrl),
      );
      return { notified };
    },
  );

  app.put(
    '/study/targets/:id',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Ghi nhận buổi học tập, quán triệt của chi bộ',
        params: idParams,
        body: recordStudyBody,
        response: { 200: studyAssignmentDetail, ...errors },
      },
    },
    async (req) => {
      const access = await studyAccessOf(app.db, req);
      const target = await checkedTarget(app.db, access, req.params.id, 'write');
      const unit = await studyUnit(app.db, target.unitId);
      await mutate(app.db, req.ctx, (w) => recordStudy(w, target, unit?.name ?? '', req.body));
      return assignmentDetail(app.db, access, target.assignmentId);
    },
  );

  app.get(
    '/study/mine',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Việc học tập, quán triệt của tôi',
        response: { 200: myStudy, ...errors },
      },
    },
    async (req) => myStudyOf(app.db, await studyAccessOf(app.db, req)),
  );

  app.post(
    '/documents/:id/read',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Đảng viên xác nhận đã đọc văn bản',
        params: idParams,
        response: { 200: okResult, ...errors },
      },
    },
    async (req) => {
      const access = await studyAccessOf(app.db, req);
      await readableDocument(app.db, access, req.params.id);
      const member = access.member;
      if (!member) throw new AppError(403, 'STUDY_NOT_A_MEMBER');
      await mutate(app.db, req.ctx, (w) => confirmRead(w, req.params.id, member.id));
      return { ok: true as const };
    },
  );

  await app.register(studyPlanRoutes);
};
