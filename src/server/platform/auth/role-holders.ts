import { and, eq, inArray } from 'drizzle-orm';
import type { Role } from '../../../contracts/roles';
import type { Tx } from '../../db/client';
import { userRoles, users } from './schema';

/** Users (not disabled) holding one of the roles at a unit itself. */
export async function usersWithRoleAt(tx: Tx, unitId: string, roles: readonly Role[]): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ id: users.id })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.unitId, unitId), inArray(userRoles.role, [...roles]), eq(users.disabled, false)));
  return rows.map((r) => r.id);
}

/** Users (not disabled) holding one of the roles at any of the units, each once. */
export async function usersWithRoleAtAny(
  tx: Tx,
  unitIds: readonly string[],
  roles: readonly Role[],
): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await tx
    .selectDistinct({ id: users.id })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(
      and(
        inArray(userRoles.unitId, [...new Set(unitIds)]),
        inArray(userRoles.role, [...roles]),
        eq(users.disabled, false),
      ),
    );
  return rows.map((r) => r.id);
}
