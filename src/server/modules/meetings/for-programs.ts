import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { vnDateOf } from '../../../domain/meeting-rules';
import type { Tx } from '../../db/client';
import { unitBody } from '../org/meeting-units-read';
import { meetingConclusions, meetings } from './schema';

/** The programs module tracks a conclusion's task; the meeting's page shows whether it is done. */
export async function setConclusionTaskStatus(tx: Tx, conclusionId: string, status: 'open' | 'done') {
  await tx
    .update(meetingConclusions)
    .set({ taskStatus: status })
    .where(and(eq(meetingConclusions.id, conclusionId), isNotNull(meetingConclusions.taskStatus)));
}

export interface ClosedMeetingTasks {
  meeting: { id: string; unitId: string; bodyName: string | null; date: string };
  conclusions: { id: string; text: string; ownerMemberId: string; dueOn: string }[];
}

/** A closed meeting's conclusions that are tasks (an owner and a deadline), for the programs module. */
export async function closedMeetingTasks(tx: Tx, meetingId: string): Promise<ClosedMeetingTasks | null> {
  const [meeting] = await tx
    .select({
      id: meetings.id,
      unitId: meetings.unitId,
      bodyId: meetings.bodyId,
      status: meetings.status,
      startedAt: meetings.startedAt,
      startsAt: meetings.startsAt,
    })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!meeting || meeting.status !== 'closed') return null;
  const body = meeting.bodyId ? await unitBody(tx, meeting.bodyId) : null;
  const rows = await tx
    .select()
    .from(meetingConclusions)
    .where(and(eq(meetingConclusions.meetingId, meetingId), isNotNull(meetingConclusions.taskStatus)))
    .orderBy(asc(meetingConclusions.position));
  return {
    meeting: {
      id: meeting.id,
      unitId: meeting.unitId,
      bodyName: body?.name ?? null,
      date: vnDateOf(meeting.startedAt ?? meeting.startsAt),
    },
    conclusions: rows.map((r) => ({
      id: r.id,
      text: r.text,
      ownerMemberId: r.ownerMemberId as string,
      dueOn: r.dueOn as string,
    })),
  };
}
