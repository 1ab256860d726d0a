import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { cancelMeetingBody, createMeetingBody, updateMeetingBody } from '../../../contracts/meetings';
import { monthOf, vnDateOf } from '../../../domain/meeting-rules';
import type { Tx } from '../../db/client';
import { usersWithRoleAt } from '../../platform/auth/role-holders';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { type MeetingUnit, meetingUnit, unitBody } from '../org/meeting-units-read';
import { assertPlanned, lockMeeting, type MeetingRow } from './meeting-row';
import { noticeCancelled, noticeScheduled, whenOf } from './notices';
import { type Called, calledTo, syncRoster } from './roster';
import { meetings } from './schema';

type PlanInput = z.infer<typeof updateMeetingBody> | z.infer<typeof createMeetingBody>;

/** The longest a meeting may be planned for: a meeting is part of one day, never several. */
const maxHours = 12;

/** The unit a meeting is for: a cell (or a grassroots organisation without cells), or a body of a unit. */
export async function meetingPlace(tx: Tx, unitId: string, bodyId: string | null) {
  const unit = await meetingUnit(tx, unitId);
  if (!unit) throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
  if (unit.dissolvedOn) throw new AppError(400, 'MEETING_UNIT_DISSOLVED', { field: 'unitId' });
  if (bodyId) {
    const body = await unitBody(tx, bodyId);
    if (!body || body.unitId !== unit.id)
      throw new AppError(400, 'MEETING_BODY_NOT_OF_UNIT', { field: 'bodyId' });
    return { unit, bodyName: body.name };
  }
  if (!unit.holdsMembers) throw new AppError(400, 'MEETING_UNIT_KIND', { field: 'unitId' });
  return { unit, bodyName: null };
}

function checkTimes(input: PlanInput) {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (endsAt <= startsAt) throw new AppError(400, 'MEETING_ENDS_BEFORE_START', { field: 'endsAt' });
  if (endsAt.getTime() - startsAt.getTime() > maxHours * 3_600_000)
    throw new AppError(400, 'MEETING_TOO_LONG', { field: 'endsAt', params: { hours: maxHours } });
  if ((input.kind === 'thematic' || input.kind === 'combined') && !input.topic)
    throw new AppError(400, 'MEETING_TOPIC_REQUIRED', { field: 'topic' });
  return { startsAt, endsAt };
}

