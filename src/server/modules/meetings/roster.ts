import { and, eq, isNull, notInArray, sql } from 'drizzle-orm';
import { type AttendanceStatus, vnDateOf } from '../../../domain/meeting-rules';
import type { Tx } from '../../db/client';
import { membersCalledIn, type RosterMember, rosterMembersByIds } from '../members/for-meetings';
import { bodyMemberIdsOn, meetingUnit } from '../org/meeting-units-read';
import { temporaryStaysOn } from '../transfers/temporary-read';
import { meetingAttendance } from './schema';

export interface Called {
  member: RosterMember;
  /** Set before anyone marks: exempted members, and members away on a temporary transfer. */
  preset: AttendanceStatus | null;
}

/**
 * Who is called to a meeting: a body's office holders on the day; for a cell, its members (exempted ones
 * marked exempted, those away on a temporary transfer marked so) and the members staying with it on one.
 */
export async function calledTo(
  tx: Tx,
  meeting: { unitId: string; bodyId: string | null; startsAt: Date },
): Promise<Called[]> {
  const day = vnDateOf(meeting.startsAt);
  const exempted = (m: RosterMember): AttendanceStatus | null =>
    m.status === 'exempted' ? 'exempted' : null;
  if (meeting.bodyId) {
    const holders = await rosterMembersByIds(tx, await bodyMemberIdsOn(tx, meeting.bodyId, day));
    return holders.map((member) => ({ member, preset: exempted(member) }));
  }
  const unit = await meetingUnit(tx, meeting.unitId);
  const [own, stays] = await Promise.all([
    unit ? membersCalledIn(tx, unit.path) : [],
    temporaryStaysOn(tx, meeting.unitId, day),
  ]);
  const away = new Set(stays.away);
  const ownIds = new Set(own.map((m) => m.id));
  const guests = await rosterMembersByIds(
    tx,
    stays.staying.filter((id) => !ownIds.has(id)),
  );
  return [
    ...own.map((member) => ({
      member,
      preset: away.has(member.id) ? ('temporary_transfer' as const) : exempted(member),
    })),
    ...guests.map((member) => ({ member, preset: exempted(member) })),
  ];
}

/**
 * Brings an open meeting's roster up to date with the cell: newcomers are added, and members who left are
 * dropped unless someone has already marked them.
 */
export async function syncRoster(
  tx: Tx,
  meeting: { id: string; unitId: string; bodyId: string | null; startsAt: Date },
): Promise<Called[]> {
  const called = await calledTo(tx, meeting);
  const ids = called.map((c) => c.member.id);
  await tx
    .delete(meetingAttendance)
    .where(
      and(
        eq(meetingAttendance.meetingId, meeting.id),
        isNull(meetingAttendance.markedBy),
        ids.length > 0 ? notInArray(meetingAttendance.memberId, ids) : sql`true`,
      ),
    );
  if (called.length > 0)
    await tx
      .insert(meetingAttendance)
      .values(called.map((c) => ({ meetingId: meeting.id, memberId: c.member.id, status: c.preset })))
      .onConflictDoNothing();
  return called;
}
