import { and, desc, inArray, isNotNull } from 'drizzle-orm';
import type { TaskSummary } from '../../../contracts/tasks';
import type { FollowUpReport } from '../../../contracts/working-sessions';
import type { Db } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import { todayIso } from '../org/calendar';
import { taskUpdates } from './schema';
import { conclusionsWithTasks, sessionSummary } from './session-queries';

type ConclusionState = FollowUpReport['conclusions'][number]['state'];

/** A conclusion is done when every task it gave is closed, overdue when one is past its deadline. */
export function conclusionState(given: readonly Pick<TaskSummary, 'status' | 'overdue'>[]): ConclusionState {
  if (given.length === 0) return 'none';
  if (given.some((t) => t.overdue)) return 'overdue';
  if (given.every((t) => t.status !== 'open')) return 'done';
  return 'in_progress';
}

/** The latest note reported on each task (the result a cell wrote down). */
async function lastNotes(db: Db, taskIds: readonly string[]): Promise<Map<string, string>> {
  if (taskIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([taskUpdates.taskId], { taskId: taskUpdates.taskId, note: taskUpdates.note })
    .from(taskUpdates)
    .where(and(inArray(taskUpdates.taskId, [...taskIds]), isNotNull(taskUpdates.note)))
    .orderBy(taskUpdates.taskId, desc(taskUpdates.createdAt));
  return new Map(rows.map((r) => [r.taskId, r.note ?? '']));
}

/** The follow-up report of a session (báo cáo kết quả thực hiện kết luận), assembled from its tasks today. */
export async function followUpOf(db: Db, sessionId: string): Promise<FollowUpReport> {
  const session = await sessionSummary(db, sessionId);
  if (!session) throw new AppError(404, 'NOT_FOUND');
  const conclusions = await conclusionsWithTasks(db, sessionId);
  const notes = await lastNotes(
    db,
    conclusions.flatMap((c) => c.tasks.map((t) => t.id)),
  );
  const all = conclusions.flatMap((c) => c.tasks);
  return {
    session,
    asOf: todayIso(),
    conclusions: conclusions.map((c) => ({
      position: c.position,
      text: c.text,
      tasks: c.tasks.map((t) => ({ ...t, lastNote: notes.get(t.id) ?? null })),
      state: conclusionState(c.tasks),
    })),
    totals: {
      tasks: all.length,
      done: all.filter((t) => t.status === 'done').length,
      overdue: all.filter((t) => t.overdue).length,
    },
  };
}
