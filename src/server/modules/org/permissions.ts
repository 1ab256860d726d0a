import type { Role } from '../../../contracts/roles';
import { type Grant, scopeFor, scopeIncludes } from '../../platform/access/grants';

/** Roles that may create units below the unit they hold the role at (a cell secretary may only edit). */
export const unitCreatorRoles: Role[] = ['admin', 'committee'];

/** What the signed-in user may do with a unit, so the web shows only the actions that will succeed. */
export function unitPermissions(grants: readonly Grant[], path: string) {
  const canEdit = scopeIncludes(scopeFor(grants, 'write'), path);
  const creators = grants.filter((g) => unitCreatorRoles.includes(g.role));
  return { canEdit, canAddChild: canEdit && scopeIncludes(scopeFor(creators, 'write'), path) };
}
