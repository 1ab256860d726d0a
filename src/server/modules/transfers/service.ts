import { and, eq, inArray, max, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  cancelTransferBody,
  incomingTransferBody,
  issueTransferBody,
  receiveTransferBody,
  startTransferBody,
} from '../../../contracts/transfers';
import { memberViolations } from '../../../domain/member-rules';
import {
  issueDueOn,
  issueIsLate,
  presentDueOn,
  receiptIsLate,
  temporaryPeriodViolation,
  transferRulesOn,
} from '../../../domain/transfer-rules';
import type { Tx } from '../../db/client';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { loadWorkingCalendar } from '../calendar/service';
import { findMember } from '../members/queries';
import { addStatusEvent, createMember, moveMember } from '../members/service';
import type { MemberAccess } from '../members/visibility';
import { addDays, displayDate } from '../org/calendar';
import { memberTransfers } from './schema';
import { type TransferUnit, transferUnit } from './units-read';

export type TransferRow = typeof memberTransfers.$inferSelect;

/** Statuses a member may be transferred in (those active on the register). */
const transferable = ['probationary', 'official', 'exempted'] as const;

/** The working-day calendar wide enough for every deadline counted from `from` (60 working days < 1 year). */
const calendarFrom = (tx: Tx, from: string) => loadWorkingCalendar(tx, from, addDays(from, 400));

async function lockTransfer(tx: Tx, id: string, version: number): Promise<TransferRow> {
  const [row] = await tx
    .select()
    .from(memberTransfers)
    .where(eq(memberTransfers.id, id))
    .for('update')
    .limit(1);
  if (!row) throw new AppError(404, 'NOT_FOUND');
  if (row.version !== version) throw staleVersion();
  return row;
}

async function activeUnit(tx: Tx, id: string, field: string): Promise<TransferUnit> {
  const unit = await transferUnit(tx, id);
  if (!unit) throw new AppError(404, 'NOT_FOUND', { field });
  if (unit.dissolvedOn)
    throw new AppError(400, 'TRANSFER_UNIT_INACTIVE', {
      field,
      params: { unit: unit.name, date: displayDate(unit.dissolvedOn) },
    });
  return unit;
}

function assertPeriod(input: {
  kind: TransferRow['kind'];
  purpose: TransferRow['purpose'];
  periodFrom?: string | null;
  periodTo?: string | null;
}) {
  const violation = temporaryPeriodViolation(input);
  if (violation)
    throw new AppError(400, violation.code, {
      field: violation.field,
      params: Object.fromEntries(
        Object.entries(violation.params ?? {}).map(([k, v]) => [
          k,
          typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v) ? displayDate(v) : v,
        ]),
      ),
    });
}

function notAfterToday(value: string, today: string, field: string) {
  if (value > today)
    throw new AppError(400, 'TRANSFER_DATE_IN_FUTURE', { field, params: { today: displayDate(today) } });
}

const auditScope = (fromPath: string | null, toPath: string | null) => fromPath ?? toPath;

/** Starts an outgoing transfer of a member on the register (a draft, until the letter is issued). */
export async function startTransfer(
  w: Writer,
  input: z.infer<typeof startTransferBody>,
): Promise<TransferRow> {
  const member = await findMember(w.tx, input.memberId);
  if (!member) throw new AppError(404, 'NOT_FOUND', { field: 'memberId' });
  if (!(transferable as readonly string[]).includes(member.status))
    throw new AppError(400, 'TRANSFER_MEMBER_STATUS', {
      field: 'memberId',
      params: { name: member.fullName },
    });
  const toUnitId = input.toUnitId ?? null;
  const externalReceiver = input.externalReceiver ?? null;
  if ((toUnitId === null) === (externalReceiver === null))
    throw new AppError(400, 'TRANSFER_DESTINATION', { field: toUnitId ? 'externalReceiver' : 'toUnitId' });
  const toUnit = toUnitId ? await activeUnit(w.tx, toUnitId, 'toUnitId') : null;
  if (toUnit && toUnit.id === member.unitId)
    throw new AppError(400, 'TRANSFER_SAME_UNIT', { field: 'toUnitId' });
  assertPeriod(input);
  const [open] = await w.tx
    .select({ id: memberTransfers.id })
    .from(memberTransfers)
    .where(
      and(
        eq(memberTransfers.memberId, member.id),
        eq(memberTransfers.kind, input.kind),
        inArray(memberTransfers.status, ['draft', 'issued']),
      ),
    )
    .limit(1);
  if (open)
    throw new AppError(409, 'TRANSFER_OPEN', { field: 'memberId', params: { name: member.fullName } });
  const calendar = await calendarFrom(w.tx, input.moveDate);
  const [created] = await openTransferGuard(member.fullName, () =>
    w.tx
      .insert(memberTransfers)
      .values({
        kind: input.kind,
        purpose: input.purpose,
        status: 'draft',
        memberId: member.id,
        fromUnitId: member.unitId,
        toUnitId,
        externalReceiver,
        moveDate: input.moveDate,
        periodFrom: input.kind === 'temporary' ? (input.periodFrom ?? null) : null,
        periodTo: input.kind === 'temporary' ? (input.periodTo ?? null) : null,
        ...personOf(member),
        issueDueOn: issueDueOn(input.moveDate, calendar),
        note: input.note ?? null,
        createdBy: w.ctx.actor?.id ?? null,
      })
      .returning(),
  );
  if (!created) throw new Error('insert returned nothing');
  w.audit({
    action: 'transfer.started',
    entity: 'member_transfer',
    entityId: created.id,
    scopePath: member.unitPath,
    after: created,
  });
  return created;
}