/** Meetings of one cell (or body) may not overlap: checked under a lock on the unit, so two writers cannot race. */
async function assertNoOverlap(
  tx: Tx,
  unitId: string,
  bodyId: string | null,
  startsAt: Date,
  endsAt: Date,
  exceptId: string | null,
) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`meetings:${unitId}`}))`);
  const [clash] = await tx
    .select({ startsAt: meetings.startsAt })
    .from(meetings)
    .where(
      and(
        eq(meetings.unitId, unitId),
        bodyId ? eq(meetings.bodyId, bodyId) : sql`${meetings.bodyId} is null`,
        ne(meetings.status, 'cancelled'),
        exceptId ? ne(meetings.id, exceptId) : undefined,
        lt(meetings.startsAt, endsAt),
        gt(meetings.endsAt, startsAt),
      ),
    )
    .limit(1);
  if (clash)
    throw new AppError(409, 'MEETING_OVERLAP', {
      field: 'startsAt',
      params: { when: whenOf(clash.startsAt) },
    });
}

/** Chair, minute-taker and those preparing agenda items come from the members called to the meeting. */
function assertCalled(input: PlanInput, called: readonly Called[]) {
  const ids = new Set(called.map((c) => c.member.id));
  const check = (id: string | null | undefined, field: string) => {
    if (id && !ids.has(id)) throw new AppError(400, 'MEETING_NOT_ON_ROSTER', { field });
  };
  check(input.chairMemberId, 'chairMemberId');
  check(input.minuteTakerMemberId, 'minuteTakerMemberId');
  input.agenda.forEach((item, i) => {
    check(item.preparedByMemberId, `agenda.${i}.preparedByMemberId`);
  });
}

const planColumns = (input: PlanInput, startsAt: Date, endsAt: Date) => ({
  kind: input.kind,
  topic: input.topic ?? null,
  startsAt,
  endsAt,
  month: monthOf(vnDateOf(startsAt)),
  place: input.place ?? null,
  onlineLink: input.onlineLink ?? null,
  chairMemberId: input.chairMemberId ?? null,
  minuteTakerMemberId: input.minuteTakerMemberId ?? null,
  agenda: input.agenda.map((a) => ({
    title: a.title,
    preparedByMemberId: a.preparedByMemberId ?? null,
    preparation: a.preparation ?? null,
    dueOn: a.dueOn ?? null,
  })),
});

/** Everyone to tell about a meeting: those called who sign in, and the superior committee of a cell. */
async function audienceOf(tx: Tx, unit: MeetingUnit, called: readonly Called[], bodyId: string | null) {
  const members = called.flatMap((c) => (c.member.userId ? [c.member.userId] : []));
  const superior = !bodyId && unit.parentId ? await usersWithRoleAt(tx, unit.parentId, ['committee']) : [];
  return [...new Set([...members, ...superior])];
}

export async function createMeeting(
  w: Writer,
  input: z.infer<typeof createMeetingBody>,
  publicUrl: string,
): Promise<MeetingRow> {
  const bodyId = input.bodyId ?? null;
  const { unit } = await meetingPlace(w.tx, input.unitId, bodyId);
  const { startsAt, endsAt } = checkTimes(input);
  await assertNoOverlap(w.tx, unit.id, bodyId, startsAt, endsAt, null);
  const called = await calledTo(w.tx, { unitId: unit.id, bodyId, startsAt });
  assertCalled(input, called);
  const [row] = await w.tx
    .insert(meetings)
    .values({
      unitId: unit.id,
      bodyId,
      draftedFromId: input.draftedFromId ?? null,
      ...planColumns(input, startsAt, endsAt),
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await syncRoster(w.tx, row);
  w.audit({
    action: 'meeting.scheduled',
    entity: 'meeting',
    entityId: row.id,
    scopePath: unit.path,
    after: row,
  });
  await noticeScheduled(w, row, unit.name, await audienceOf(w.tx, unit, called, bodyId), publicUrl);
  return row;
}

export async function updateMeeting(
  w: Writer,
  id: string,
  input: z.infer<typeof updateMeetingBody>,
  publicUrl: string,
): Promise<MeetingRow> {
  const before = await lockMeeting(w.tx, id, input.version);
  assertPlanned(before);
  const { unit } = await meetingPlace(w.tx, before.unitId, before.bodyId);
  const { startsAt, endsAt } = checkTimes(input);
  await assertNoOverlap(w.tx, unit.id, before.bodyId, startsAt, endsAt, id);
  const called = await syncRoster(w.tx, { ...before, startsAt });
  assertCalled(input, called);
  const [row] = await w.tx
    .update(meetings)
    .set({ ...planColumns(input, startsAt, endsAt), version: before.version + 1 })
    .where(eq(meetings.id, id))
    .returning();
  if (!row) throw new Error('update returned nothing');
  w.audit({
    action: 'meeting.updated',
    entity: 'meeting',
    entityId: id,
    scopePath: unit.path,
    before,
    after: row,
  });
  const moved =
    before.startsAt.getTime() !== row.startsAt.getTime() ||
    before.endsAt.getTime() !== row.endsAt.getTime() ||
    before.place !== row.place ||
    before.onlineLink !== row.onlineLink;
  if (moved)
    await noticeScheduled(
      w,
      row,
      unit.name,
      await audienceOf(w.tx, unit, called, row.bodyId),
      publicUrl,
      true,
    );
  return row;
}

export async function cancelMeeting(
  w: Writer,
  id: string,
  input: z.infer<typeof cancelMeetingBody>,
  publicUrl: string,
): Promise<MeetingRow> {
  const before = await lockMeeting(w.tx, id, input.version);
  assertPlanned(before);
  const unit = await meetingUnit(w.tx, before.unitId);
  const [row] = await w.tx
    .update(meetings)
    .set({ status: 'cancelled', cancelReason: input.reason, checkInHash: null, version: before.version + 1 })
    .where(eq(meetings.id, id))
    .returning();
  if (!row || !unit) throw new Error('update returned nothing');
  w.audit({
    action: 'meeting.cancelled',
    entity: 'meeting',
    entityId: id,
    scopePath: unit.path,
    before,
    after: row,
    reason: input.reason,
  });
  const called = await calledTo(w.tx, row);
  await noticeCancelled(w, row, unit.name, await audienceOf(w.tx, unit, called, row.bodyId), publicUrl);
  return row;
}
