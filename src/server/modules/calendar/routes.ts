import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  calendarDay,
  calendarDayParams,
  calendarDays,
  calendarYearQuery,
  deleteCalendarDayQuery,
  putCalendarDayBody,
} from '../../../contracts/admission';
import { apiError, okResult } from '../../../contracts/common';
import { allow } from '../../platform/access/policy';
import { mutate } from '../../platform/mutate';
import { deleteCalendarDay, listCalendarDays, putCalendarDay } from './service';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['calendar'];
const admins = allow.roles('admin');

/** The working-day calendar: anyone with a role reads it (deadlines depend on it); the administrator edits it. */
export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/calendar/days',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Ngày nghỉ và ngày làm bù của một năm',
        querystring: calendarYearQuery,
        response: { 200: calendarDays, ...errors },
      },
    },
    async (req) => {
      const { year } = req.query;
      const rows = await listCalendarDays(app.db, `${year}-01-01`, `${year}-12-31`);
      return { year, items: rows.map(({ date, kind, name, version }) => ({ date, kind, name, version })) };
    },
  );

  app.put(
    '/calendar/days/:date',
    {
      config: { policy: admins },
      schema: {
        tags,
        summary: 'Thêm hoặc sửa một ngày nghỉ / ngày làm bù',
        params: calendarDayParams,
        body: putCalendarDayBody,
        response: { 200: calendarDay, ...errors },
      },
    },
    async (req) => mutate(app.db, req.ctx, (w) => putCalendarDay(w, req.params.date, req.body)),
  );

  app.delete(
    '/calendar/days/:date',
    {
      config: { policy: admins },
      schema: {
        tags,
        summary: 'Xóa một ngày khỏi lịch (trở lại ngày thường)',
        params: calendarDayParams,
        querystring: deleteCalendarDayQuery,
        response: { 200: okResult, ...errors },
      },
    },
    async (req) => {
      await mutate(app.db, req.ctx, (w) => deleteCalendarDay(w, req.params.date, req.query.version));
      return { ok: true as const };
    },
  );
};
