import type { Role } from '../../../contracts/roles';

/**
 * What a route requires before its handler runs. Unit-level scope (which units, read or write) is checked
 * by the handler through `scope.ts`, since only it knows which unit the request is about.
 */
export type Policy =
  | { kind: 'public' }
  | { kind: 'signedIn'; duringTotpEnrollment?: boolean }
  | { kind: 'roles'; roles: readonly Role[] };

export const allow = {
  public: { kind: 'public' } as Policy,
  signedIn: { kind: 'signedIn' } as Policy,
  /** Account routes a user must reach to set up the second factor their role requires. */
  account: { kind: 'signedIn', duringTotpEnrollment: true } as Policy,
  roles: (...roles: Role[]): Policy => ({ kind: 'roles', roles }),
  anyRole: {
    kind: 'roles',
    roles: ['admin', 'committee', 'cell_secretary', 'member', 'inspector', 'viewer'],
  } as Policy,
};

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: Policy;
  }
}
