import { and, eq, ne } from 'drizzle-orm';
import type { Role } from '../../../contracts/roles';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import type { RequestContext } from '../context';
import { AppError } from '../errors/app-error';
import { mutate } from '../mutate';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { sessions, users } from './schema';
import { createSession, deleteSession, deleteUserSessions } from './session-store';
import { checkTotp, newTotpSecret, totpUri } from './totp';
import { totpRequiredFor } from './totp-policy';

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
}

type UserRow = typeof users.$inferSelect;

/** Counts a failed attempt (and locks the account at the limit) in its own transaction, then fails. */
async function recordFailure(
  db: Db,
  config: Config,
  ctx: RequestContext,
  user: UserRow,
  why: string,
): Promise<never> {
  const failures = user.failedLogins + 1;
  const lock = failures >= config.loginMaxFailures;
  const lockedUntil = lock ? new Date(Date.now() + config.loginLockMs) : user.lockedUntil;
  await mutate(db, { ...ctx, actor: { id: user.id, username: user.username } }, async (w) => {
    await w.tx
      .update(users)
      .set({ failedLogins: lock ? 0 : failures, lockedUntil })
      .where(eq(users.id, user.id));
    w.audit({
      action: lock ? 'auth.locked' : 'auth.login_failed',
      entity: 'user',
      entityId: user.id,
      reason: why,
    });
  });
  if (lock)
    throw new AppError(423, 'ACCOUNT_LOCKED', {
      params: { minutes: Math.ceil(config.loginLockMs / 60_000) },
    });
  throw new AppError(401, why === 'totp' ? 'INVALID_TOTP' : 'INVALID_CREDENTIALS', {
    field: why === 'totp' ? 'totp' : undefined,
  });
}

export async function login(
  db: Db,
  config: Config,
  ctx: RequestContext,
  input: LoginInput,
  userAgent: string | null,
) {
  const [user] = await db.select().from(users).where(eq(users.username, input.username)).limit(1);
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw new AppError(401, 'INVALID_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60_000);
    throw new AppError(423, 'ACCOUNT_LOCKED', { params: { minutes } });
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    return recordFailure(db, config, ctx, user, 'password');
  }
  if (user.disabled) throw new AppError(403, 'ACCOUNT_DISABLED');
  if (user.totpEnabled && user.totpSecret) {
    if (!input.totp) throw new AppError(401, 'TOTP_REQUIRED', { field: 'totp' });
    if (!(await checkTotp(user.totpSecret, input.totp))) return recordFailure(db, config, ctx, user, 'totp');
  }
  const actorCtx = { ...ctx, actor: { id: user.id, username: user.username } };
  return mutate(db, actorCtx, async (w) => {
    await w.tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    const session = await createSession(
      w.tx,
      user.id,
      { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs },
      { ip: ctx.ip, userAgent },
    );
    w.audit({ action: 'auth.login', entity: 'user', entityId: user.id });
    return session;
  });
}

export async function logout(db: Db, ctx: RequestContext, tokenHash: string, userId: string) {
  await mutate(db, ctx, async (w) => {
    await deleteSession(w.tx, tokenHash);
    w.audit({ action: 'auth.logout', entity: 'user', entityId: userId });
  });
}

export async function logoutEverywhere(db: Db, ctx: RequestContext, userId: string) {
  return mutate(db, ctx, async (w) => {
    const count = await deleteUserSessions(w.tx, userId);
    w.audit({ action: 'auth.logout_all', entity: 'user', entityId: userId, after: { sessionsEnded: count } });
    return count;
  });
}

async function loadUser(db: Db, userId: string): Promise<UserRow> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw new AppError(401, 'UNAUTHENTICATED');
  return user;
}

/** Changing the password ends every other session of the user; the current one stays. */
export async function changePassword(
  db: Db,
  ctx: RequestContext,
  userId: string,
  currentTokenHash: string,
  input: { currentPassword: string; newPassword: string },
) {
  const user = await loadUser(db, userId);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError(400, 'WRONG_PASSWORD', { field: 'currentPassword' });
  }
  if (input.currentPassword === input.newPassword)
    throw new AppError(400, 'PASSWORD_REUSED', { field: 'newPassword' });
  const passwordHash = await hashPassword(input.newPassword);
  await mutate(db, ctx, async (w) => {
    await w.tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: new Date(), version: user.version + 1 })
      .where(eq(users.id, userId));
    await w.tx
      .delete(sessions)
      .where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, currentTokenHash)));
    w.audit({ action: 'auth.password_changed', entity: 'user', entityId: userId });
  });
}

export async function startTotpSetup(db: Db, ctx: RequestContext, userId: string) {
  const user = await loadUser(db, userId);
  const secret = newTotpSecret();
  await mutate(db, ctx, async (w) => {
    await w.tx.update(users).set({ totpSecret: secret, totpEnabled: false }).where(eq(users.id, userId));
    w.audit({
      action: 'auth.totp_setup_started',
      entity: 'user',
      entityId: userId,
      before: { totpEnabled: user.totpEnabled },
    });
  });
  return { secret, otpauthUrl: totpUri(secret, user.username) };
}

export async function enableTotp(db: Db, ctx: RequestContext, userId: string, code: string) {
  const user = await loadUser(db, userId);
  if (!user.totpSecret) throw new AppError(400, 'TOTP_NOT_SET_UP');
  if (!(await checkTotp(user.totpSecret, code))) throw new AppError(400, 'INVALID_TOTP', { field: 'code' });
  await mutate(db, ctx, async (w) => {
    await w.tx.update(users).set({ totpEnabled: true }).where(eq(users.id, userId));
    w.audit({ action: 'auth.totp_enabled', entity: 'user', entityId: userId, after: { totpEnabled: true } });
  });
}

export async function disableTotp(
  db: Db,
  config: Config,
  ctx: RequestContext,
  userId: string,
  code: string,
  roles: readonly Role[],
) {
  const user = await loadUser(db, userId);
  if (!user.totpEnabled || !user.totpSecret) throw new AppError(400, 'TOTP_NOT_SET_UP');
  if (totpRequiredFor(roles, user.totpWaived, config.totpRequiredRoles))
    throw new AppError(400, 'TOTP_CANNOT_DISABLE');
  if (!(await checkTotp(user.totpSecret, code))) throw new AppError(400, 'INVALID_TOTP', { field: 'code' });
  await mutate(db, ctx, async (w) => {
    await w.tx.update(users).set({ totpEnabled: false, totpSecret: null }).where(eq(users.id, userId));
    w.audit({
      action: 'auth.totp_disabled',
      entity: 'user',
      entityId: userId,
      before: { totpEnabled: true },
    });
  });
}

export async function setLocale(db: Db, ctx: RequestContext, userId: string, locale: 'vi' | 'en') {
  await mutate(db, ctx, async (w) => {
    const [before] = await w.tx.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
    await w.tx.update(users).set({ locale }).where(eq(users.id, userId));
    w.audit({ action: 'user.locale', entity: 'user', entityId: userId, before, after: { locale } });
  });
}