/** A concurrent start for the same member hits the open-transfer index: the same 409 as the check, never a 500. */
async function openTransferGuard<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
      const { code, constraint, message } = e as { code?: unknown; constraint?: unknown; message?: unknown };
      if (
        code === '23505' &&
        `${String(constraint ?? '')} ${String(message ?? '')}`.includes('member_transfers_open_uq')
      )
        throw new AppError(409, 'TRANSFER_OPEN', { field: 'memberId', params: { name } });
      e = (e as { cause?: unknown }).cause;
    }
    throw error;
  }
}

const personOf = (m: NonNullable<Awaited<ReturnType<typeof findMember>>>) => ({
  fullName: m.fullName,
  birthDate: m.birthDate,
  sex: m.sex,
  citizenId: m.citizenId,
  admissionDate: m.admissionDate,
  officialDate: m.officialDate,
  cardNumber: m.cardNumber,
  recordNumber: m.recordNumber,
});

/** Records the letter of a member coming from an organisation outside the tree (waiting to be received). */
export async function recordIncoming(
  w: Writer,
  input: z.infer<typeof incomingTransferBody>,
  today: string,
): Promise<TransferRow> {
  const toUnit = await activeUnit(w.tx, input.toUnitId, 'toUnitId');
  assertPeriod(input);
  notAfterToday(input.letterDate, today, 'letterDate');
  // The record created on receipt must pass the register's rules: check them now, on the letter's fields.
  const [broken] = memberViolations(
    {
      birthDate: input.birthDate,
      admissionDate: input.admissionDate,
      officialDate: input.officialDate ?? null,
      status: input.officialDate ? 'official' : 'probationary',
      statusSince: input.officialDate ?? input.admissionDate,
    },
    today,
  );
  if (broken) {
    const params = { ...broken.params };
    if (typeof params.today === 'string') params.today = displayDate(params.today);
    throw new AppError(400, broken.code, {
      field: broken.field === 'statusSince' ? 'officialDate' : broken.field,
      params,
    });
  }
  const calendar = await calendarFrom(
    w.tx,
    input.moveDate < input.letterDate ? input.moveDate : input.letterDate,
  );
  const [created] = await w.tx
    .insert(memberTransfers)
    .values({
      kind: input.kind,
      purpose: input.purpose,
      status: 'issued',
      externalSender: input.externalSender,
      toUnitId: toUnit.id,
      moveDate: input.moveDate,
      periodFrom: input.kind === 'temporary' ? (input.periodFrom ?? null) : null,
      periodTo: input.kind === 'temporary' ? (input.periodTo ?? null) : null,
      fullName: input.fullName,
      birthDate: input.birthDate,
      sex: input.sex,
      citizenId: input.citizenId ?? null,
      admissionDate: input.admissionDate,
      officialDate: input.officialDate ?? null,
      cardNumber: input.cardNumber ?? null,
      recordNumber: input.recordNumber ?? null,
      letterNumber: input.letterNumber,
      letterDate: input.letterDate,
      duesPaidThrough: input.duesPaidThrough ?? null,
      issueDueOn: issueDueOn(input.moveDate, calendar),
      presentDueOn: presentDueOn(input.letterDate, await calendarFrom(w.tx, input.letterDate)),
      note: input.note ?? null,
      createdBy: w.ctx.actor?.id ?? null,
    })
    .returning();
  if (!created) throw new Error('insert returned nothing');
  w.audit({
    action: 'transfer.incoming_recorded',
    entity: 'member_transfer',
    entityId: created.id,
    scopePath: toUnit.path,
    after: created,
  });
  return created;
}

