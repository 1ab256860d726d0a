import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../auth/cookie';
import { loadSession } from '../auth/session-store';
import { totpEnrollmentRequired } from '../auth/totp-policy';
import { AppError } from '../errors/app-error';
import { localeFromHeader } from '../i18n/locale';
import { hasRole } from './grants';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A public mutation (sign-in) must not come from another site: when the browser names an origin, it must be ours. */
function checkOrigin(req: FastifyRequest): void {
  const origin = req.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError(403, 'CSRF');
  }
  const forwarded = req.headers['x-forwarded-host'];
  const expected = [req.headers.host, typeof forwarded === 'string' ? forwarded : undefined];
  if (!expected.includes(host)) throw new AppError(403, 'CSRF');
}

/**
 * Runs first on every request: sets language and request context, loads the session from its cookie, and
 * enforces the route's declared policy. A route without a policy is refused (deny by default).
 */
export function registerGuard(app: FastifyInstance): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('locale', 'vi');
  app.decorateRequest('ctx', null as unknown as FastifyRequest['ctx']);

  app.addHook('onRequest', async (req) => {
    req.locale = localeFromHeader(req.headers['accept-language']);
    req.ctx = { actor: null, ip: req.ip, requestId: req.id, locale: req.locale };

    const policy = req.routeOptions.config?.policy;
    if (!policy) {
      // Unmatched URLs reach the not-found handler with no policy; anything else is a bug: deny.
      if (req.is404) return;
      throw new AppError(403, 'FORBIDDEN');
    }

    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      req.auth = await loadSession(app.db, token, {
        idleMs: app.config.sessionIdleMs,
        absoluteMs: app.config.sessionAbsoluteMs,
      });
      if (req.auth) req.ctx.actor = { id: req.auth.user.id, username: req.auth.user.username };
    }

    if (policy.kind === 'public') {
      if (MUTATING.has(req.method)) checkOrigin(req);
      return;
    }
    const auth = req.auth;
    if (!auth) throw new AppError(401, 'UNAUTHENTICATED');
    if (MUTATING.has(req.method)) {
      const header = req.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, auth.csrfToken)) throw new AppError(403, 'CSRF');
    }
    const enrollmentPending = totpEnrollmentRequired(auth, app.config.totpRequiredRoles);
    if (policy.kind === 'signedIn') {
      if (enrollmentPending && !policy.duringTotpEnrollment)
        throw new AppError(403, 'TOTP_ENROLLMENT_REQUIRED');
      return;
    }
    if (enrollmentPending) throw new AppError(403, 'TOTP_ENROLLMENT_REQUIRED');
    if (!hasRole(auth.grants, policy.roles)) throw new AppError(403, 'FORBIDDEN');
  });
}
