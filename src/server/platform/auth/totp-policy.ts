import type { Role } from '../../../contracts/roles';
import type { AuthState } from './session-store';

/** The second factor is required when any role held is in the configured list, unless waived (demo users). */
export function totpRequiredFor(
  roles: readonly Role[],
  waived: boolean,
  requiredRoles: readonly Role[],
): boolean {
  return !waived && roles.some((r) => requiredRoles.includes(r));
}

export function totpEnrollmentRequired(auth: AuthState, requiredRoles: readonly Role[]): boolean {
  return (
    !auth.user.totpEnabled &&
    totpRequiredFor(
      auth.grants.map((g) => g.role),
      auth.user.totpWaived,
      requiredRoles,
    )
  );
}
