import type { Me } from '../../../contracts/auth';

/** Committees design forms; the server says per form whether this user may change it (`canEdit`). */
export const canDesignForms = (me: Me) => me.roles.some((g) => g.role === 'admin' || g.role === 'committee');

/** The unit a new form belongs to by default: the first committee the user designs for. */
export const defaultOwner = (me: Me): string | undefined =>
  me.roles.find((g) => g.role === 'admin' || g.role === 'committee')?.unitId;
