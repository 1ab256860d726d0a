import { eq, type SQL, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../db/client';
import { type Scope, scopeFor, scopeIncludes } from '../../platform/access/grants';
import { requireAuth } from '../../platform/access/request';
import { inScope } from '../../platform/access/scope-sql';
import { AppError } from '../../platform/errors/app-error';
import { memberPlaceOfUser } from '../members/for-documents';
import { tasks } from './schema';

export interface TaskAccess {
  read: Scope;
  write: Scope;
  userId: string;
  /** The signed-in user's member record: tasks given to it are theirs to see and report on. */
  memberId: string | null;
}

export async function taskAccessOf(db: Db | Tx, req: FastifyRequest): Promise<TaskAccess> {
  const auth = requireAuth(req);
  const member = await memberPlaceOfUser(db as Tx, auth.user.id);
  return {
    read: scopeFor(auth.grants, 'read'),
    write: scopeFor(auth.grants, 'write'),
    userId: auth.user.id,
    memberId: member?.id ?? null,
  };
}

/**
 * Who sees a task: readers of the unit it is assigned to (so the assigning committee above it too, the
 * assignee lying in its subtree) and the member it is given to.
 */
export function visibleTasks(access: TaskAccess): SQL {
  const own = access.memberId ? sql` or ${tasks.assigneeMemberId} = ${access.memberId}` : sql``;
  return sql`(${inScope(tasks.assigneePath, access.read)}${own})`;
}

export type TaskRow = typeof tasks.$inferSelect;

/** Changing a task's terms (deadline, assignee, cancel) is for writers of the unit that assigned it. */
export const canEditTask = (access: TaskAccess, task: Pick<TaskRow, 'ownerPath'>) =>
  scopeIncludes(access.write, task.ownerPath);

/** Reporting progress: the assigner, writers of the assignee unit (a cell's secretary), the member given it. */
export const canReportTask = (
  access: TaskAccess,
  task: Pick<TaskRow, 'ownerPath' | 'assigneePath' | 'assigneeMemberId'>,
) =>
  scopeIncludes(access.write, task.ownerPath) ||
  scopeIncludes(access.write, task.assigneePath) ||
  (access.memberId !== null && task.assigneeMemberId === access.memberId);

/** The task a request is about, locked when it is to be changed: unseen → 404; not the user's to change → 403. */
export async function checkedTask(
  tx: Tx,
  access: TaskAccess,
  id: string,
  action: 'read' | 'edit' | 'report',
): Promise<TaskRow> {
  const query = tx
    .select()
    .from(tasks)
    .where(sql`${eq(tasks.id, id)} and ${visibleTasks(access)}`)
    .limit(1);
  const [row] = action === 'read' ? await query : await query.for('update');
  if (!row) throw new AppError(404, 'NOT_FOUND');
  if (action === 'edit' && !canEditTask(access, row)) throw new AppError(403, 'FORBIDDEN');
  if (action === 'report' && !canReportTask(access, row)) throw new AppError(403, 'FORBIDDEN');
  return row;
}

export function assertVersion(row: { version: number }, version: number): void {
  if (row.version !== version) throw new AppError(409, 'STALE_VERSION', { field: 'version' });
}
