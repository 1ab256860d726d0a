/** Progress reports on tasks, closing (done, cancelled) and reopening, with the roll-up they set off. */
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { closeTaskBody, reopenTaskBody, taskProgressBody } from '../../../contracts/tasks';
import type { Tx } from '../../db/client';
import { scopeIncludes } from '../../platform/access/grants';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { setConclusionTaskStatus } from '../meetings/for-programs';
import { tasks, taskUpdates } from './schema';
import { assertVersion, checkedTask, type TaskAccess, type TaskRow } from './task-access';
import { noticeTaskDone } from './task-notices';
import { rollUpFrom } from './task-rollup';
import { nextReminder } from './task-schedule';
import type { TaskEnv } from './task-service';

async function hasCountedChildren(tx: Tx, id: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.parentId, id), sql`${tasks.status} <> 'cancelled'`))
    .limit(1);
  return Boolean(row);
}

async function afterStatusChange(w: Writer, task: TaskRow, status: 'open' | 'done', env: TaskEnv) {
  if (task.sourceKind === 'meeting' && task.sourceItemId)
    await setConclusionTaskStatus(w.tx, task.sourceItemId, status);
  for (const changed of await rollUpFrom(w.tx, task.parentId, env.today)) {
    const [parent] = await w.tx.select().from(tasks).where(eq(tasks.id, changed.id));
    if (parent?.sourceKind === 'meeting' && parent.sourceItemId)
      await setConclusionTaskStatus(w.tx, parent.sourceItemId, changed.status);
  }
}

/** Reports progress; 100 % marks the task done. A task with children takes its progress from them. */
export async function reportProgress(
  w: Writer,
  access: TaskAccess,
  id: string,
  input: z.infer<typeof taskProgressBody>,
  env: TaskEnv,
): Promise<string> {
  const before = await checkedTask(w.tx, access, id, 'report');
  assertVersion(before, input.version);
  if (before.status !== 'open') throw new AppError(409, 'TASK_CLOSED', { field: 'status' });
  if (await hasCountedChildren(w.tx, id))
    throw new AppError(400, 'TASK_PROGRESS_ROLLED_UP', { field: 'progress' });
  const done = input.progress === 100;
  const [update] = await w.tx
    .insert(taskUpdates)
    .values({
      taskId: id,
      progress: input.progress,
      note: input.note ?? null,
      createdBy: w.ctx.actor?.id ?? null,
    })
    .returning({ id: taskUpdates.id });
  const [after] = await w.tx
    .update(tasks)
    .set({
      progress: input.progress,
      ...(done ? { status: 'done' as const, closedOn: env.today, nextReminderOn: null } : {}),
      version: before.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(tasks.id, id))
    .returning();
  w.audit({
    action: 'task.progress',
    entity: 'task',
    entityId: id,
    scopePath: before.assigneePath,
    before: { progress: before.progress, status: before.status },
    after: { progress: input.progress, status: after?.status, note: input.note ?? null },
  });
  if (done) {
    await afterStatusChange(w, before, 'done', env);
    await noticeTaskDone(w, after as TaskRow, env.publicUrl);
  } else await rollUpFrom(w.tx, before.parentId, env.today);
  if (!update) throw new Error('insert returned nothing');
  return update.id;
}

/** Closes a task: done (by whoever reports on it) or cancelled with a reason (by the assigner). */
export async function closeTask(
  w: Writer,
  access: TaskAccess,
  id: string,
  input: z.infer<typeof closeTaskBody>,
  env: TaskEnv,
) {
  const before = await checkedTask(w.tx, access, id, input.status === 'cancelled' ? 'edit' : 'report');
  assertVersion(before, input.version);
  if (before.status !== 'open') throw new AppError(409, 'TASK_CLOSED', { field: 'status' });
  const reason = input.reason?.trim() || null;
  if (input.status === 'cancelled' && !reason)
    throw new AppError(400, 'TASK_CANCEL_REASON', { field: 'reason' });
  const [openChild] = await w.tx
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.parentId, id), eq(tasks.status, 'open')))
    .limit(1);
  if (openChild) throw new AppError(409, 'TASK_CHILDREN_OPEN', { field: 'status' });
  const [after] = await w.tx
    .update(tasks)
    .set({
      status: input.status,
      progress: input.status === 'done' ? 100 : before.progress,
      closedOn: env.today,
      closeReason: reason,
      nextReminderOn: null,
      version: before.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(tasks.id, id))
    .returning();
  if (input.status === 'done' || reason)
    await w.tx.insert(taskUpdates).values({
      taskId: id,
      progress: after?.progress ?? before.progress,
      note: reason,
      createdBy: w.ctx.actor?.id ?? null,
    });
  w.audit({
    action: input.status === 'done' ? 'task.done' : 'task.cancelled',
    entity: 'task',
    entityId: id,
    scopePath: before.assigneePath,
    before: { status: before.status },
    after: { status: input.status, reason },
  });
  if (input.status === 'done') {
    await afterStatusChange(w, before, 'done', env);
    await noticeTaskDone(w, after as TaskRow, env.publicUrl);
  } else await rollUpFrom(w.tx, before.parentId, env.today);
}

