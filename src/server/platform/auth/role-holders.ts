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