/** "12-GGT/CB": the letter's number in its issuer's yearly series, with the issuer's sign. */
export const letterNumberText = (seq: number, issuer: TransferUnit) =>
  `${seq}-GGT/${issuer.kind === 'cell' || issuer.kind === 'party_group' ? 'CB' : 'ĐU'}`;

/** Issues the letter of a draft: its number, date and the month dues are paid to; the deadlines follow. */
export async function issueTransfer(
  w: Writer,
  id: string,
  input: z.infer<typeof issueTransferBody>,
  today: string,
): Promise<TransferRow> {
  const before = await lockTransfer(w.tx, id, input.version);
  if (before.status !== 'draft' || !before.fromUnitId || !before.memberId)
    throw new AppError(409, 'TRANSFER_STATUS', { field: 'status' });
  notAfterToday(input.letterDate, today, 'letterDate');
  const from = await activeUnit(w.tx, before.fromUnitId, 'fromUnitId');
  const member = await findMember(w.tx, before.memberId);
  if (!member || member.unitId !== before.fromUnitId)
    throw new AppError(409, 'TRANSFER_MEMBER_ELSEWHERE', { field: 'memberId' });
  const calendar = await calendarFrom(
    w.tx,
    before.moveDate < input.letterDate ? before.moveDate : input.letterDate,
  );
  const late = issueIsLate(before.kind, before.moveDate, input.letterDate, calendar);
  if (late && !input.lateReason)
    throw new AppError(400, 'TRANSFER_LATE_ISSUE', {
      field: 'lateReason',
      params: {
        dueOn: displayDate(before.issueDueOn),
        days: transferRulesOn(before.moveDate).issueWithinWorkingDays,
      },
    });
  const year = Number(input.letterDate.slice(0, 4));
  // One series per issuing unit and year: numbering is serialised per series (held until commit).
  await w.tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`transfer-letter:${from.id}:${year}`}))`);
  let seq = input.letterSeq;
  if (seq === undefined) {
    const [last] = await w.tx
      .select({ n: max(memberTransfers.letterSeq) })
      .from(memberTransfers)
      .where(and(eq(memberTransfers.fromUnitId, from.id), eq(memberTransfers.letterYear, year)));
    seq = (last?.n ?? 0) + 1;
  } else {
    const [taken] = await w.tx
      .select({ id: memberTransfers.id })
      .from(memberTransfers)
      .where(
        and(
          eq(memberTransfers.fromUnitId, from.id),
          eq(memberTransfers.letterYear, year),
          eq(memberTransfers.letterSeq, seq),
        ),
      )
      .limit(1);
    if (taken)
      throw new AppError(409, 'TRANSFER_LETTER_TAKEN', {
        field: 'letterSeq',
        params: { number: letterNumberText(seq, from), year },
      });
  }
  const [after] = await w.tx
    .update(memberTransfers)
    .set({
      status: 'issued',
      ...personOf(member),
      letterYear: year,
      letterSeq: seq,
      letterNumber: letterNumberText(seq, from),
      letterDate: input.letterDate,
      letterPlace: input.letterPlace,
      duesPaidThrough: input.duesPaidThrough,
      presentDueOn: presentDueOn(input.letterDate, await calendarFrom(w.tx, input.letterDate)),
      lateReason: late ? (input.lateReason ?? null) : null,
      signerName: input.signerName,
      signerRole: input.signerRole,
      version: before.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(memberTransfers.id, id))
    .returning();
  if (!after) throw staleVersion();
  w.audit({
    action: 'transfer.issued',
    entity: 'member_transfer',
    entityId: id,
    scopePath: from.path,
    before,
    after,
    reason: after.lateReason,
  });
  return after;
}

/**
 * The receiving organisation takes the member in on a date (or, for a transfer out of the tree, the issuer
 * records that it was completed). An official transfer within the tree moves the member to the receiving
 * unit; one out of the tree marks them transferred out; one into the tree creates their record. A temporary
 * one leaves the register as it is: the member stays on the home cell's register and attends the receiving
 * cell until the end of the period.
 */
export async function receiveTransfer(
  w: Writer,
  access: MemberAccess,
  id: string,
  input: z.infer<typeof receiveTransferBody>,
  today: string,
): Promise<TransferRow> {
  const before = await lockTransfer(w.tx, id, input.version);
  if (before.status !== 'issued' || !before.letterDate)
    throw new AppError(409, 'TRANSFER_STATUS', { field: 'status' });
  notAfterToday(input.receivedOn, today, 'receivedOn');
  if (input.receivedOn < before.letterDate)
    throw new AppError(400, 'TRANSFER_RECEIVED_BEFORE_LETTER', {
      field: 'receivedOn',
      params: { date: displayDate(before.letterDate) },
    });
  const calendar = await calendarFrom(w.tx, before.letterDate);
  const late = receiptIsLate(before.letterDate, input.receivedOn, calendar);
  if (late && !input.note)
    throw new AppError(400, 'TRANSFER_LATE_RECEIPT', {
      field: 'note',
      params: {
        dueOn: displayDate(before.presentDueOn ?? before.letterDate),
        days: transferRulesOn(before.letterDate).presentWithinWorkingDays,
      },
    });
  let memberId = before.memberId;
  const reason = `Chuyển sinh hoạt đảng, giấy giới thiệu số ${before.letterNumber}`;
  if (before.kind === 'official') {
    if (before.memberId && before.toUnitId) {
      const member = await findMember(w.tx, before.memberId);
      if (!member || member.unitId !== before.fromUnitId)
        throw new AppError(409, 'TRANSFER_MEMBER_ELSEWHERE', { field: 'memberId' });
      await moveMember(
        w,
        member.id,
        { unitId: before.toUnitId, effectiveOn: input.receivedOn, reason, version: member.version },
        today,
      );
    } else if (before.memberId) {
      const member = await findMember(w.tx, before.memberId);
      if (!member || member.unitId !== before.fromUnitId)
        throw new AppError(409, 'TRANSFER_MEMBER_ELSEWHERE', { field: 'memberId' });
      await addStatusEvent(
        w,
        member.id,
        {
          status: 'transferred_out',
          effectiveOn: input.receivedOn,
          decisionRef: `GGT ${before.letterNumber}`,
          note: `Chuyển đến: ${before.externalReceiver}`,
          version: member.version,
        },
        today,
      );
    } else if (before.toUnitId) {
      const created = await createMember(
        w,
        access,
        {
          unitId: before.toUnitId,
          fullName: before.fullName,
          birthDate: before.birthDate,
          sex: before.sex,
          ethnicityCode: '01',
          religionCode: '00',
          citizenId: before.citizenId,
          admissionDate: before.admissionDate,
          officialDate: before.officialDate,
          cardNumber: before.cardNumber,
          recordNumber: before.recordNumber,
          status: before.officialDate ? 'official' : 'probationary',
        },
        today,
        { joinedOn: input.receivedOn },
      );
      memberId = created.id;
    }
  }
  const [after] = await w.tx
    .update(memberTransfers)
    .set({
      status: 'received',
      memberId,
      receivedOn: input.receivedOn,
      receivingNote: input.note ?? null,
      version: before.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(memberTransfers.id, id))
    .returning();
  if (!after) throw staleVersion();
  const paths = await unitPaths(w.tx, before);
  w.audit({
    action: 'transfer.received',
    entity: 'member_transfer',
    entityId: id,
    scopePath: auditScope(paths.to, paths.from),
    before,
    after,
    reason: input.note ?? null,
  });
  return after;
}

async function unitPaths(tx: Tx, row: TransferRow) {
  const from = row.fromUnitId ? await transferUnit(tx, row.fromUnitId) : null;
  const to = row.toUnitId ? await transferUnit(tx, row.toUnitId) : null;
  return { from: from?.path ?? null, to: to?.path ?? null };
}

export async function cancelTransfer(
  w: Writer,
  id: string,
  input: z.infer<typeof cancelTransferBody>,
): Promise<TransferRow> {
  const before = await lockTransfer(w.tx, id, input.version);
  if (before.status !== 'draft' && before.status !== 'issued')
    throw new AppError(409, 'TRANSFER_STATUS', { field: 'status' });
  const [after] = await w.tx
    .update(memberTransfers)
    .set({
      status: 'cancelled',
      cancelReason: input.reason,
      version: before.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(memberTransfers.id, id))
    .returning();
  if (!after) throw staleVersion();
  const paths = await unitPaths(w.tx, before);
  w.audit({
    action: 'transfer.cancelled',
    entity: 'member_transfer',
    entityId: id,
    scopePath: auditScope(paths.from, paths.to),
    before,
    after,
    reason: input.reason,
  });
  return after;
}
