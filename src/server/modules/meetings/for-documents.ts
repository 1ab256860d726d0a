import { and, eq } from 'drizzle-orm';
import { vnDateOf } from '../../../domain/meeting-rules';
import type { Tx } from '../../db/client';
import { meetingAttendance, meetings } from './schema';

/** What the study of documents needs of a meeting used as a study session (the meetings module owns it). */
export interface MeetingFacts {
  id: string;
  unitId: string;
  /** Set for a meeting of a committee's body rather than of the unit's members. */
  bodyId: string | null;
  status: 'planned' | 'closed' | 'cancelled';
  /** Local (Asia/Ho_Chi_Minh) date of the planned start. */
  date: string;
  presentMemberIds: string[];
}

export async function meetingFacts(tx: Tx, id: string): Promise<MeetingFacts | null> {
  const [row] = await tx
    .select({
      id: meetings.id,
      unitId: meetings.unitId,
      bodyId: meetings.bodyId,
      status: meetings.status,
      startsAt: meetings.startsAt,
    })
    .from(meetings)
    .where(eq(meetings.id, id))
    .limit(1);
  if (!row) return null;
  const present = await tx
    .select({ memberId: meetingAttendance.memberId })
    .from(meetingAttendance)
    .where(and(eq(meetingAttendance.meetingId, id), eq(meetingAttendance.status, 'present')));
  const { startsAt, ...facts } = row;
  return { ...facts, date: vnDateOf(startsAt), presentMemberIds: present.map((p) => p.memberId) };
}
