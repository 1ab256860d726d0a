import type { Role } from '../src/contracts/roles';
import type { UnitKind } from '../src/contracts/units';
import type { Db } from '../src/server/db/client';
import { createUnit } from '../src/server/modules/org/service';
import { hashPassword } from '../src/server/platform/auth/passwords';
import { userRoles, users } from '../src/server/platform/auth/schema';
import { systemContext } from '../src/server/platform/context';
import { mutate } from '../src/server/platform/mutate';

export const PASSWORD = 'secret-pass-1';
let passwordHash: Promise<string> | null = null;
let counter = 0;

export async function makeUnit(
  db: Db,
  parentId: string | null,
  kind: UnitKind = parentId ? 'cell' : 'grassroots',
  name?: string,
) {
  counter++;
  return mutate(db, systemContext('factory'), (w) =>
    createUnit(w, { parentId, kind, name: name ?? `Đơn vị ${counter}`, code: `U${counter}` }),
  );
}

export async function makeUser(
  db: Db,
  grants: Array<{ role: Role; unitId: string }>,
  options: { username?: string; email?: string; totpWaived?: boolean; fullName?: string } = {},
) {
  counter++;
  passwordHash ??= hashPassword(PASSWORD);
  const username = options.username ?? `user${counter}`;
  return mutate(db, systemContext('factory'), async (w) => {
    const [user] = await w.tx
      .insert(users)
      .values({
        username,
        fullName: options.fullName ?? `Người dùng ${counter}`,
        email: options.email ?? null,
        passwordHash: await (passwordHash as Promise<string>),
        totpWaived: options.totpWaived ?? true,
      })
      .returning();
    if (!user) throw new Error('no user');
    if (grants.length > 0)
      await w.tx.insert(userRoles).values(grants.map((g) => ({ userId: user.id, ...g })));
    return user;
  });
}

/**
 * A small tree: root committee R with cells A and B, and a second root S (another committee) — and one
 * user per role at the right place.
 */
export async function makeWorld(db: Db) {
  const root = await makeUnit(db, null, 'grassroots', 'Đảng bộ Thử nghiệm');
  const cellA = await makeUnit(db, root.id, 'cell', 'Chi bộ A');
  const cellB = await makeUnit(db, root.id, 'cell', 'Chi bộ B');
  const other = await makeUnit(db, null, 'grassroots', 'Đảng bộ Khác');
  const otherCell = await makeUnit(db, other.id, 'cell', 'Chi bộ Khác');
  const users = {
    admin: await makeUser(db, [{ role: 'admin', unitId: root.id }], { username: 'w-admin' }),
    committee: await makeUser(db, [{ role: 'committee', unitId: root.id }], { username: 'w-committee' }),
    secretary: await makeUser(
      db,
      [
        { role: 'cell_secretary', unitId: cellA.id },
        { role: 'member', unitId: cellA.id },
      ],
      { username: 'w-secretary' },
    ),
    member: await makeUser(db, [{ role: 'member', unitId: cellA.id }], { username: 'w-member' }),
    inspector: await makeUser(db, [{ role: 'inspector', unitId: root.id }], { username: 'w-inspector' }),
    viewer: await makeUser(db, [{ role: 'viewer', unitId: root.id }], { username: 'w-viewer' }),
    outsider: await makeUser(db, [{ role: 'committee', unitId: other.id }], { username: 'w-outsider' }),
    nobody: await makeUser(db, [], { username: 'w-nobody' }),
  };
  return { root, cellA, cellB, other, otherCell, users };
}

export type World = Awaited<ReturnType<typeof makeWorld>>;
