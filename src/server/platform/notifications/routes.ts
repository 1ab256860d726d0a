import { and, count, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, idParams, okResult } from '../../../contracts/common';
import {
  notificationPage,
  notificationsQuery,
  notificationPrefs as prefsShape,
} from '../../../contracts/notifications';
import { allow } from '../access/policy';
import { requireAuth } from '../access/request';
import { AppError } from '../errors/app-error';
import { decodeCursor, encodeCursor } from '../http/cursor';
import { mutate } from '../mutate';
import { notificationPrefs, notifications } from './schema';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };
const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/notifications',
    {
      config: { policy: allow.signedIn },
      schema: {
        tags,
        summary: 'Thông báo của tôi',
        querystring: notificationsQuery,
        response: { 200: notificationPage, ...errors },
      },
    },
    async (req) => {
      const userId = requireAuth(req).user.id;
      const mine = eq(notifications.userId, userId);
      const where = req.query.unreadOnly ? and(mine, isNull(notifications.readAt)) : mine;
      const after = decodeCursor(req.query.cursor, 2);
      const rows = await app.db
        .select()
        .from(notifications)
        .where(
          after
            ? and(
                where,
                or(
                  lt(notifications.createdAt, new Date(String(after[0]))),
                  and(
                    eq(notifications.createdAt, new Date(String(after[0]))),
                    lt(notifications.id, String(after[1])),
                  ),
                ),
              )
            : where,
        )
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(req.query.limit + 1);
      const [counts] = await app.db
        .select({
          total: count(),
          unread: sql<number>`count(*) filter (where ${notifications.readAt} is null)::int`,
        })
        .from(notifications)
        .where(where);
      const items = rows.slice(0, req.query.limit);
      const last = items.at(-1);
      return {
        items: items.map((n) => ({
          id: n.id,
          kind: n.kind,
          title: n.title,
          body: n.body,
          link: n.link,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        })),
        nextCursor:
          rows.length > req.query.limit && last
            ? encodeCursor([last.createdAt.toISOString(), last.id])
            : null,
        total: counts?.total ?? 0,
        unread: Number(counts?.unread ?? 0),
      };
    },
  );

  app.post(
    '/notifications/:id/read',
    {
      config: { policy: allow.signedIn },
      schema: { tags, summary: 'Đánh dấu đã đọc', params: idParams, response: { 200: okResult, ...errors } },
    },
    async (req) => {
      const userId = requireAuth(req).user.id;
      await mutate(app.db, req.ctx, async (w) => {
        const [row] = await w.tx
          .update(notifications)
          .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
          .where(and(eq(notifications.id, req.params.id), eq(notifications.userId, userId)))
          .returning({ id: notifications.id });
        if (!row) throw new AppError(404, 'NOT_FOUND');
        w.audit({ action: 'notification.read', entity: 'notification', entityId: row.id });
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/notifications/read-all',
    {
      config: { policy: allow.signedIn },
      schema: { tags, summary: 'Đánh dấu tất cả đã đọc', response: { 200: okResult, ...errors } },
    },
    async (req) => {
      const userId = requireAuth(req).user.id;
      await mutate(app.db, req.ctx, async (w) => {
        const rows = await w.tx
          .update(notifications)
          .set({ readAt: new Date() })
          .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
          .returning({ id: notifications.id });
        w.audit({
          action: 'notification.read_all',
          entity: 'user',
          entityId: userId,
          after: { count: rows.length },
        });
      });
      return { ok: true as const };
    },
  );

  const readPrefs = async (userId: string) => {
    const [row] = await app.db.select().from(notificationPrefs).where(eq(notificationPrefs.userId, userId));
    return { email: row?.email ?? true, mutedKinds: row?.mutedKinds ?? [] };
  };

  app.get(
    '/notifications/preferences',
    {
      config: { policy: allow.signedIn },
      schema: { tags, summary: 'Tùy chọn nhận thông báo', response: { 200: prefsShape, ...errors } },
    },
    async (req) => readPrefs(requireAuth(req).user.id),
  );

  app.put(
    '/notifications/preferences',
    {
      config: { policy: allow.signedIn },
      schema: {
        tags,
        summary: 'Lưu tùy chọn nhận thông báo',
        body: prefsShape,
        response: { 200: prefsShape, ...errors },
      },
    },
    async (req) => {
      const userId = requireAuth(req).user.id;
      const before = await readPrefs(userId);
      const next = { email: req.body.email, mutedKinds: [...new Set(req.body.mutedKinds)] };
      await mutate(app.db, req.ctx, async (w) => {
        await w.tx
          .insert(notificationPrefs)
          .values({ userId, ...next })
          .onConflictDoUpdate({ target: notificationPrefs.userId, set: next });
        w.audit({
          action: 'notification.preferences',
          entity: 'user',
          entityId: userId,
          before,
          after: next,
        });
      });
      return next;
    },
  );
};
