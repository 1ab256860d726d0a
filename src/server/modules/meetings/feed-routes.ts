import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../contracts/common';
import { calendarFeed } from '../../../contracts/meetings';
import { allow } from '../../platform/access/policy';
import { requireAuth } from '../../platform/access/request';
import { AppError } from '../../platform/errors/app-error';
import { mutate } from '../../platform/mutate';
import { feedCalendar, feedOwner, feedPath, feedState, renewFeed, revokeFeed } from './feed';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };
const tags = ['meetings'];
const tokenParams = z.object({ token: z.string().min(1).max(200) });

/** Each user's secret iCalendar feed of the meetings they must attend (issue 5 item 5). */
export const calendarFeedRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/calendar-feed',
    {
      config: { policy: allow.signedIn },
      schema: {
        tags,
        summary: 'Trạng thái đường dẫn lịch họp (iCalendar) của người dùng',
        response: { 200: calendarFeed, ...errors },
      },
    },
    async (req) => ({ ...(await feedState(app.db, requireAuth(req).user.id)), url: null }),
  );

  app.post(
    '/calendar-feed',
    {
      config: { policy: allow.signedIn },
      schema: {
        tags,
        summary: 'Tạo hoặc cấp lại đường dẫn lịch họp bí mật (đường dẫn cũ hết hiệu lực); chỉ hiện một lần',
        response: { 201: calendarFeed, ...errors },
      },
    },
    async (req, reply) => {
      const userId = requireAuth(req).user.id;
      const { token, createdAt } = await mutate(app.db, req.ctx, (w) => renewFeed(w, userId));
      return reply
        .status(201)
        .send({ active: true, createdAt, url: `${app.config.publicUrl}${feedPath(token)}` });
    },
  );

  app.delete(
    '/calendar-feed',
    {
      config: { policy: allow.signedIn },
      schema: {
        tags,
        summary: 'Thu hồi đường dẫn lịch họp',
        response: { 200: calendarFeed, ...errors },
      },
    },
    async (req) => {
      const userId = requireAuth(req).user.id;
      const revoked = await mutate(app.db, req.ctx, (w) => revokeFeed(w, userId));
      if (revoked === 0) throw new AppError(404, 'NOT_FOUND');
      return { active: false, createdAt: null, url: null };
    },
  );

  app.get(
    '/ical/:token',
    {
      // The secret in the URL is the credential: calendar apps fetch it without a session.
      config: { policy: allow.public },
      schema: {
        tags,
        summary: 'Lịch họp dạng iCalendar (đường dẫn bí mật)',
        params: tokenParams,
        response: { 200: z.any(), 404: apiError },
      },
    },
    async (req, reply) => {
      const userId = await feedOwner(app.db, req.params.token);
      if (!userId) throw new AppError(404, 'NOT_FOUND');
      const body = await feedCalendar(app.db, userId, app.config.publicUrl);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(body);
    },
  );
};
