import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createUserBody,
  resetPasswordBody,
  updateUserBody,
  userSummary,
  usersQuery,
} from '../../../contracts/admin';
import { apiError, idParams, okResult, page } from '../../../contracts/common';
import { allow } from '../../platform/access/policy';
import { scopeOf } from '../../platform/access/request';
import { AppError } from '../../platform/errors/app-error';
import { mutate } from '../../platform/mutate';
import { findUserSummary, listUsers } from './queries';
import { createUser, resetPassword, updateUser } from './service';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['admin'];
const adminOnly = allow.roles('admin');

export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  const visibleUser = async (req: Parameters<typeof scopeOf>[0], id: string) => {
    const found = await findUserSummary(app.db, id, scopeOf(req, 'admin'));
    if (!found) throw new AppError(404, 'NOT_FOUND');
    return found;
  };

  app.get(
    '/users',
    {
      config: { policy: adminOnly },
      schema: {
        tags,
        summary: 'Danh sách người dùng',
        querystring: usersQuery,
        response: { 200: page(userSummary), ...errors },
      },
    },
    async (req) => listUsers(app.db, scopeOf(req, 'admin'), req.query),
  );

  app.get(
    '/users/:id',
    {
      config: { policy: adminOnly },
      schema: {
        tags,
        summary: 'Một người dùng',
        params: idParams,
        response: { 200: userSummary, ...errors },
      },
    },
    async (req) => visibleUser(req, req.params.id),
  );

  app.post(
    '/users',
    {
      config: { policy: adminOnly },
      schema: {
        tags,
        summary: 'Tạo người dùng',
        body: createUserBody,
        response: { 201: userSummary, ...errors },
      },
    },
    async (req, reply) => {
      const scope = scopeOf(req, 'admin');
      const id = await mutate(app.db, req.ctx, (w) => createUser(w, scope, req.body, app.config.publicUrl));
      return reply.status(201).send(await visibleUser(req, id));
    },
  );

  app.patch(
    '/users/:id',
    {
      config: { policy: adminOnly },
      schema: {
        tags,
        summary: 'Sửa người dùng, vai trò',
        params: idParams,
        body: updateUserBody,
        response: { 200: userSummary, ...errors },
      },
    },
    async (req) => {
      await visibleUser(req, req.params.id);
      const scope = scopeOf(req, 'admin');
      await mutate(app.db, req.ctx, (w) => updateUser(w, scope, req.params.id, req.body));
      return visibleUser(req, req.params.id);
    },
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: { policy: adminOnly },
      schema: {
        tags,
        summary: 'Đặt lại mật khẩu',
        params: idParams,
        body: resetPasswordBody,
        response: { 200: okResult, ...errors },
      },
    },
    async (req) => {
      await visibleUser(req, req.params.id);
      await mutate(app.db, req.ctx, (w) => resetPassword(w, req.params.id, req.body, app.config.publicUrl));
      return { ok: true as const };
    },
  );
};
