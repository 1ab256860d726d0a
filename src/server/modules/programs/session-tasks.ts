import { and, count, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Writer } from '../../platform/mutate';
import { tasks, workingSessionConclusions } from './schema';
import { deleteTasksOfItem } from './task-service';

export async function sessionTaskFacts(tx: Tx, sessionId: string): Promise<{ count: number }> {
  const [row] = await tx
    .select({ n: count() })
    .from(tasks)
    .where(and(eq(tasks.sourceKind, 'working_session'), eq(tasks.sourceRefId, sessionId)));
  return { count: row?.n ?? 0 };
}

/**
 * Removes the tasks of a session's conclusions (all of them, or one) recorded by mistake, through the tasks
 * core, which refuses once any has been worked on (reported, closed, given sub-tasks).
 */
export async function removeSessionTasks(w: Writer, sessionId: string, conclusionId: string | null) {
  const ids = conclusionId
    ? [conclusionId]
    : (
        await w.tx
          .select({ id: workingSessionConclusions.id })
          .from(workingSessionConclusions)
          .where(eq(workingSessionConclusions.sessionId, sessionId))
      ).map((c) => c.id);
  let removed = 0;
  for (const id of ids) removed += await deleteTasksOfItem(w, id);
  return removed;
}
