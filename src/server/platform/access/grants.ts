import type { Role } from '../../../contracts/roles';

export interface Grant {
  role: Role;
  unitId: string;
  unitName: string;
  /** ltree path of the unit the role is held at. */
  path: string;
}

export type Action = 'read' | 'write' | 'admin';

/** Which actions each role allows, and whether it reaches the unit's subtree or the unit alone. */
const roleReach: Record<Role, { actions: readonly Action[]; subtree: boolean }> = {
  admin: { actions: ['read', 'write', 'admin'], subtree: true },
  committee: { actions: ['read', 'write'], subtree: true },
  cell_secretary: { actions: ['read', 'write'], subtree: true },
  inspector: { actions: ['read'], subtree: true },
  viewer: { actions: ['read'], subtree: true },
  member: { actions: ['read'], subtree: false },
};

export interface Scope {
  /** Paths whose whole subtree is reachable. */
  subtrees: string[];
  /** Paths reachable as the unit alone. */
  exact: string[];
}

export function scopeFor(grants: readonly Grant[], action: Action): Scope {
  const subtrees = new Set<string>();
  const exact = new Set<string>();
  for (const grant of grants) {
    const reach = roleReach[grant.role];
    if (!reach.actions.includes(action)) continue;
    (reach.subtree ? subtrees : exact).add(grant.path);
  }
  return { subtrees: [...subtrees], exact: [...exact] };
}

export function isInside(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

export function scopeIncludes(scope: Scope, path: string): boolean {
  return scope.subtrees.some((s) => isInside(path, s)) || scope.exact.includes(path);
}

export function hasRole(grants: readonly Grant[], roles: readonly Role[]): boolean {
  return grants.some((g) => roles.includes(g.role));
}