/** Opens a closed task again (assigner only), with a reason; its reminders start again. */
export async function reopenTask(
  w: Writer,
  access: TaskAccess,
  id: string,
  input: z.infer<typeof reopenTaskBody>,
  env: TaskEnv,
) {
  const before = await checkedTask(w.tx, access, id, 'edit');
  assertVersion(before, input.version);
  if (before.status === 'open') throw new AppError(409, 'TASK_ALREADY_OPEN', { field: 'status' });
  if (before.parentId) {
    const [parent] = await w.tx.select().from(tasks).where(eq(tasks.id, before.parentId));
    if (parent?.status === 'cancelled') throw new AppError(409, 'TASK_PARENT_CLOSED', { field: 'parentId' });
  }
  const reminder = await nextReminder(w.tx, before.dueOn, env.today);
  const progress = Math.min(before.progress, 99);
  await w.tx
    .update(tasks)
    .set({
      status: 'open',
      progress,
      closedOn: null,
      closeReason: null,
      nextReminderOn: reminder.on,
      nextReminderStage: reminder.stage,
      version: before.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(tasks.id, id));
  await w.tx
    .insert(taskUpdates)
    .values({ taskId: id, progress, note: input.reason, createdBy: w.ctx.actor?.id ?? null });
  w.audit({
    action: 'task.reopened',
    entity: 'task',
    entityId: id,
    scopePath: before.assigneePath,
    before: { status: before.status },
    after: { status: 'open', reason: input.reason },
  });
  await afterStatusChange(w, before, 'open', env);
}

/** Attaches a file to a progress report (its author, or the assigner); one file per report. */
export async function attachUpdateFile(
  w: Writer,
  access: TaskAccess,
  taskId: string,
  updateId: string,
  fileId: string,
) {
  const task = await checkedTask(w.tx, access, taskId, 'report');
  const [update] = await w.tx
    .select()
    .from(taskUpdates)
    .where(and(eq(taskUpdates.id, updateId), eq(taskUpdates.taskId, taskId)))
    .for('update');
  if (!update) throw new AppError(404, 'NOT_FOUND');
  if (update.createdBy !== access.userId && !scopeIncludes(access.write, task.ownerPath))
    throw new AppError(403, 'FORBIDDEN');
  if (update.fileId) throw new AppError(409, 'TASK_UPDATE_HAS_FILE', { field: 'updateId' });
  await w.tx.update(taskUpdates).set({ fileId }).where(eq(taskUpdates.id, updateId));
  w.audit({
    action: 'task.file_attached',
    entity: 'task',
    entityId: taskId,
    scopePath: task.assigneePath,
    after: { updateId, fileId },
  });
}
