import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  changePasswordBody,
  localeBody,
  loginBody,
  me,
  totpCodeBody,
  totpSetup,
} from '../../../contracts/auth';
import { apiError, okResult } from '../../../contracts/common';
import { allow } from '../access/policy';
import { requireAuth } from '../access/request';
import { AppError } from '../errors/app-error';
import { modulesFor } from '../modules';
import { clearSessionCookie, setSessionCookie } from './cookie';
import * as auth from './service';
import { type AuthState, loadSession } from './session-store';
import { totpEnrollmentRequired } from './totp-policy';

const errors = { 400: apiError, 401: apiError, 403: apiError, 423: apiError, 429: apiError };

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const presentMe = (state: AuthState) => ({
    user: {
      id: state.user.id,
      username: state.user.username,
      fullName: state.user.fullName,
      email: state.user.email,
      locale: state.user.locale,
      totpEnabled: state.user.totpEnabled,
    },
    roles: state.grants.map(({ role, unitId, unitName }) => ({ role, unitId, unitName })),
    modules: modulesFor(state.grants),
    csrfToken: state.csrfToken,
    totpEnrollmentRequired: totpEnrollmentRequired(state, app.config.totpRequiredRoles),
  });
  const times = { idleMs: app.config.sessionIdleMs, absoluteMs: app.config.sessionAbsoluteMs };

  app.post(
    '/login',
    {
      config: {
        policy: allow.public,
        rateLimit: { max: app.config.loginRatePerMinute, timeWindow: '1 minute' },
      },
      schema: { tags: ['auth'], summary: 'Đăng nhập', body: loginBody, response: { 200: me, ...errors } },
    },
    async (req, reply) => {
      const session = await auth.login(
        app.db,
        app.config,
        req.ctx,
        req.body,
        req.headers['user-agent'] ?? null,
      );
      setSessionCookie(req, reply, session.token, session.expiresAt);
      const state = await loadSession(app.db, session.token, times);
      if (!state) throw new AppError(401, 'UNAUTHENTICATED');
      return presentMe(state);
    },
  );

  app.get(
    '/me',
    {
      config: { policy: allow.account },
      schema: { tags: ['auth'], summary: 'Người dùng hiện tại', response: { 200: me, 401: apiError } },
    },
    async (req) => presentMe(requireAuth(req)),
  );

  app.post(
    '/logout',
    {
      config: { policy: allow.account },
      schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 200: okResult, ...errors } },
    },
    async (req, reply) => {
      const state = requireAuth(req);
      await auth.logout(app.db, req.ctx, state.tokenHash, state.user.id);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.post(
    '/logout-all',
    {
      config: { policy: allow.account },
      schema: {
        tags: ['auth'],
        summary: 'Đăng xuất khỏi mọi thiết bị',
        response: { 200: okResult, ...errors },
      },
    },
    async (req, reply) => {
      await auth.logoutEverywhere(app.db, req.ctx, requireAuth(req).user.id);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.post(
    '/password',
    {
      config: { policy: allow.account },
      schema: {
        tags: ['auth'],
        summary: 'Đổi mật khẩu',
        body: changePasswordBody,
        response: { 200: okResult, ...errors },
      },
    },
    async (req) => {
      const state = requireAuth(req);
      await auth.changePassword(app.db, req.ctx, state.user.id, state.tokenHash, req.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/totp/setup',
    {
      config: { policy: allow.account },
      schema: {
        tags: ['auth'],
        summary: 'Bắt đầu thiết lập xác thực hai bước',
        response: { 200: totpSetup, ...errors },
      },
    },
    async (req) => auth.startTotpSetup(app.db, req.ctx, requireAuth(req).user.id),
  );

  app.post(
    '/totp/enable',
    {
      config: { policy: allow.account },
      schema: {
        tags: ['auth'],
        summary: 'Bật xác thực hai bước',
        body: totpCodeBody,
        response: { 200: okResult, ...errors },
      },
    },
    async (req) => {
      await auth.enableTotp(app.db, req.ctx, requireAuth(req).user.id, req.body.code);
      return { ok: true as const };
    },
  );

  app.post(
    '/totp/disable',
    {
      config: { policy: allow.account },
      schema: {
        tags: ['auth'],
        summary: 'Tắt xác thực hai bước',
        body: totpCodeBody,
        response: { 200: okResult, ...errors },
      },
    },
    async (req) => {
      const state = requireAuth(req);
      const roles = state.grants.map((g) => g.role);
      await auth.disableTotp(app.db, app.config, req.ctx, state.user.id, req.body.code, roles);
      return { ok: true as const };
    },
  );

  app.put(
    '/locale',
    {
      config: { policy: allow.account },
      schema: {
        tags: ['auth'],
        summary: 'Chọn ngôn ngữ',
        body: localeBody,
        response: { 200: okResult, ...errors },
      },
    },
    async (req) => {
      await auth.setLocale(app.db, req.ctx, requireAuth(req).user.id, req.body.locale);
      return { ok: true as const };
    },
  );
};
