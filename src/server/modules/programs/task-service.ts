import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { TaskSourceKind, updateTaskBody } from '../../../contracts/tasks';
import type { Tx } from '../../db/client';
import { isInside, scopeIncludes } from '../../platform/access/grants';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { memberPlaces } from '../members/for-programs';
import { meetingUnit } from '../org/meeting-units-read';
import { tasks, taskUpdates } from './schema';
import { assertVersion, checkedTask, type TaskAccess, type TaskRow } from './task-access';
import { noticeTaskAssigned } from './task-notices';
import { rollUpFrom, wouldCycle } from './task-rollup';
import { nextReminder } from './task-schedule';

export interface TaskEnv {
  today: string;
  publicUrl: string;
}

export interface NewTask {
  ownerUnitId: string;
  assigneeUnitId: string;
  assigneeMemberId?: string | null;
  parentId?: string | null;
  weight?: number;
  sourceKind: TaskSourceKind;
  sourceRefId?: string | null;
  sourceItemId?: string | null;
  sourceTitle: string;
  sourceText: string;
  sourceDate: string;
  title: string;
  description?: string | null;
  dueOn: string;
}

/** The unit a task is about: outside the read scope it does not exist (404); refused `field` names it. */
async function liveUnit(tx: Tx, id: string, field: string) {
  const unit = await meetingUnit(tx, id);
  if (!unit) throw new AppError(400, 'TASK_UNIT_UNKNOWN', { field });
  if (unit.dissolvedOn)
    throw new AppError(400, 'TASK_UNIT_DISSOLVED', { field, params: { name: unit.name } });
  return unit;
}

async function checkedAssignee(
  tx: Tx,
  ownerPath: string,
  assigneeUnitId: string,
  assigneeMemberId: string | null,
  fieldPrefix = '',
) {
  const assignee = await liveUnit(tx, assigneeUnitId, `${fieldPrefix}assigneeUnitId`);
  if (!isInside(assignee.path, ownerPath))
    throw new AppError(400, 'TASK_ASSIGNEE_OUTSIDE', { field: `${fieldPrefix}assigneeUnitId` });
  if (assigneeMemberId) {
    const member = (await memberPlaces(tx, [assigneeMemberId])).get(assigneeMemberId);
    if (!member || !isInside(member.unitPath, assignee.path))
      throw new AppError(400, 'TASK_MEMBER_OUTSIDE', { field: `${fieldPrefix}assigneeMemberId` });
  }
  return assignee;
}

function checkedDates(sourceDate: string, dueOn: string, today: string, fieldPrefix = '') {
  if (sourceDate > today)
    throw new AppError(400, 'TASK_SOURCE_IN_FUTURE', { field: `${fieldPrefix}sourceDate` });
  if (dueOn < sourceDate) throw new AppError(400, 'TASK_DUE_BEFORE_SOURCE', { field: `${fieldPrefix}dueOn` });
}

/** A parent a task may hang under: visible, open, and assigned by the same unit or one above the child's. */
async function checkedParent(tx: Tx, access: TaskAccess, parentId: string, ownerPath: string) {
  const parent = await checkedTask(tx, access, parentId, 'read').catch(() => {
    throw new AppError(400, 'TASK_PARENT_UNKNOWN', { field: 'parentId' });
  });
  if (!isInside(ownerPath, parent.ownerPath))
    throw new AppError(400, 'TASK_PARENT_OUTSIDE', { field: 'parentId' });
  if (parent.status !== 'open') throw new AppError(400, 'TASK_PARENT_CLOSED', { field: 'parentId' });
  return parent;
}

/**
 * Gives a task: the writer must write in the owner unit; the assignee lies in its subtree; the deadline is not
 * before the source. Those who carry it are told; the parent's progress is rolled up again.
 */
