import type { Me } from '../../../contracts/auth';
import type { Role } from '../../../contracts/roles';

/** Roles that keep a register of petitions addressed to their unit (the server shows each what it reaches). */
const registerRoles: readonly Role[] = ['admin', 'committee', 'inspector', 'viewer'];
export const seesRegister = (me: Me): boolean => me.roles.some((g) => registerRoles.includes(g.role));

export const defaultRegisterUnit = (me: Me): string | undefined =>
  me.roles.find((g) => registerRoles.includes(g.role))?.unitId;

/** The unit a petition comes from by default: the user's cell as secretary, else their own cell. */
export const defaultSendingUnit = (me: Me): string | undefined =>
  (
    me.roles.find((g) => g.role === 'cell_secretary') ??
    me.roles.find((g) => g.role === 'member') ??
    me.roles[0]
  )?.unitId;

/** A plain member (no role that writes) sends in their own name by default. */
export const sendsAsMember = (me: Me): boolean =>
  !me.roles.some((g) => g.role === 'admin' || g.role === 'committee' || g.role === 'cell_secretary');
