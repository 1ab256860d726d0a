import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, idParams, okResult } from '../../../contracts/common';
import {
  cancelMeetingBody,
  checkInLink,
  checkInResult,
  closeMeetingBody,
  conclusionsBody,
  createMeetingBody,
  draftPlan,
  markAttendanceBody,
  meetingDetail,
  meetingPage,
  meetingsListQuery,
  memberAttendance,
  memberAttendanceQuery,
  minutesBody,
  minutesVersions,
  ratingScale,
  ratingScaleBody,
  ratingScales,
  updateMeetingBody,
} from '../../../contracts/meetings';
import { scopeIncludes } from '../../platform/access/grants';
import { allow } from '../../platform/access/policy';
import { requireAuth } from '../../platform/access/request';
import { AppError } from '../../platform/errors/app-error';
import { mutate } from '../../platform/mutate';
import { todayIso } from '../org/calendar';
import { meetingUnit } from '../org/meeting-units-read';
import { tasksFromClosedMeeting } from '../programs/for-meetings';
import { checkedMeeting, meetingAccessOf } from './access';
import { checkIn, markAttendance, newCheckInLink } from './attendance';
import { meetingDocumentRoutes } from './documents-routes';
import { memberAttendanceOf } from './member-attendance';
import { nextPlanOf } from './next-plan';
import { meetingDetail as detailOf, listMeetings } from './queries';
import { addRatingScale, deleteRatingScale, listRatingScales } from './rating-scales';
import { closeMeeting, minutesHistory, saveConclusions, saveMinutes } from './record';
import { cancelMeeting, createMeeting, updateMeeting } from './service';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['meetings'];
/** Everyone with a role reads the meetings in reach (a member: their own cell's); writers plan and record them. */
const readers = allow.anyRole;
const writers = allow.roles('admin', 'committee', 'cell_secretary');
const admins = allow.roles('admin');
const secretParams = z.object({ secret: z.string().regex(/^[\w-]{20,64}$/) });

