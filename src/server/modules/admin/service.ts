import { and, eq } from 'drizzle-orm';
import type { Role } from '../../../contracts/roles';
import type { Scope } from '../../platform/access/grants';
import { scopeIncludes } from '../../platform/access/grants';
import { hashPassword } from '../../platform/auth/passwords';
import { userRoles, users } from '../../platform/auth/schema';
import { deleteUserSessions } from '../../platform/auth/session-store';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { notify } from '../../platform/notifications/service';
import { units } from '../org/schema';

export interface RoleInput {
  role: Role;
  unitId: string;
}

/** Every unit a role is granted at must exist and lie inside the admin's own subtree. */
async function checkGrantable(w: Writer, scope: Scope, roles: RoleInput[]): Promise<void> {
  for (const [i, grant] of roles.entries()) {
    const [unit] = await w.tx
      .select({ path: units.path })
      .from(units)
      .where(eq(units.id, grant.unitId))
      .limit(1);
    if (!unit || !scopeIncludes(scope, unit.path)) {
      throw new AppError(404, 'NOT_FOUND', { field: `roles.${i}.unitId` });
    }
  }
}

function uniqueRoles(roles: RoleInput[]): RoleInput[] {
  const seen = new Map(roles.map((r) => [`${r.role}:${r.unitId}`, r]));
  return [...seen.values()];
}

async function replaceRoles(w: Writer, userId: string, roles: RoleInput[]): Promise<void> {
  await w.tx.delete(userRoles).where(eq(userRoles.userId, userId));
  if (roles.length > 0) await w.tx.insert(userRoles).values(roles.map((r) => ({ userId, ...r })));
}

async function currentRoles(w: Writer, userId: string): Promise<RoleInput[]> {
  return w.tx
    .select({ role: userRoles.role, unitId: userRoles.unitId })
    .from(userRoles)
    .where(eq(userRoles.userId, userId));
}

export async function createUser(
  w: Writer,
  scope: Scope,
  input: { username: string; fullName: string; email?: string | null; password: string; roles: RoleInput[] },
  publicUrl: string,
) {
  const roles = uniqueRoles(input.roles);
  await checkGrantable(w, scope, roles);
  const [clash] = await w.tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, input.username))
    .limit(1);
  if (clash) throw new AppError(409, 'DUPLICATE', { field: 'username' });
  const passwordHash = await hashPassword(input.password);
  const [created] = await w.tx
    .insert(users)
    .values({ username: input.username, fullName: input.fullName, email: input.email ?? null, passwordHash })
    .returning({ id: users.id });
  if (!created) throw new Error('insert returned nothing');
  await replaceRoles(w, created.id, roles);
  w.audit({
    action: 'user.created',
    entity: 'user',
    entityId: created.id,
    after: { username: input.username, fullName: input.fullName, email: input.email ?? null, roles },
  });
  await notify(
    w,
    [created.id],
    {
      kind: 'account',
      title: 'Tài khoản Đảng bộ số của đồng chí đã được tạo',
      body: `Tên đăng nhập: ${input.username}. Mật khẩu do quản trị viên cung cấp; hãy đổi mật khẩu sau lần đăng nhập đầu tiên.`,
      link: '/account',
    },
    publicUrl,
  );
  return created.id;
}

export async function updateUser(
  w: Writer,
  scope: Scope,
  userId: string,
  input: {
    fullName?: string;
    email?: string | null;
    disabled?: boolean;
    roles?: RoleInput[];
    version: number;
    reason?: string;
  },
) {
  const [before] = await w.tx.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!before) throw new AppError(404, 'NOT_FOUND');
  const beforeRoles = await currentRoles(w, userId);
  if (w.ctx.actor?.id === userId) {
    const losesAdmin = input.roles && !input.roles.some((r) => r.role === 'admin');
    if (input.disabled || losesAdmin)
      throw new AppError(400, 'CANNOT_CHANGE_OWN_ADMIN', { field: input.disabled ? 'disabled' : 'roles' });
  }
  const [after] = await w.tx
    .update(users)
    .set({
      fullName: input.fullName ?? before.fullName,
      email: input.email === undefined ? before.email : input.email,
      disabled: input.disabled ?? before.disabled,
      version: before.version + 1,
    })
    .where(and(eq(users.id, userId), eq(users.version, input.version)))
    .returning();
  if (!after) throw staleVersion();
  let roles = beforeRoles;
  if (input.roles) {
    roles = uniqueRoles(input.roles);
    // Roles outside this admin's subtree are kept untouched; only those inside can be added or removed.
    const outside: RoleInput[] = [];
    for (const r of beforeRoles) {
      const [unit] = await w.tx.select({ path: units.path }).from(units).where(eq(units.id, r.unitId));
      if (unit && !scopeIncludes(scope, unit.path)) outside.push(r);
    }
    await checkGrantable(w, scope, roles);
    roles = uniqueRoles([...outside, ...roles]);
    await replaceRoles(w, userId, roles);
  }
  if (after.disabled && !before.disabled) await deleteUserSessions(w.tx, userId);
  const view = (u: typeof before, r: RoleInput[]) => ({
    fullName: u.fullName,
    email: u.email,
    disabled: u.disabled,
    roles: r,
  });
  w.audit({
    action: 'user.updated',
    entity: 'user',
    entityId: userId,
    before: view(before, beforeRoles),
    after: view(after, roles),
    reason: input.reason,
  });
}

/** Sets a new password, unlocks the account and ends all its sessions. */
export async function resetPassword(
  w: Writer,
  userId: string,
  input: { newPassword: string; reason?: string },
  publicUrl: string,
) {
  const passwordHash = await hashPassword(input.newPassword);
  const [after] = await w.tx
    .update(users)
    .set({ passwordHash, failedLogins: 0, lockedUntil: null, passwordChangedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  if (!after) throw new AppError(404, 'NOT_FOUND');
  const ended = await deleteUserSessions(w.tx, userId);
  w.audit({
    action: 'user.password_reset',
    entity: 'user',
    entityId: userId,
    after: { sessionsEnded: ended },
    reason: input.reason,
  });
  await notify(
    w,
    [userId],
    {
      kind: 'security',
      title: 'Mật khẩu của đồng chí đã được đặt lại',
      body: 'Quản trị viên vừa đặt lại mật khẩu và đăng xuất tài khoản khỏi mọi thiết bị. Nếu đồng chí không yêu cầu việc này, hãy báo ngay cho Văn phòng Đảng ủy.',
      link: '/account',
    },
    publicUrl,
  );
}