export async function createTask(
  w: Writer,
  access: TaskAccess,
  input: NewTask,
  env: TaskEnv,
  fieldPrefix = '',
): Promise<string> {
  const owner = await meetingUnit(w.tx, input.ownerUnitId);
  if (!owner || !scopeIncludes(access.read, owner.path)) throw new AppError(404, 'NOT_FOUND');
  if (!scopeIncludes(access.write, owner.path)) throw new AppError(403, 'FORBIDDEN');
  const assignee = await checkedAssignee(
    w.tx,
    owner.path,
    input.assigneeUnitId,
    input.assigneeMemberId ?? null,
    fieldPrefix,
  );
  checkedDates(input.sourceDate, input.dueOn, env.today, fieldPrefix);
  if (input.parentId) await checkedParent(w.tx, access, input.parentId, owner.path);
  const reminder = await nextReminder(w.tx, input.dueOn, env.today);
  const [row] = await w.tx
    .insert(tasks)
    .values({
      ownerUnitId: owner.id,
      ownerPath: owner.path,
      assigneeUnitId: assignee.id,
      assigneePath: assignee.path,
      assigneeMemberId: input.assigneeMemberId ?? null,
      parentId: input.parentId ?? null,
      weight: input.weight ?? 1,
      sourceKind: input.sourceKind,
      sourceRefId: input.sourceRefId ?? null,
      sourceItemId: input.sourceItemId ?? null,
      sourceTitle: input.sourceTitle,
      sourceText: input.sourceText,
      sourceDate: input.sourceDate,
      title: input.title,
      description: input.description ?? null,
      dueOn: input.dueOn,
      nextReminderOn: reminder.on,
      nextReminderStage: reminder.stage,
      createdBy: w.ctx.actor?.id ?? null,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await rollUpFrom(w.tx, row.parentId, env.today);
  w.audit({ action: 'task.created', entity: 'task', entityId: row.id, scopePath: assignee.path, after: row });
  await noticeTaskAssigned(w, row, { owner: owner.name, assignee: assignee.name }, env.publicUrl);
  return row.id;
}

/** Edits the terms of a task (assigner only): title, assignee, parent, weight, deadline. */
export async function updateTask(
  w: Writer,
  access: TaskAccess,
  id: string,
  input: z.infer<typeof updateTaskBody>,
  env: TaskEnv,
) {
  const before = await checkedTask(w.tx, access, id, 'edit');
  assertVersion(before, input.version);
  if (before.status !== 'open') throw new AppError(409, 'TASK_CLOSED', { field: 'status' });
  const assigneeUnitId = input.assigneeUnitId ?? before.assigneeUnitId;
  const assigneeMemberId =
    input.assigneeMemberId !== undefined
      ? input.assigneeMemberId
      : input.assigneeUnitId && input.assigneeUnitId !== before.assigneeUnitId
        ? null
        : before.assigneeMemberId;
  const assignee = await checkedAssignee(w.tx, before.ownerPath, assigneeUnitId, assigneeMemberId);
  const dueOn = input.dueOn ?? before.dueOn;
  if (dueOn < before.sourceDate) throw new AppError(400, 'TASK_DUE_BEFORE_SOURCE', { field: 'dueOn' });
  const parentId = input.parentId !== undefined ? input.parentId : before.parentId;
  if (parentId && parentId !== before.parentId) {
    if (await wouldCycle(w.tx, id, parentId))
      throw new AppError(400, 'TASK_PARENT_CYCLE', { field: 'parentId' });
    await checkedParent(w.tx, access, parentId, before.ownerPath);
  }
  const reminder = dueOn !== before.dueOn ? await nextReminder(w.tx, dueOn, env.today) : null;
  const [after] = await w.tx
    .update(tasks)
    .set({
      title: input.title ?? before.title,
      description: input.description !== undefined ? input.description : before.description,
      assigneeUnitId: assignee.id,
      assigneePath: assignee.path,
      assigneeMemberId,
      parentId,
      weight: input.weight ?? before.weight,
      dueOn,
      ...(reminder ? { nextReminderOn: reminder.on, nextReminderStage: reminder.stage } : {}),
      version: before.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(tasks.id, id))
    .returning();
  await rollUpFrom(w.tx, before.parentId, env.today);
  if (parentId !== before.parentId) await rollUpFrom(w.tx, parentId, env.today);
  w.audit({ action: 'task.updated', entity: 'task', entityId: id, scopePath: assignee.path, before, after });
  if (assignee.id !== before.assigneeUnitId || assigneeMemberId !== before.assigneeMemberId)
    await noticeTaskAssigned(w, after as TaskRow, { owner: '', assignee: assignee.name }, env.publicUrl);
}

/**
 * Removes the tasks a conclusion gave (its source removed), refused when one of them has been reported on.
 * For the working sessions of this module; the caller has checked the right to change the source.
 */
export async function deleteTasksOfItem(w: Writer, sourceItemId: string): Promise<number> {
  const rows = await w.tx.select().from(tasks).where(eq(tasks.sourceItemId, sourceItemId)).for('update');
  if (rows.length === 0) return 0;
  const ids = rows.map((r) => r.id);
  const [reported] = await w.tx
    .select({ id: taskUpdates.id })
    .from(taskUpdates)
    .where(inArray(taskUpdates.taskId, ids))
    .limit(1);
  const [child] = await w.tx
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(inArray(tasks.parentId, ids), sql`${tasks.sourceItemId} is distinct from ${sourceItemId}`))
    .limit(1);
  if (reported || child || rows.some((r) => r.progress > 0 || r.status !== 'open'))
    throw new AppError(409, 'TASK_HAS_PROGRESS', { field: 'id' });
  await w.tx.delete(tasks).where(eq(tasks.sourceItemId, sourceItemId));
  for (const row of rows)
    w.audit({
      action: 'task.deleted',
      entity: 'task',
      entityId: row.id,
      scopePath: row.assigneePath,
      before: row,
    });
  return rows.length;
}
