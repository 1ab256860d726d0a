import type { Me } from '../../../contracts/auth';

const writingRoles = ['admin', 'committee', 'cell_secretary'];

/** Who is offered review and paper entry for units below (the server decides per unit). */
export const mayReview = (roles: readonly { role: string }[]): boolean =>
  roles.some((grant) => grant.role === 'admin' || grant.role === 'committee');

/**
 * Whether the user is the level above a unit (as the server's `canReviewUnit`): a writer of a unit above it;
 * a root unit, which has none, is reviewed by its administrator.
 */
export function reviewsUnit(roles: Me['roles'], unitId: string, ancestorIds: readonly string[]): boolean {
  if (ancestorIds.length === 0) return roles.some((g) => g.role === 'admin' && g.unitId === unitId);
  return roles.some((g) => writingRoles.includes(g.role) && ancestorIds.includes(g.unitId));
}
