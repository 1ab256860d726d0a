import { and, count, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { tasks, taskUpdates } from './schema';
import type { SessionRow } from './session-access';

const ofSession = (sessionId: string, conclusionId: string | null) =>
  and(
    eq(tasks.sourceKind, 'working_session'),
    eq(tasks.sourceRefId, sessionId),
    conclusionId ? eq(tasks.sourceItemId, conclusionId) : undefined,
  );

export async function sessionTaskFacts(tx: Tx, sessionId: string): Promise<{ count: number }> {
  const [row] = await tx.select({ n: count() }).from(tasks).where(ofSession(sessionId, null));
  return { count: row?.n ?? 0 };
}

/**
 * Removes the tasks of a session (or of one of its conclusions) recorded by mistake. Refused once any of them
 * has moved on — progress reported, closed, or given sub-tasks — since a cell has then worked on it.
 */
export async function removeSessionTasks(
  w: Writer,
  session: SessionRow,
  conclusionId: string | null,
): Promise<string[]> {
  const rows = await w.tx
    .select({ id: tasks.id, progress: tasks.progress, status: tasks.status })
    .from(tasks)
    .where(ofSession(session.id, conclusionId))
    .for('update');
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [updates] = await w.tx
    .select({ n: count() })
    .from(taskUpdates)
    .where(inArray(taskUpdates.taskId, ids));
  const [children] = await w.tx.select({ n: count() }).from(tasks).where(inArray(tasks.parentId, ids));
  const moved = rows.some((r) => r.progress > 0 || r.status !== 'open');
  if (moved || (updates?.n ?? 0) > 0 || (children?.n ?? 0) > 0)
    throw new AppError(409, 'SESSION_TASKS_IN_PROGRESS');
  await w.tx.delete(tasks).where(inArray(tasks.id, ids));
  for (const id of ids)
    w.audit({ action: 'task.deleted', entity: 'task', entityId: id, scopePath: session.unitPath });
  return ids;
}
