import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Me } from '../../../contracts/auth';
import type { Role } from '../../../contracts/roles';
import { useMe } from '../../app/auth';
import { rootUnitsQuery } from '../org/api';

const leadingRoles: readonly Role[] = ['admin', 'committee', 'cell_secretary', 'inspector'];
const assigningRoles: readonly Role[] = ['admin', 'committee', 'cell_secretary'];

/** Whether to offer "Giao nhiệm vụ" (the server checks the unit): those who write a committee or a cell. */
export const mayAssign = (me: Me): boolean => me.roles.some((g) => assigningRoles.includes(g.role));

/** The unit whose board opens first: the one the user leads (committee, secretary), else their first role's. */
export const firstUnitOf = (me: Me): string | undefined =>
  me.roles.find((g) => leadingRoles.includes(g.role))?.unitId ?? me.roles[0]?.unitId;

/**
 * Fills the address's unit when it has none: the user's first unit, else the first root of their scope.
 * `setUnit` replaces the address (no history entry for the default).
 */
export function useDefaultUnit(unitId: string | undefined, setUnit: (unitId: string) => void): void {
  const me = useMe();
  const own = firstUnitOf(me);
  const roots = useQuery({ ...rootUnitsQuery, enabled: unitId === undefined && own === undefined });
  const fallback = own ?? roots.data?.[0]?.id;
  useEffect(() => {
    if (!unitId && fallback) setUnit(fallback);
  }, [unitId, fallback, setUnit]);
}
