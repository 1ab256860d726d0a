import { and, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  createMemberBody,
  moveMemberBody,
  statusEventBody,
  updateMemberBody,
} from '../../../contracts/members';
import type { MemberStatus } from '../../../domain/member-codes';
import type { MemberDates } from '../../../domain/member-rules';
import { memberDerivedColumns } from '../../../domain/member-search';
import type { Tx } from '../../db/client';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { displayDate } from '../org/calendar';
import { assertMemberRules } from './rules-check';
import { memberStatusEvents, members, memberUnitHistory } from './schema';
import { assertUnique, uniqueViolation } from './uniqueness';
import { unitForMembers } from './units-read';
import type { MemberAccess } from './visibility';

type MemberRow = typeof members.$inferSelect;

/** Statuses whose holders went through admission (and, past probation, official membership). */
const admitted: readonly MemberStatus[] = [
  'probationary',
  'official',
  'exempted',
  'transferred_out',
  'removed',
  'expelled',
  'deceased',
];

const datesOf = (m: MemberRow): MemberDates => ({
  birthDate: m.birthDate,
  admissionDate: m.admissionDate,
  officialDate: m.officialDate,
  admissionAgeException: m.admissionAgeException,
  status: m.status,
  statusSince: m.statusSince,
});

async function lockMember(tx: Tx, id: string, version: number): Promise<MemberRow> {
  const [row] = await tx.select().from(members).where(eq(members.id, id)).for('update').limit(1);
  if (!row) throw new AppError(404, 'NOT_FOUND');
  if (row.version !== version) throw staleVersion();
  return row;
}

async function activeUnit(tx: Tx, unitId: string) {
  const unit = await unitForMembers(tx, unitId);
  if (!unit) throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
  if (unit.dissolvedOn)
    throw new AppError(400, 'MEMBER_UNIT_INACTIVE', {
      field: 'unitId',
      params: { unit: unit.name, date: displayDate(unit.dissolvedOn) },
    });
  return unit;
}

/** Runs a write whose unique indexes may still be hit by a concurrent one; that becomes the same 409. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw uniqueViolation(error) ?? error;
  }
}

/**
 * The status history a new record implies: admission made the person probationary, the official date made
 * them official, and the current status holds since `statusSince`.
 */
export function impliedStatusEvents(m: MemberDates & { statusSince: string }) {
  const events: { status: MemberStatus; effectiveOn: string }[] = [];
  if (admitted.includes(m.status) && m.admissionDate && m.admissionDate < m.statusSince)
    events.push({ status: 'probationary', effectiveOn: m.admissionDate });
  if (m.status !== 'probationary' && m.officialDate && m.officialDate < m.statusSince)
    events.push({ status: 'official', effectiveOn: m.officialDate });
  events.push({ status: m.status, effectiveOn: m.statusSince });
  return events;
}

export async function createMember(
  w: Writer,
  access: MemberAccess,
  input: z.infer<typeof createMemberBody>,
  today: string,
  /** `joinedOn`: the day the person joined the unit (a member received by transfer), when it is known. */
  options: { joinedOn?: string } = {},
): Promise<MemberRow> {
  const unit = await activeUnit(w.tx, input.unitId);
  const statusSince = input.statusSince ?? input.officialDate ?? input.admissionDate ?? today;
  const dates = { ...input, statusSince };
  assertMemberRules(dates, today);
  await assertUnique(w.tx, access, input);
  const { statusSince: _given, ...fields } = input;
  const [created] = await guarded(() =>
    w.tx
      .insert(members)
      .values({ ...fields, statusSince, unitPath: unit.path, ...memberDerivedColumns(input) })
      .returning(),
  );
  if (!created) throw new Error('insert returned nothing');
  const events = impliedStatusEvents(dates);
  await w.tx
    .insert(memberStatusEvents)
    .values(events.map((e) => ({ ...e, memberId: created.id, createdBy: w.ctx.actor?.id ?? null })));
  // The record places the person in this unit from the first date it knows of them.
  await w.tx.insert(memberUnitHistory).values({
    memberId: created.id,
    unitId: unit.id,
    fromDate: options.joinedOn ?? events[0]?.effectiveOn ?? statusSince,
  });
  w.audit({
    action: 'member.created',
    entity: 'member',
    entityId: created.id,
    scopePath: created.unitPath,
    after: created,
  });
  return created;
}

export async function updateMember(
  w: Writer,
  access: MemberAccess,
  id: string,
  input: z.infer<typeof updateMemberBody>,
  today: string,
): Promise<MemberRow> {
  const { version, reason, ...changes } = input;
  const before = await lockMember(w.tx, id, version);
  const patch = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<
    typeof changes
  >;
  const next = { ...before, ...patch };
  assertMemberRules(datesOf(next), today, { before: datesOf(before) });
  await assertUnique(
    w.tx,
    access,
    {
      citizenId: next.citizenId !== before.citizenId ? next.citizenId : null,
      cardNumber: next.cardNumber !== before.cardNumber ? next.cardNumber : null,
    },
    id,
  );
  const [after] = await guarded(() =>
    w.tx
      .update(members)
      .set({ ...patch, ...memberDerivedColumns(next), version: before.version + 1, updatedAt: new Date() })
      .where(and(eq(members.id, id), eq(members.version, version)))
      .returning(),
  );
  if (!after) throw staleVersion();
  w.audit({
    action: 'member.updated',
    entity: 'member',
    entityId: id,
    scopePath: after.unitPath,
    before,
    after,
    reason,
  });
  return after;
}

