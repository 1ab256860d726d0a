import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Writer } from '../../platform/mutate';
import { closedMeetingTasks } from '../meetings/for-programs';
import { displayDate } from '../org/calendar';
import { meetingUnit } from '../org/meeting-units-read';
import { tasks } from './schema';
import { createTask, type TaskEnv } from './task-service';

/**
 * When a meeting closes, each conclusion with an owner and a deadline becomes a task of the meeting's unit,
 * carried by that member. The meetings module has checked that the closer writes in the unit.
 */
export async function tasksFromClosedMeeting(w: Writer, meetingId: string, env: TaskEnv): Promise<number> {
  const found = await closedMeetingTasks(w.tx, meetingId);
  if (!found || found.conclusions.length === 0) return 0;
  const unit = await meetingUnit(w.tx, found.meeting.unitId);
  if (!unit) return 0;
  const existing = new Set(
    (await w.tx.select({ item: tasks.sourceItemId }).from(tasks).where(eq(tasks.sourceRefId, meetingId))).map(
      (r) => r.item,
    ),
  );
  const unitScope = { subtrees: [unit.path], exact: [] };
  const access = { read: unitScope, write: unitScope, userId: w.ctx.actor?.id ?? '', memberId: null };
  const sourceTitle = found.meeting.bodyName
    ? `Hội nghị ${found.meeting.bodyName} ngày ${displayDate(found.meeting.date)}`
    : `Sinh hoạt ${unit.name} ngày ${displayDate(found.meeting.date)}`;
  let made = 0;
  for (const [i, c] of found.conclusions.entries()) {
    if (existing.has(c.id)) continue;
    await createTask(
      w,
      access,
      {
        ownerUnitId: unit.id,
        assigneeUnitId: unit.id,
        assigneeMemberId: c.ownerMemberId,
        sourceKind: 'meeting',
        sourceRefId: meetingId,
        sourceItemId: c.id,
        sourceTitle,
        sourceText: c.text,
        sourceDate: found.meeting.date,
        title: c.text.length > 500 ? `${c.text.slice(0, 497)}…` : c.text,
        dueOn: c.dueOn,
      },
      env,
      `conclusions.${i}.`,
    );
    made += 1;
  }
  return made;
}

/** The tasks conclusions became, by conclusion id (for the meeting's page). */
export async function taskIdsOfConclusions(
  tx: Tx,
  conclusionIds: readonly string[],
): Promise<Map<string, string>> {
  if (conclusionIds.length === 0) return new Map();
  const rows = await tx
    .select({ item: tasks.sourceItemId, id: tasks.id })
    .from(tasks)
    .where(inArray(tasks.sourceItemId, [...conclusionIds]));
  return new Map(rows.map((r) => [r.item as string, r.id]));
}
