import type { FastifyRequest } from 'fastify';
import type { AuthState } from '../auth/session-store';
import { AppError } from '../errors/app-error';
import { type Action, type Scope, scopeFor, scopeIncludes } from './grants';

export function requireAuth(req: FastifyRequest): AuthState {
  if (!req.auth) throw new AppError(401, 'UNAUTHENTICATED');
  return req.auth;
}

export function scopeOf(req: FastifyRequest, action: Action): Scope {
  return scopeFor(requireAuth(req).grants, action);
}

/**
 * Checks a unit the request is about. Outside the read scope it does not exist for this user (404, nothing
 * leaks); readable but not writable is 403.
 */
export function assertUnitAccess(
  req: FastifyRequest,
  unitPath: string | null | undefined,
  action: Action,
): void {
  if (!unitPath || !scopeIncludes(scopeOf(req, 'read'), unitPath)) throw new AppError(404, 'NOT_FOUND');
  if (action !== 'read' && !scopeIncludes(scopeOf(req, action), unitPath))
    throw new AppError(403, 'FORBIDDEN');
}
