import type { FastifyRequest } from 'fastify';
import { type Grant, hasRole, type Scope, scopeFor, scopeIncludes } from '../../platform/access/grants';
import { requireAuth } from '../../platform/access/request';
import { AppError } from '../../platform/errors/app-error';
import { parentPathOf } from '../org/report-units-read';

export interface ReportAccess {
  read: Scope;
  write: Scope;
  grants: readonly Grant[];
}

/** Readers of a unit read its reports; writers of the unit fill them in; writers of the parent review them. */
export function reportAccessOf(req: FastifyRequest): ReportAccess {
  const auth = requireAuth(req);
  return { read: scopeFor(auth.grants, 'read'), write: scopeFor(auth.grants, 'write'), grants: auth.grants };
}

/** A unit the request is about: unseen → 404, seen but read-only → 403 (on writes). */
export function checkUnitReach(
  access: ReportAccess,
  path: string,
  action: 'read' | 'write',
  field = 'unitId',
) {
  if (!scopeIncludes(access.read, path) && !scopeIncludes(access.write, path))
    throw new AppError(404, 'NOT_FOUND', { field });
  if (action === 'write' && !scopeIncludes(access.write, path))
    throw new AppError(403, 'FORBIDDEN', { field });
}

/**
 * The level above reviews a unit's report: a writer of the unit's parent. A root unit has no level above in
 * the product, so its administrator reviews it.
 */
export function canReviewUnit(access: ReportAccess, unitPath: string): boolean {
  const parent = parentPathOf(unitPath);
  if (parent === null) return hasRole(access.grants, ['admin']) && scopeIncludes(access.write, unitPath);
  return scopeIncludes(access.write, parent);
}
