import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, idParams, okResult } from '../../../contracts/common';
import {
  conclusionParams,
  createSessionBody,
  followUpReport,
  sessionConclusionBody,
  sessionDefaults,
  sessionDefaultsQuery,
  sessionDetail,
  sessionPage,
  sessionsQuery,
  sessionVersionQuery,
  updateConclusionBody,
  updateSessionBody,
} from '../../../contracts/working-sessions';
import { scopeIncludes } from '../../platform/access/grants';
import { allow } from '../../platform/access/policy';
import { AppError } from '../../platform/errors/app-error';
import { attachment } from '../../platform/http/attachment';
import { mutate, type Writer } from '../../platform/mutate';
import { todayIso } from '../org/calendar';
import { meetingUnit } from '../org/meeting-units-read';
import { checkedSession, sessionAccessOf } from './session-access';
import { addConclusion, deleteConclusion, updateConclusion } from './session-conclusions';
import { followUpOf } from './session-follow-up';
import { sessionDetail as detailOf, listSessions } from './session-queries';
import { createSession, deleteSession, updateSession } from './session-service';
import { followUpWord } from './session-word';
import { taskAccessOf } from './task-access';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['working-sessions'];
/** Readers of the session's unit read it; its writers (committee, secretary of a cell) record it. */
const readers = allow.anyRole;
const writers = allow.roles('admin', 'committee', 'cell_secretary');
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Reports are dated where the committee sits; the registry holds no place of its own yet. */
const reportPlace = 'Hà Nội';

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  /** A write on one session: access checked first (404/403), then the work in one audited transaction. */
  const onSession = async <T>(req: FastifyRequest, id: string, work: (w: Writer) => Promise<T>) => {
    const access = sessionAccessOf(req);
    await checkedSession(app.db, access, id, 'write');
    await mutate(app.db, req.ctx, work);
    return detailOf(app.db, access, id);
  };
  const taskEnv = () => ({ today: todayIso(), publicUrl: app.config.publicUrl });

  app.get(
    '/working-sessions',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Các buổi làm việc của cấp trên với một tổ chức đảng',
        querystring: sessionsQuery,
        response: { 200: sessionPage, ...errors },
      },
    },
    async (req) => {
      const access = sessionAccessOf(req);
      const unit = await meetingUnit(app.db, req.query.unitId);
      if (!unit || !scopeIncludes(access.read, unit.path))
        throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
      return listSessions(app.db, access, req.query, unit.id);
    },
  );

  app.post(
    '/working-sessions',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Ghi nhận một buổi làm việc của cấp trên',
        description:
          'Ngày làm việc không sau hôm nay; cơ quan cấp trên (nếu chọn) phải là cấp trên của tổ chức.',
        body: createSessionBody,
        response: { 201: sessionDetail, ...errors },
      },
    },
    async (req, reply) => {
      const access = sessionAccessOf(req);
      const unit = await meetingUnit(app.db, req.body.unitId);
      if (!unit || !scopeIncludes(access.read, unit.path))
        throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
      if (!scopeIncludes(access.write, unit.path)) throw new AppError(403, 'FORBIDDEN', { field: 'unitId' });
      const row = await mutate(app.db, req.ctx, (w) => createSession(w, req.body));
      return reply.status(201).send(await detailOf(app.db, access, row.id));
    },
  );

  app.get(
    '/working-sessions/defaults',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Gợi ý cho buổi làm việc mới: cơ quan cấp trên trực tiếp của tổ chức',
        querystring: sessionDefaultsQuery,
        response: { 200: sessionDefaults, ...errors },
      },
    },
    async (req) => {
      const access = sessionAccessOf(req);
      const unit = await meetingUnit(app.db, req.query.unitId);
      if (!unit || !scopeIncludes(access.read, unit.path))
        throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
      if (!scopeIncludes(access.write, unit.path)) throw new AppError(403, 'FORBIDDEN', { field: 'unitId' });
      const parent = unit.parentId ? await meetingUnit(app.db, unit.parentId) : null;
      return { superiorUnit: parent ? { id: parent.id, name: parent.name } : null };
    },
  );

  app.get(
    '/working-sessions/:id',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Một buổi làm việc: thành phần, báo cáo, thảo luận, kết luận và nhiệm vụ',
        params: idParams,
        response: { 200: sessionDetail, ...errors },
      },
    },
    async (req) => detailOf(app.db, sessionAccessOf(req), req.params.id),
  );

  app.patch(
    '/working-sessions/:id',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Sửa thông tin buổi làm việc',
        params: idParams,
        body: updateSessionBody,
        response: { 200: sessionDetail, ...errors },
      },
    },
    async (req) => onSession(req, req.params.id, (w) => updateSession(w, req.params.id, req.body)),
  );

  app.delete(
    '/working-sessions/:id',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Xóa buổi làm việc ghi nhầm (khi chưa nhiệm vụ nào được thực hiện)',
        params: idParams,
        querystring: sessionVersionQuery,
        response: { 200: okResult, ...errors },
      },
    },
    async (req) => {
      await checkedSession(app.db, sessionAccessOf(req), req.params.id, 'write');
      await mutate(app.db, req.ctx, (w) => deleteSession(w, req.params.id, req.query.version));
      return { ok: true as const };
    },
  );

  app.post(
    '/working-sessions/:id/conclusions',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Thêm một kết luận và giao nhiệm vụ từ kết luận đó',
        description: 'Mỗi dòng nhiệm vụ là một tổ chức thực hiện trong phạm vi tổ chức của buổi làm việc.',
        params: idParams,
        body: sessionConclusionBody,
        response: { 201: sessionDetail, ...errors },
      },
    },
    async (req, reply) => {
      const access = await taskAccessOf(app.db, req);
      const detail = await onSession(req, req.params.id, (w) =>
        addConclusion(w, access, taskEnv(), req.params.id, req.body),
      );
      return reply.status(201).send(detail);
    },
  );

  app.patch(
    '/working-sessions/:id/conclusions/:conclusionId',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Sửa nội dung kết luận, giao thêm nhiệm vụ',
        params: conclusionParams,
        body: updateConclusionBody,
        response: { 200: sessionDetail, ...errors },
      },
    },
    async (req) => {
      const access = await taskAccessOf(app.db, req);
      const { id, conclusionId } = req.params;
      return onSession(req, id, (w) => updateConclusion(w, access, taskEnv(), id, conclusionId, req.body));
    },
  );

  app.delete(
    '/working-sessions/:id/conclusions/:conclusionId',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Xóa kết luận ghi nhầm cùng các nhiệm vụ chưa thực hiện của nó',
        params: conclusionParams,
        querystring: sessionVersionQuery,
        response: { 200: sessionDetail, ...errors },
      },
    },
    async (req) => {
      const { id, conclusionId } = req.params;
      return onSession(req, id, (w) => deleteConclusion(w, id, conclusionId, req.query.version));
    },
  );

  app.get(
    '/working-sessions/:id/follow-up',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Báo cáo kết quả thực hiện kết luận, tổng hợp từ các nhiệm vụ',
        params: idParams,
        response: { 200: followUpReport, ...errors },
      },
    },
    async (req) => {
      await checkedSession(app.db, sessionAccessOf(req), req.params.id, 'read');
      return followUpOf(app.db, req.params.id);
    },
  );

  app.get(
    '/working-sessions/:id/follow-up.docx',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Báo cáo kết quả thực hiện kết luận (Word, thể thức văn bản của Đảng)',
        params: idParams,
      },
    },
    async (req, reply) => {
      const session = await checkedSession(app.db, sessionAccessOf(req), req.params.id, 'read');
      const report = await followUpOf(app.db, session.id);
      const unit = await meetingUnit(app.db, session.unitId);
      const parent = unit?.parentId ? await meetingUnit(app.db, unit.parentId) : null;
      const file = await followUpWord({
        report,
        superiorOfUnit: parent?.name ?? null,
        place: reportPlace,
        margins: app.config.docxMarginsMm,
      });
      const name = `Bao cao ket qua thuc hien ket luan ${report.session.heldOn}.docx`;
      return reply
        .header('content-type', docxType)
        .header('content-disposition', attachment(name))
        .send(file);
    },
  );
};
