import { and, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/roles';
import type { Db, Tx } from '../../db/client';
import type { Grant } from '../access/grants';
import { sessions, users } from './schema';
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

type Grants = Array<{ role: Role; unitId: string; unitName: string; path: string }>;

/**
 * One round trip: the live session, its user and the user's roles with their unit paths. Prepared once per
 * database (named statement on PostgreSQL), since it runs on every request and planning costs more than
 * running it.
 */
function prepareSessionQuery(db: Db) {
  return db
    .select({
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      username: users.username,
      fullName: users.fullName,
      email: users.email,
      locale: users.locale,
      totpEnabled: users.totpEnabled,
      totpWaived: users.totpWaived,
      grants: sql<
        Grants | string
      >`coalesce((select json_agg(json_build_object('role', r.role, 'unitId', r.unit_id,
                  'unitName', ou.name, 'path', ou.path::text) order by ou.path, r.role)
                from user_roles r join org_units ou on ou.id = r.unit_id
                where r.user_id = users.id), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('hash')),
        sql`${sessions.expiresAt} > now()`,
        gt(sessions.lastSeenAt, sql.placeholder('idleCutoff')),
        eq(users.disabled, false),
      ),
    )
    .limit(1)
    .prepare('dangbo_load_session');
}

const preparedByDb = new WeakMap<Db, ReturnType<typeof prepareSessionQuery>>();

export async function loadSession(db: Db, token: string, times: SessionTimes): Promise<AuthState | null> {
  const hash = tokenHash(token);
  const idleCutoff = new Date(Date.now() - times.idleMs);
  let query = preparedByDb.get(db);
  if (!query) {
    query = prepareSessionQuery(db);
    preparedByDb.set(db, query);
  }
  const [row] = await query.execute({ hash, idleCutoff });
  if (!row) return null;
  const lastSeen = new Date(row.lastSeenAt);
  // Refresh the idle clock at most once a minute, not on every request.
  if (Date.now() - lastSeen.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.tokenHash, hash));
  }
  const grants = typeof row.grants === 'string' ? JSON.parse(row.grants) : row.grants;
  return {
    tokenHash: hash,
    csrfToken: row.csrfToken,
    user: {
      id: row.userId,
      username: row.username,
      fullName: row.fullName,
      email: row.email,
      locale: row.locale,
      totpEnabled: row.totpEnabled,
      totpWaived: row.totpWaived,
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

/** Removes sessions past their absolute or idle expiry (they no longer sign anyone in anyway). */
export async function purgeExpiredSessions(db: Db, times: SessionTimes): Promise<number> {
  const removed = await db
    .delete(sessions)
    .where(
      or(lt(sessions.expiresAt, new Date()), lt(sessions.lastSeenAt, new Date(Date.now() - times.idleMs))),
    )
    .returning({ tokenHash: sessions.tokenHash });
  return removed.length;
}