export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  const detail = async (req: Parameters<typeof meetingAccessOf>[1], id: string) =>
    detailOf(app.db, id, await meetingAccessOf(app.db, req));
  /** A write on one meeting: access checked first (404/403), then the work in one audited transaction. */
  const onMeeting = async (
    req: Parameters<typeof meetingAccessOf>[1],
    id: string,
    work: Parameters<typeof mutate>[2],
  ) => {
    const access = await meetingAccessOf(app.db, req);
    await checkedMeeting(app.db, access, id, 'write');
    await mutate(app.db, req.ctx, work);
    return detailOf(app.db, id, access);
  };

  app.get(
    '/meetings',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Lịch sinh hoạt của các tổ chức đảng',
        querystring: meetingsListQuery,
        response: { 200: meetingPage, ...errors },
      },
    },
    async (req) => {
      const access = await meetingAccessOf(app.db, req);
      let unit: { id: string; path: string } | null = null;
      if (req.query.unitId) {
        const found = await meetingUnit(app.db, req.query.unitId);
        if (!found || !scopeIncludes(access.read, found.path))
          throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
        unit = found;
      }
      return listMeetings(app.db, access, req.query, unit);
    },
  );

  app.post(
    '/meetings',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Lên lịch một buổi sinh hoạt',
        body: createMeetingBody,
        response: { 201: meetingDetail, ...errors },
      },
    },
    async (req, reply) => {
      const access = await meetingAccessOf(app.db, req);
      const unit = await meetingUnit(app.db, req.body.unitId);
      if (!unit || !scopeIncludes(access.read, unit.path))
        throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
      if (!scopeIncludes(access.write, unit.path)) throw new AppError(403, 'FORBIDDEN', { field: 'unitId' });
      const row = await mutate(app.db, req.ctx, (w) => createMeeting(w, req.body, app.config.publicUrl));
      return reply.status(201).send(await detailOf(app.db, row.id, access));
    },
  );

  app.get(
    '/meetings/rating-scales',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Thang xếp loại chất lượng sinh hoạt theo thời gian',
        response: { 200: ratingScales, ...errors },
      },
    },
    async () => ({ items: await listRatingScales(app.db) }),
  );

  app.post(
    '/meetings/rating-scales',
    {
      config: { policy: admins },
      schema: {
        tags,
        summary: 'Đặt thang xếp loại mới từ một ngày',
        body: ratingScaleBody,
        response: { 201: ratingScale, ...errors },
      },
    },
    async (req, reply) => {
      const row = await mutate(app.db, req.ctx, (w) => addRatingScale(w, req.body));
      return reply
        .status(201)
        .send({ id: row.id, effectiveFrom: row.effectiveFrom, levels: row.levels, citation: row.citation });
    },
  );

  app.delete(
    '/meetings/rating-scales/:id',
    {
      config: { policy: admins },
      schema: {
        tags,
        summary: 'Xóa một thang xếp loại do quản trị đặt',
        params: idParams,
        response: { 200: okResult, ...errors },
      },
    },
    async (req) => {
      await mutate(app.db, req.ctx, (w) => deleteRatingScale(w, req.params.id));
      return { ok: true as const };
    },
  );

  app.get(
    '/meetings/member-attendance',
    {
      config: { policy: allow.roles('admin', 'committee', 'cell_secretary', 'inspector', 'viewer') },
      schema: {
        tags,
        summary: 'Chuyên cần của từng đảng viên trong 12 tháng',
        querystring: memberAttendanceQuery,
        response: { 200: memberAttendance, ...errors },
      },
    },
    async (req) => {
      const access = await meetingAccessOf(app.db, req);
      const unit = await meetingUnit(app.db, req.query.unitId);
      if (!unit || !scopeIncludes(access.read, unit.path))
        throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
      return memberAttendanceOf(app.db, unit, req.query.month ?? todayIso().slice(0, 7));
    },
  );

  app.get(
    '/meetings/:id',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Một buổi sinh hoạt',
        params: idParams,
        response: { 200: meetingDetail, ...errors },
      },
    },
    async (req) => detail(req, req.params.id),
  );

  app.patch(
    '/meetings/:id',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Sửa kế hoạch buổi sinh hoạt',
        params: idParams,
        body: updateMeetingBody,
        response: { 200: meetingDetail, ...errors },
      },
    },
    async (req) =>
      onMeeting(req, req.params.id, (w) => updateMeeting(w, req.params.id, req.body, app.config.publicUrl)),
  );

  app.post(
    '/meetings/:id/cancel',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Hủy buổi sinh hoạt',
        params: idParams,
        body: cancelMeetingBody,
        response: { 200: meetingDetail, ...errors },
      },
    },
    async (req) =>
      onMeeting(req, req.params.id, (w) => cancelMeeting(w, req.params.id, req.body, app.config.publicUrl)),
  );

  app.get(
    '/meetings/:id/next-plan',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Dự thảo kế hoạch tháng sau từ kết luận của buổi này',
        params: idParams,
        response: { 200: draftPlan, ...errors },
      },
    },
    async (req) => {
      const access = await meetingAccessOf(app.db, req);
      return nextPlanOf(app.db, await checkedMeeting(app.db, access, req.params.id, 'write'));
    },
  );

  app.put(
    '/meetings/:id/attendance',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Điểm danh',
        params: idParams,
        body: markAttendanceBody,
        response: { 200: meetingDetail, ...errors },
      },
    },
    async (req) =>
      onMeeting(req, req.params.id, (w) => markAttendance(w, req.params.id, req.body, new Date())),
  );

  app.post(
    '/meetings/:id/check-in-link',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Mã QR tự điểm danh (chỉ dùng được trong giờ họp)',
        params: idParams,
        response: { 200: checkInLink, ...errors },
      },
    },
    async (req) => {
      const access = await meetingAccessOf(app.db, req);
      await checkedMeeting(app.db, access, req.params.id, 'write');
      return mutate(app.db, req.ctx, (w) => newCheckInLink(w, req.params.id));
    },
  );

  app.post(
    '/check-in/:secret',
    {
      config: { policy: allow.signedIn },
      schema: {
        tags,
        summary: 'Tự điểm danh bằng mã QR của buổi sinh hoạt',
        params: secretParams,
        response: { 200: checkInResult, ...errors },
      },
    },
    async (req) => {
      const userId = requireAuth(req).user.id;
      return mutate(app.db, req.ctx, (w) => checkIn(w, req.params.secret, userId, new Date()));
    },
  );

  app.put(
    '/meetings/:id/minutes',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Ghi biên bản (sau khi khóa: phiên bản mới, có lý do)',
        params: idParams,
        body: minutesBody,
        response: { 200: meetingDetail, ...errors },
      },
    },
    async (req) => onMeeting(req, req.params.id, (w) => saveMinutes(w, req.params.id, req.body)),
  );

  app.get(
    '/meetings/:id/minutes/versions',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Các phiên bản biên bản đã khóa',
        params: idParams,
        response: { 200: minutesVersions, ...errors },
      },
    },
    async (req) => {
      const access = await meetingAccessOf(app.db, req);
      await checkedMeeting(app.db, access, req.params.id, 'read');
      const rows = await minutesHistory(app.db, req.params.id);
      return {
        items: rows.map((r) => ({
          version: r.version,
          html: r.html,
          reason: r.reason,
          savedAt: r.savedAt.toISOString(),
          savedByName: null,
        })),
      };
    },
  );

  app.put(
    '/meetings/:id/conclusions',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Kết luận của buổi sinh hoạt (có người phụ trách và hạn: thành nhiệm vụ)',
        params: idParams,
        body: conclusionsBody,
        response: { 200: meetingDetail, ...errors },
      },
    },
    async (req) => onMeeting(req, req.params.id, (w) => saveConclusions(w, req.params.id, req.body)),
  );

  app.post(
    '/meetings/:id/close',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Kết thúc buổi sinh hoạt, xếp loại và khóa biên bản',
        params: idParams,
        body: closeMeetingBody,
        response: { 200: meetingDetail, ...errors },
      },
    },
    async (req) =>
      onMeeting(req, req.params.id, async (w) => {
        await closeMeeting(w, req.params.id, req.body, new Date());
        await tasksFromClosedMeeting(w, req.params.id, {
          today: todayIso(),
          publicUrl: app.config.publicUrl,
        });
      }),
  );

  await app.register(meetingDocumentRoutes);
};
