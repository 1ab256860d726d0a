import { count } from 'drizzle-orm';
import type { Role } from '../../contracts/roles';
import type { Db } from '../db/client';
import { units } from '../modules/org/schema';
import { createUnit } from '../modules/org/service';
import { hashPassword } from '../platform/auth/passwords';
import { userRoles, users } from '../platform/auth/schema';
import { systemContext } from '../platform/context';
import { mutate } from '../platform/mutate';
import { notify } from '../platform/notifications/service';
import { demoCellNames } from './cells';

export const DEMO_PASSWORD = 'demo1234';

export const demoSignIns: Array<{ username: string; fullName: string; role: Role; description: string }> = [
  { username: 'admin', fullName: 'Quản trị hệ thống', role: 'admin', description: 'quản trị toàn Đảng bộ' },
  {
    username: 'committee',
    fullName: 'Trần Thị Thu Hoài',
    role: 'committee',
    description: 'Văn phòng Đảng ủy',
  },
  {
    username: 'secretary',
    fullName: 'Lê Văn Thắng',
    role: 'cell_secretary',
    description: 'Bí thư Chi bộ Văn phòng',
  },
  {
    username: 'member',
    fullName: 'Phan Xuân Dũng',
    role: 'member',
    description: 'đảng viên Chi bộ Văn phòng',
  },
];

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(units);
  return (row?.n ?? 0) === 0;
}

/** Demo data of the reference committee: its tree of 58 cells and the four demo sign-ins. */
export async function seedDemo(db: Db, publicUrl: string, onProgress: (done: number, total: number) => void) {
  const ctx = systemContext('demo-seed');
  const total = demoCellNames.length + demoSignIns.length + 1;
  let done = 0;
  const root = await mutate(db, ctx, (w) =>
    createUnit(w, {
      parentId: null,
      kind: 'grassroots',
      name: 'Đảng bộ Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
      code: 'DB-VUSTA',
    }),
  );
  onProgress(++done, total);
  const cellIds: string[] = [];
  for (const [i, name] of demoCellNames.entries()) {
    const cell = await mutate(db, ctx, (w) =>
      createUnit(w, { parentId: root.id, kind: 'cell', name, code: `CB${String(i + 1).padStart(2, '0')}` }),
    );
    cellIds.push(cell.id);
    onProgress(++done, total);
  }
  const office = cellIds[0] as string;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const grantsFor: Record<string, Array<{ role: Role; unitId: string }>> = {
    admin: [{ role: 'admin', unitId: root.id }],
    committee: [{ role: 'committee', unitId: root.id }],
    secretary: [
      { role: 'cell_secretary', unitId: office },
      { role: 'member', unitId: office },
    ],
    member: [{ role: 'member', unitId: office }],
  };
  for (const signIn of demoSignIns) {
    await mutate(db, ctx, async (w) => {
      const [user] = await w.tx
        .insert(users)
        .values({ username: signIn.username, fullName: signIn.fullName, passwordHash, totpWaived: true })
        .returning({ id: users.id });
      if (!user) throw new Error('insert returned nothing');
      const grants = grantsFor[signIn.username] ?? [];
      await w.tx.insert(userRoles).values(grants.map((g) => ({ userId: user.id, ...g })));
      w.audit({
        action: 'user.created',
        entity: 'user',
        entityId: user.id,
        after: { username: signIn.username, roles: grants },
      });
      await notify(
        w,
        [user.id],
        {
          kind: 'welcome',
          title: 'Chào mừng đến với Đảng bộ số',
          body: `Tài khoản ${signIn.username} (${signIn.description}) đã sẵn sàng. Hãy đổi mật khẩu trong trang Tài khoản.`,
          link: '/account',
        },
        publicUrl,
      );
    });
    onProgress(++done, total);
  }
}
