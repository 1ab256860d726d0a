import { eq } from 'drizzle-orm';
import type { Db } from '../src/server/db/client';
import { units } from '../src/server/modules/org/schema';
import { tasks, taskUpdates } from '../src/server/modules/programs/schema';

const pathOf = async (db: Db, id: string) =>
  (await db.select({ path: units.path }).from(units).where(eq(units.id, id)))[0]?.path as string;

/** A task straight into the table, as the service leaves it: given by `ownerUnitId` to `assigneeUnitId`. */
export async function taskRow(
  db: Db,
  ownerUnitId: string,
  assigneeUnitId: string,
  values: Partial<typeof tasks.$inferInsert> = {},
) {
  const [row] = await db
    .insert(tasks)
    .values({
      ownerUnitId,
      ownerPath: await pathOf(db, ownerUnitId),
      assigneeUnitId,
      assigneePath: await pathOf(db, assigneeUnitId),
      sourceKind: 'direct',
      sourceTitle: 'Chỉ đạo của Ban Thường vụ',
      sourceText: 'Các chi bộ rà soát danh sách đảng viên.',
      sourceDate: '2026-01-05',
      title: 'Rà soát danh sách đảng viên',
      dueOn: '2036-01-31',
      ...values,
    })
    .returning();
  if (!row) throw new Error('no task');
  return row;
}

/** A progress report on a task, optionally with a stored file. */
export async function taskUpdateRow(db: Db, taskId: string, fileId: string | null = null) {
  const [row] = await db
    .insert(taskUpdates)
    .values({ taskId, progress: 10, note: 'Đang làm', fileId })
    .returning();
  if (!row) throw new Error('no task update');
  return row;
}
