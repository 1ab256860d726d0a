import { eq, or, type SQL, sql } from 'drizzle-orm';
import { type Scope, scopeFor, scopeIncludes } from '../../platform/access/grants';
import { inScope } from '../../platform/access/scope-sql';
import type { AuthState } from '../../platform/auth/session-store';
import { members } from './schema';

/**
 * Who sees how much of a member record (issue 3, item 3): the member themselves and every role other than
 * `member` whose reach includes the member's unit see the whole record; the `member` role shows the names,
 * status and offices of the others in one's own cell; nobody else learns the member exists.
 */
export interface MemberAccess {
  userId: string;
  /** Units whose members' whole records the user reads (roles other than `member`). */
  full: Scope;
  /** Units whose members the user sees as a summary only (the `member` role: the own cell). */
  summary: Scope;
  write: Scope;
}

export type Visibility = 'full' | 'summary';

export function memberAccess(auth: AuthState): MemberAccess {
  const grants = auth.grants;
  return {
    userId: auth.user.id,
    full: scopeFor(
      grants.filter((g) => g.role !== 'member'),
      'read',
    ),
    summary: scopeFor(
      grants.filter((g) => g.role === 'member'),
      'read',
    ),
    write: scopeFor(grants, 'write'),
  };
}

export function visibilityOf(
  access: MemberAccess,
  row: { unitPath: string; userId: string | null },
): Visibility | null {
  if (row.userId === access.userId || scopeIncludes(access.full, row.unitPath)) return 'full';
  if (scopeIncludes(access.summary, row.unitPath)) return 'summary';
  return null;
}

export const canEditMember = (access: MemberAccess, unitPath: string): boolean =>
  scopeIncludes(access.write, unitPath);

/** Rows whose whole record the user reads. */
export function fullRowsSql(access: MemberAccess): SQL {
  return or(inScope(members.unitPath, access.full), eq(members.userId, access.userId)) ?? sql`false`;
}

/** Rows the user sees at all (whole or summary). */
export function visibleRowsSql(access: MemberAccess): SQL {
  if (access.summary.subtrees.length === 0 && access.summary.exact.length === 0) return fullRowsSql(access);
  return or(fullRowsSql(access), inScope(members.unitPath, access.summary)) ?? sql`false`;
}

/** True when some rows are visible only as a summary, so filters on hidden fields must skip them. */
export const hasSummaryRows = (access: MemberAccess): boolean =>
  access.summary.subtrees.length > 0 || access.summary.exact.length > 0;
