import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { closeMeetingBody, conclusionsBody, minutesBody } from '../../../contracts/meetings';
import {
  type AttendanceStatus,
  type MeetingKind,
  monthAttendance,
  vnDateOf,
} from '../../../domain/meeting-rules';
import type { Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import { hasText, sanitizeRichText } from '../../platform/http/rich-text';
import type { Writer } from '../../platform/mutate';
import { meetingUnit } from '../org/meeting-units-read';
import { assertPlanned, lockMeeting } from './meeting-row';
import { ratingScaleOn } from './rating-scales';
import { syncRoster } from './roster';
import {
  meetingAttendance,
  meetingConclusions,
  meetingMinutesVersions,
  meetingMissedMonths,
  meetings,
} from './schema';

/** A closing may be recorded a little ahead of the clock (a secretary closing as the meeting ends). */
const closeAheadMs = 10 * 60_000;

function checkedTimes(startedAt: string, endedAt: string, fieldPrefix = '') {
  const start = new Date(startedAt);
  const end = new Date(endedAt);
  if (end <= start) throw new AppError(400, 'MEETING_ENDS_BEFORE_START', { field: `${fieldPrefix}endedAt` });
  return { start, end };
}

/**
 * Saves the minutes (sanitised). Before closing they are a draft; after closing each change needs a reason and
 * becomes a new version, the earlier text kept.
 */
export async function saveMinutes(w: Writer, id: string, input: z.infer<typeof minutesBody>) {
  const before = await lockMeeting(w.tx, id, input.version);
  if (before.status === 'cancelled') throw new AppError(409, 'MEETING_CANCELLED');
  const html = sanitizeRichText(input.html);
  const times =
    input.startedAt && input.endedAt
      ? checkedTimes(input.startedAt, input.endedAt)
      : {
          start: input.startedAt ? new Date(input.startedAt) : before.startedAt,
          end: input.endedAt ? new Date(input.endedAt) : before.endedAt,
        };
  if (times.start && times.end && times.end <= times.start)
    throw new AppError(400, 'MEETING_ENDS_BEFORE_START', { field: 'endedAt' });
  const locked = before.status === 'closed';
  if (locked && !input.reason) throw new AppError(400, 'MINUTES_REASON_REQUIRED', { field: 'reason' });
  if (locked && !hasText(html)) throw new AppError(400, 'MINUTES_EMPTY', { field: 'html' });
  const minutesVersion = locked ? before.minutesVersion + 1 : before.minutesVersion;
  if (locked)
    await w.tx.insert(meetingMinutesVersions).values({
      meetingId: id,
      version: minutesVersion,
      html,
      reason: input.reason ?? null,
      savedBy: w.ctx.actor?.id ?? null,
    });
  const [row] = await w.tx
    .update(meetings)
    .set({
      minutesHtml: html,
      startedAt: times.start,
      endedAt: times.end,
      minutesVersion,
      version: before.version + 1,
    })
    .where(eq(meetings.id, id))
    .returning();
  const unit = await meetingUnit(w.tx, before.unitId);
  w.audit({
    action: locked ? 'meeting.minutes_revised' : 'meeting.minutes_saved',
    entity: 'meeting',
    entityId: id,
    scopePath: unit?.path ?? null,
    before: { minutesHtml: before.minutesHtml, minutesVersion: before.minutesVersion },
    after: { minutesHtml: row?.minutesHtml, minutesVersion },
    reason: input.reason ?? null,
  });
}

/** Replaces the conclusions of a planned meeting; an owner with a deadline makes one a task. */
export async function saveConclusions(w: Writer, id: string, input: z.infer<typeof conclusionsBody>) {
  const before = await lockMeeting(w.tx, id, input.version);
  assertPlanned(before);
  const called = new Set((await syncRoster(w.tx, before)).map((c) => c.member.id));
  const existing = await w.tx.select().from(meetingConclusions).where(eq(meetingConclusions.meetingId, id));
  const byId = new Map(existing.map((c) => [c.id, c]));
  input.items.forEach((item, i) => {
    if (item.id && !byId.has(item.id))
      throw new AppError(400, 'CONCLUSION_UNKNOWN', { field: `items.${i}.id` });
    const owner = item.ownerMemberId ?? null;
    const due = item.dueOn ?? null;
    if (owner && !called.has(owner))
      throw new AppError(400, 'MEETING_NOT_ON_ROSTER', { field: `items.${i}.ownerMemberId` });
    if ((owner === null) !== (due === null))
      throw new AppError(400, 'CONCLUSION_TASK_INCOMPLETE', {
        field: `items.${i}.${owner ? 'dueOn' : 'ownerMemberId'}`,
      });
    if (due && due < vnDateOf(before.startsAt))
      throw new AppError(400, 'CONCLUSION_DUE_BEFORE_MEETING', { field: `items.${i}.dueOn` });
  });
  const kept = input.items.flatMap((item) => (item.id ? [item.id] : []));
  await w.tx
    .delete(meetingConclusions)
    .where(
      and(
        eq(meetingConclusions.meetingId, id),
        kept.length > 0 ? notInArray(meetingConclusions.id, kept) : sql`true`,
      ),
    );
  for (const [position, item] of input.items.entries()) {
    const task = item.ownerMemberId && item.dueOn;
    const values = {
      position,
      text: item.text,
      ownerMemberId: item.ownerMemberId ?? null,
      dueOn: item.dueOn ?? null,
      taskStatus: task ? (byId.get(item.id ?? '')?.taskStatus ?? 'open') : null,
    };
    if (item.id) {
      const old = byId.get(item.id);
      await w.tx
        .update(meetingConclusions)
        .set({ ...values, version: (old?.version ?? 1) + 1 })
        .where(eq(meetingConclusions.id, item.id));
    } else await w.tx.insert(meetingConclusions).values({ meetingId: id, ...values });
  }
  await w.tx
    .update(meetings)
    .set({ version: before.version + 1 })
    .where(eq(meetings.id, id));
  const unit = await meetingUnit(w.tx, before.unitId);
  w.audit({
    action: 'meeting.conclusions_saved',
    entity: 'meeting',
    entityId: id,
    scopePath: unit?.path ?? null,
    before: existing.map(({ createdAt: _c, ...c }) => c),
    after: input.items,
  });
}

/**
 * Closes a meeting: everyone marked, minutes written, a rating from the scale in force. Records the attendee
 * count, locks the minutes as version 1 and updates the members' missed months for the removal rule.
 */
export async function closeMeeting(
  w: Writer,
  id: string,
  input: z.infer<typeof closeMeetingBody>,
  now: Date,
) {
  const before = await lockMeeting(w.tx, id, input.version);
  assertPlanned(before);
  const { start, end } = checkedTimes(input.startedAt, input.endedAt);
  if (end.getTime() > now.getTime() + closeAheadMs)
    throw new AppError(400, 'MEETING_END_IN_FUTURE', { field: 'endedAt' });
  await syncRoster(w.tx, before);
  const roster = await w.tx
    .select({ memberId: meetingAttendance.memberId, status: meetingAttendance.status })
    .from(meetingAttendance)
    .where(eq(meetingAttendance.meetingId, id));
  const unmarked = roster.filter((r) => r.status === null).length;
  if (unmarked > 0)
    throw new AppError(400, 'ATTENDANCE_INCOMPLETE', { field: 'attendance', params: { count: unmarked } });
  if (!hasText(before.minutesHtml)) throw new AppError(400, 'MINUTES_EMPTY', { field: 'html' });
  const scale = await ratingScaleOn(w.tx, vnDateOf(before.startsAt));
  if (!scale.some((level) => level.key === input.qualityRating))
    throw new AppError(400, 'RATING_UNKNOWN', {
      field: 'qualityRating',
      params: { levels: scale.map((l) => l.label).join(', ') },
    });
  const html = before.minutesHtml ?? '';
  await w.tx
    .insert(meetingMinutesVersions)
    .values({ meetingId: id, version: 1, html, savedBy: w.ctx.actor?.id ?? null });
  const [row] = await w.tx
    .update(meetings)
    .set({
      status: 'closed',
      startedAt: start,
      endedAt: end,
      qualityRating: input.qualityRating,
      attendeeCount: roster.filter((r) => r.status === 'present').length,
      closedAt: now,
      closedBy: w.ctx.actor?.id ?? null,
      minutesVersion: 1,
      checkInHash: null,
      version: before.version + 1,
    })
    .where(eq(meetings.id, id))
    .returning();
  await refreshMissedMonths(
    w.tx,
    roster.map((r) => r.memberId),
    before.month,
    before.unitId,
  );
  const unit = await meetingUnit(w.tx, before.unitId);
  w.audit({
    action: 'meeting.closed',
    entity: 'meeting',
    entityId: id,
    scopePath: unit?.path ?? null,
    before,
    after: row,
  });
}

/** Recomputes, for members and a month, whether the month is "missed" (monthAttendance) over the closed meetings. */
export async function refreshMissedMonths(
  tx: Tx,
  memberIds: readonly string[],
  month: string,
  unitId: string,
) {
  if (memberIds.length === 0) return;
  const rows = await tx
    .select({ memberId: meetingAttendance.memberId, kind: meetings.kind, status: meetingAttendance.status })
    .from(meetingAttendance)
    .innerJoin(meetings, eq(meetings.id, meetingAttendance.meetingId))
    .where(
      and(
        inArray(meetingAttendance.memberId, [...memberIds]),
        eq(meetings.month, month),
        eq(meetings.status, 'closed'),
      ),
    );
  const byMember = new Map<string, { kind: MeetingKind; status: AttendanceStatus }[]>();
  for (const r of rows) {
    if (!r.status) continue;
    const list = byMember.get(r.memberId) ?? [];
    list.push({ kind: r.kind, status: r.status });
    byMember.set(r.memberId, list);
  }
  const missed = memberIds.filter((m) => monthAttendance(byMember.get(m) ?? []) === 'missed');
  await tx
    .delete(meetingMissedMonths)
    .where(and(inArray(meetingMissedMonths.memberId, [...memberIds]), eq(meetingMissedMonths.month, month)));
  if (missed.length > 0)
    await tx.insert(meetingMissedMonths).values(missed.map((memberId) => ({ memberId, month, unitId })));
}

export async function minutesHistory(tx: Tx, id: string) {
  return tx
    .select()
    .from(meetingMinutesVersions)
    .where(eq(meetingMinutesVersions.meetingId, id))
    .orderBy(asc(meetingMinutesVersions.version));
}
