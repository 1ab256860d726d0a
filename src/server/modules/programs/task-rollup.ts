import { eq, sql } from 'drizzle-orm';
import { rollUp } from '../../../domain/task-progress';
import { queryRows, type Tx } from '../../db/client';
import { tasks } from './schema';

/**
 * After a child changed, each ancestor takes the weighted progress of its children; one whose children are all
 * done is done, one that gained an open child is open again. Returns the ancestors whose status changed.
 */
export async function rollUpFrom(
  tx: Tx,
  parentId: string | null,
  today: string,
): Promise<{ id: string; status: 'open' | 'done' }[]> {
  const changed: { id: string; status: 'open' | 'done' }[] = [];
  const seen = new Set<string>();
  let current = parentId;
  while (current && !seen.has(current)) {
    seen.add(current);
    const [parent] = await tx.select().from(tasks).where(eq(tasks.id, current)).for('update');
    if (!parent) break;
    const children = await tx
      .select({ progress: tasks.progress, weight: tasks.weight, status: tasks.status })
      .from(tasks)
      .where(eq(tasks.parentId, current));
    const rolled = rollUp(children);
    if (rolled && parent.status !== 'cancelled') {
      const status = rolled.allDone ? 'done' : 'open';
      if (status !== parent.status) changed.push({ id: parent.id, status });
      await tx
        .update(tasks)
        .set({
          progress: rolled.progress,
          status,
          closedOn: status === 'done' ? (parent.closedOn ?? today) : null,
          nextReminderOn: status === 'done' ? null : parent.nextReminderOn,
          version: sql`${tasks.version} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(tasks.id, current));
    }
    current = parent.parentId;
  }
  return changed;
}

/** True when `candidateParentId` is the task itself or one of its descendants (the new parent would close a cycle). */
export async function wouldCycle(tx: Tx, taskId: string, candidateParentId: string): Promise<boolean> {
  const [row] = await queryRows<{ hit: boolean }>(
    tx,
    sql`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from ${tasks} where id = ${candidateParentId}
      union all
      select t.id, t.parent_id, up.depth + 1 from ${tasks} t join up on t.id = up.parent_id where up.depth < 100
    )
    select exists (select 1 from up where id = ${taskId}) as hit`,
  );
  return Boolean(row?.hit);
}
