import { createHash, randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { markAttendanceBody } from '../../../contracts/meetings';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { memberOfUser } from '../members/for-meetings';
import { meetingUnit } from '../org/meeting-units-read';
import { assertPlanned, lockMeeting } from './meeting-row';
import { whenOf } from './notices';
import { syncRoster } from './roster';
import { meetingAttendance, meetings } from './schema';

/** Self check-in opens this long before the planned start and closes at the planned end. */
const checkInOpensMinutes = 30;

export const checkInWindow = (m: { startsAt: Date; endsAt: Date }) => ({
  from: new Date(m.startsAt.getTime() - checkInOpensMinutes * 60_000),
  to: m.endsAt,
});

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Marks members of the roster; a member not called to the meeting is refused, naming the entry. */
export async function markAttendance(
  w: Writer,
  meetingId: string,
  input: z.infer<typeof markAttendanceBody>,
  now: Date,
) {
  const meeting = await lockMeeting(w.tx, meetingId);
  assertPlanned(meeting);
  const called = await syncRoster(w.tx, meeting);
  const onRoster = new Set(called.map((c) => c.member.id));
  const seen = new Set<string>();
  input.entries.forEach((entry, i) => {
    if (!onRoster.has(entry.memberId))
      throw new AppError(400, 'MEETING_NOT_ON_ROSTER', { field: `entries.${i}.memberId` });
    if (seen.has(entry.memberId))
      throw new AppError(400, 'ATTENDANCE_REPEATED', { field: `entries.${i}.memberId` });
    seen.add(entry.memberId);
    if (entry.status === 'absent_excused' && !entry.reason)
      throw new AppError(400, 'ATTENDANCE_REASON_REQUIRED', { field: `entries.${i}.reason` });
  });
  const actor = w.ctx.actor?.id ?? null;
  for (const entry of input.entries) {
    await w.tx
      .update(meetingAttendance)
      .set({
        status: entry.status,
        reason: entry.status === 'present' ? null : (entry.reason ?? null),
        markedBy: actor,
        markedAt: now,
      })
      .where(and(eq(meetingAttendance.meetingId, meetingId), eq(meetingAttendance.memberId, entry.memberId)));
  }
  const unit = await meetingUnit(w.tx, meeting.unitId);
  w.audit({
    action: 'meeting.attendance_marked',
    entity: 'meeting',
    entityId: meetingId,
    scopePath: unit?.path ?? null,
    after: input.entries,
  });
}

/**
 * A new self check-in secret for the meeting (the QR code carries it; only its hash is kept, and a new one
 * replaces the old). It works only from shortly before the start to the planned end.
 */
export async function newCheckInLink(w: Writer, meetingId: string) {
  const meeting = await lockMeeting(w.tx, meetingId);
  assertPlanned(meeting);
  const secret = randomBytes(24).toString('base64url');
  await w.tx
    .update(meetings)
    .set({ checkInHash: hashOf(secret) })
    .where(eq(meetings.id, meetingId));
  const unit = await meetingUnit(w.tx, meeting.unitId);
  w.audit({
    action: 'meeting.check_in_opened',
    entity: 'meeting',
    entityId: meetingId,
    scopePath: unit?.path ?? null,
  });
  const window = checkInWindow(meeting);
  return {
    path: `/check-in/${secret}`,
    validFrom: window.from.toISOString(),
    validTo: window.to.toISOString(),
  };
}

/** A signed-in member marks themself present with the meeting's secret, once, inside the window. */
export async function checkIn(w: Writer, secret: string, userId: string, now: Date) {
  const [found] = await w.tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(eq(meetings.checkInHash, hashOf(secret)))
    .limit(1);
  if (!found) throw new AppError(404, 'CHECK_IN_UNKNOWN');
  const meeting = await lockMeeting(w.tx, found.id);
  assertPlanned(meeting);
  const window = checkInWindow(meeting);
  if (now < window.from || now > window.to)
    throw new AppError(409, 'CHECK_IN_OUTSIDE_WINDOW', {
      params: { from: whenOf(window.from), to: whenOf(window.to) },
    });
  const member = await memberOfUser(w.tx, userId);
  const [row] = member
    ? await w.tx
        .select()
        .from(meetingAttendance)
        .where(and(eq(meetingAttendance.meetingId, meeting.id), eq(meetingAttendance.memberId, member.id)))
        .limit(1)
    : [];
  if (!member || !row) throw new AppError(403, 'CHECK_IN_NOT_CALLED');
  if (row.checkedInAt)
    throw new AppError(409, 'CHECK_IN_TWICE', { params: { when: whenOf(row.checkedInAt) } });
  await w.tx
    .update(meetingAttendance)
    .set({ status: 'present', reason: null, checkedInAt: now, markedBy: userId, markedAt: now })
    .where(and(eq(meetingAttendance.meetingId, meeting.id), eq(meetingAttendance.memberId, member.id)));
  const unit = await meetingUnit(w.tx, meeting.unitId);
  w.audit({
    action: 'meeting.checked_in',
    entity: 'meeting',
    entityId: meeting.id,
    scopePath: unit?.path ?? null,
    after: { memberId: member.id, at: now.toISOString() },
  });
  return {
    meetingId: meeting.id,
    unitName: unit?.name ?? '',
    startsAt: meeting.startsAt.toISOString(),
    checkedInAt: now.toISOString(),
  };
}