/**
 * Appends a dated status event; the record's status and its date become those of the latest event by date
 * (a late-entered older event changes the history, not today's status).
 */
export async function addStatusEvent(
  w: Writer,
  id: string,
  input: z.infer<typeof statusEventBody>,
  today: string,
): Promise<MemberRow> {
  const before = await lockMember(w.tx, id, input.version);
  if (input.effectiveOn > today)
    throw new AppError(400, 'MEMBER_DATE_IN_FUTURE', {
      field: 'effectiveOn',
      params: { today: displayDate(today) },
    });
  if (input.effectiveOn < before.birthDate)
    throw new AppError(400, 'MEMBER_DATES', { field: 'effectiveOn', params: { rule: 'status_after_birth' } });
  await w.tx.insert(memberStatusEvents).values({
    memberId: id,
    status: input.status,
    effectiveOn: input.effectiveOn,
    decisionRef: input.decisionRef ?? null,
    note: input.note ?? null,
    createdBy: w.ctx.actor?.id ?? null,
  });
  const [latest] = await w.tx
    .select({ status: memberStatusEvents.status, effectiveOn: memberStatusEvents.effectiveOn })
    .from(memberStatusEvents)
    .where(eq(memberStatusEvents.memberId, id))
    .orderBy(
      desc(memberStatusEvents.effectiveOn),
      desc(memberStatusEvents.createdAt),
      desc(memberStatusEvents.id),
    )
    .limit(1);
  const next = {
    status: latest?.status ?? input.status,
    statusSince: latest?.effectiveOn ?? input.effectiveOn,
    // Becoming official dates official membership; becoming probationary is admission.
    officialDate: before.officialDate ?? (input.status === 'official' ? input.effectiveOn : null),
    admissionDate: before.admissionDate ?? (input.status === 'probationary' ? input.effectiveOn : null),
  };
  assertMemberRules({ ...datesOf(before), ...next }, today, {
    before: datesOf(before),
    fieldOf: (v) => (v.code === 'MEMBER_STATUS_DATES' ? 'status' : 'effectiveOn'),
  });
  const [after] = await w.tx
    .update(members)
    .set({ ...next, version: before.version + 1, updatedAt: new Date() })
    .where(eq(members.id, id))
    .returning();
  if (!after) throw staleVersion();
  const snapshot = (m: MemberRow) => ({
    status: m.status,
    statusSince: m.statusSince,
    admissionDate: m.admissionDate,
    officialDate: m.officialDate,
  });
  w.audit({
    action: 'member.status_changed',
    entity: 'member',
    entityId: id,
    scopePath: after.unitPath,
    before: snapshot(before),
    after: snapshot(after),
    reason: [input.decisionRef, input.note].filter(Boolean).join(' — ') || null,
  });
  return after;
}

/** Moves a member to another unit on a date: the unit history closes one period and opens the next. */
export async function moveMember(
  w: Writer,
  id: string,
  input: z.infer<typeof moveMemberBody>,
  today: string,
): Promise<MemberRow> {
  const before = await lockMember(w.tx, id, input.version);
  const target = await activeUnit(w.tx, input.unitId);
  if (target.id === before.unitId) throw new AppError(400, 'MEMBER_SAME_UNIT', { field: 'unitId' });
  if (input.effectiveOn > today)
    throw new AppError(400, 'MEMBER_DATE_IN_FUTURE', {
      field: 'effectiveOn',
      params: { today: displayDate(today) },
    });
  const [open] = await w.tx
    .select({ id: memberUnitHistory.id, fromDate: memberUnitHistory.fromDate })
    .from(memberUnitHistory)
    .where(and(eq(memberUnitHistory.memberId, id), isNull(memberUnitHistory.toDate)))
    .orderBy(desc(memberUnitHistory.fromDate))
    .limit(1);
  if (open && input.effectiveOn < open.fromDate)
    throw new AppError(400, 'MEMBER_MOVE_DATE', {
      field: 'effectiveOn',
      params: { since: displayDate(open.fromDate) },
    });
  if (open)
    await w.tx
      .update(memberUnitHistory)
      .set({ toDate: input.effectiveOn })
      .where(eq(memberUnitHistory.id, open.id));
  await w.tx.insert(memberUnitHistory).values({
    memberId: id,
    unitId: target.id,
    fromDate: input.effectiveOn,
    reason: input.reason ?? null,
  });
  const [after] = await w.tx
    .update(members)
    .set({ unitId: target.id, unitPath: target.path, version: before.version + 1, updatedAt: new Date() })
    .where(eq(members.id, id))
    .returning();
  if (!after) throw staleVersion();
  w.audit({
    action: 'member.moved',
    entity: 'member',
    entityId: id,
    scopePath: after.unitPath,
    before: { unitId: before.unitId, unitPath: before.unitPath },
    after: { unitId: after.unitId, unitPath: after.unitPath },
    reason: input.reason ?? null,
  });
  return after;
}
