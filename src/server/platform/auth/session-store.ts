import { and, eq, lt, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/roles';
import { type Db, queryRows, type Tx } from '../../db/client';
import type { Grant } from '../access/grants';
import { sessions } from './schema';
import { newToken, tokenHash } from './tokens';

export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  locale: 'vi' | 'en';
  totpEnabled: boolean;
  totpWaived: boolean;
}

export interface AuthState {
  user: SessionUser;
  tokenHash: string;
  csrfToken: string;
  grants: Grant[];
}

export interface SessionTimes {
  idleMs: number;
  absoluteMs: number;
}

export async function createSession(
  tx: Tx,
  userId: string,
  times: SessionTimes,
  client: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + times.absoluteMs);
  await tx.insert(sessions).values({
    tokenHash: tokenHash(token),
    userId,
    csrfToken,
    expiresAt,
    ip: client.ip,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

interface SessionRow extends Record<string, unknown> {
  csrf_token: string;
  last_seen_at: string | Date;
  user_id: string;
  username: string;
  full_name: string;
  email: string | null;
  locale: 'vi' | 'en';
  totp_enabled: boolean;
  totp_waived: boolean;
  grants: Array<{ role: Role; unitId: string; unitName: string; path: string }> | string;
}

/** One round trip: the live session, its user and the user's roles with their unit paths. */
export async function loadSession(db: Db, token: string, times: SessionTimes): Promise<AuthState | null> {
  const hash = tokenHash(token);
  const idleCutoff = new Date(Date.now() - times.idleMs);
  const [row] = await queryRows<SessionRow>(
    db,
    sql`
    select s.csrf_token, s.last_seen_at, u.id as user_id, u.username::text as username, u.full_name,
           u.email::text as email, u.locale, u.totp_enabled, u.totp_waived,
           coalesce((select json_agg(json_build_object('role', r.role, 'unitId', r.unit_id,
                       'unitName', ou.name, 'path', ou.path::text) order by ou.path, r.role)
                     from user_roles r join org_units ou on ou.id = r.unit_id
                     where r.user_id = u.id), '[]'::json) as grants
    from sessions s join users u on u.id = s.user_id
    where s.token_hash = ${hash} and s.expires_at > now() and s.last_seen_at > ${idleCutoff}
      and not u.disabled`,
  );
  if (!row) return null;
  const lastSeen = new Date(row.last_seen_at);
  // Refresh the idle clock at most once a minute, not on every request.
  if (Date.now() - lastSeen.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.tokenHash, hash));
  }
  const grants = typeof row.grants === 'string' ? JSON.parse(row.grants) : row.grants;
  return {
    tokenHash: hash,
    csrfToken: row.csrf_token,
    user: {
      id: row.user_id,
      username: row.username,
      fullName: row.full_name,
      email: row.email,
      locale: row.locale,
      totpEnabled: row.totp_enabled,
      totpWaived: row.totp_waived,
    },
    grants,
  };
}

export async function deleteSession(tx: Tx, hash: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.tokenHash, hash));
}

export async function deleteUserSessions(tx: Tx, userId: string): Promise<number> {
  const removed = await tx
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ h: sessions.tokenHash });
  return removed.length;
}

export async function purgeExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(and(lt(sessions.expiresAt, new Date())));
}
