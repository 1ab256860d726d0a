import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  classifyPetitionBody,
  createPetitionBody,
  forwardPetitionBody,
  petitionAnswerBody,
  replyPetitionBody,
} from '../../../contracts/petitions';
import { isInside } from '../../platform/access/grants';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { displayDate, todayIso } from '../org/calendar';
import type { PetitionUnit } from '../org/for-petitions';
import type { PetitionRow } from './petition-access';
import { noticeProgress, noticeSubmitted } from './petition-notices';
import { petitionEvents, petitions } from './schema';

export interface NewPetition {
  body: z.infer<typeof createPetitionBody>;
  from: PetitionUnit;
  to: PetitionUnit;
  /** Set when sent in a member's own name. */
  memberId: string | null;
  /** Shown to the addressed committee as the sender: the member's or the cell's name. */
  senderName: string;
}

/** Registers a petition sent upward; received today by the addressed committee, which is told. */
export async function createPetition(
  w: Writer,
  input: NewPetition,
  publicUrl: string,
  receivedOn: string = todayIso(),
): Promise<string> {
  const { body, from, to } = input;
  if (from.dissolvedOn) throw new AppError(400, 'PETITION_UNIT_DISSOLVED', { field: 'fromUnitId' });
  if (to.path === from.path || !isInside(from.path, to.path))
    throw new AppError(400, 'PETITION_NOT_SUPERIOR', { field: 'toUnitId', params: { unit: from.name } });
  const [row] = await w.tx
    .insert(petitions)
    .values({
      kind: body.kind,
      fromUnitId: from.id,
      fromPath: from.path,
      fromMemberId: input.memberId,
      submittedBy: w.ctx.actor?.id ?? null,
      toUnitId: to.id,
      toPath: to.path,
      subject: body.subject,
      content: body.content,
      receivedOn,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await w.tx
    .insert(petitionEvents)
    .values({ petitionId: row.id, kind: 'submitted', on: receivedOn, by: w.ctx.actor?.id ?? null });
  await noticeSubmitted(w, row, input.senderName, to.id, publicUrl);
  w.audit({
    action: 'petition.submitted',
    entity: 'petition',
    entityId: row.id,
    scopePath: to.path,
    after: {
      kind: row.kind,
      fromUnitId: from.id,
      fromMemberId: input.memberId,
      toUnitId: to.id,
      subject: row.subject,
    },
  });
  return row.id;
}

/** A date of a step: not after today, not before `earliest` (named by `what` in the message). */
function checkDate(field: string, value: string, earliest: { date: string; what: string; whatEn: string }) {
  const today = todayIso();
  if (value > today)
    throw new AppError(400, 'PETITION_DATE_IN_FUTURE', { field, params: { today: displayDate(today) } });
  if (value < earliest.date)
    throw new AppError(400, 'PETITION_DATE_TOO_EARLY', {
      field,
      params: { what: earliest.what, whatEn: earliest.whatEn, date: displayDate(earliest.date) },
    });
}

function refuseClosed(row: PetitionRow) {
  if (row.status === 'resolved') throw new AppError(409, 'PETITION_CLOSED');
}

/**
 * Applies one handling step: the row changes only at the version the user saw; an event row records it, the
 * audit log keeps before and after, and the originator is told.
 */
async function applyStep(
  w: Writer,
  row: PetitionRow,
  version: number,
  changes: Partial<typeof petitions.$inferInsert>,
  event: { kind: (typeof petitionEvents.$inferInsert)['kind']; on: string; note: string | null },
  publicUrl: string,
): Promise<void> {
  if (version !== row.version) throw staleVersion();
  const [after] = await w.tx
    .update(petitions)
    .set({ ...changes, version: row.version + 1, updatedAt: new Date() })
    .where(and(eq(petitions.id, row.id), eq(petitions.version, version)))
    .returning();
  if (!after) throw staleVersion();
  await w.tx.insert(petitionEvents).values({
    petitionId: row.id,
    kind: event.kind,
    on: event.on,
    note: event.note,
    by: w.ctx.actor?.id ?? null,
  });
  const pick = (r: PetitionRow) =>
    Object.fromEntries(Object.keys(changes).map((k) => [k, r[k as keyof PetitionRow]]));
  w.audit({
    action: `petition.${event.kind}`,
    entity: 'petition',
    entityId: row.id,
    scopePath: row.toPath,
    before: pick(row),
    after: pick(after),
  });
  await noticeProgress(w, after, publicUrl);
}

/**
 * Classifies a received petition by authority. Within: this committee handles it (status `handling`).
 * Beyond: the status stays `received` with authority `beyond` until the forward step records where and when
 * it went — "forwarded" is a fact with a date and an addressee, not a decision.
 */
export async function classifyPetition(
  w: Writer,
  row: PetitionRow,
  body: z.infer<typeof classifyPetitionBody>,
  publicUrl: string,
  on: string = todayIso(),
) {
  refuseClosed(row);
  if (row.status !== 'received' || row.authority) throw new AppError(409, 'PETITION_ALREADY_CLASSIFIED');
  await applyStep(
    w,
    row,
    body.version,
    { authority: body.authority, status: body.authority === 'within' ? 'handling' : 'received' },
    { kind: 'classified', on, note: body.note ?? null },
    publicUrl,
  );
}

/** Records that a petition beyond this committee's authority went to the superior level. */
export async function forwardPetition(
  w: Writer,
  row: PetitionRow,
  body: z.infer<typeof forwardPetitionBody>,
  publicUrl: string,
) {
  refuseClosed(row);
  if (row.authority !== 'beyond' || row.status !== 'received')
    throw new AppError(409, 'PETITION_NOT_TO_FORWARD');
  checkDate('forwardedOn', body.forwardedOn, {
    date: row.receivedOn,
    what: 'ngày tiếp nhận',
    whatEn: 'date received',
  });
  await applyStep(
    w,
    row,
    body.version,
    { status: 'forwarded', forwardedTo: body.forwardedTo, forwardedOn: body.forwardedOn },
    {
      kind: 'forwarded',
      on: body.forwardedOn,
      note: [body.forwardedTo, body.note].filter(Boolean).join(' — '),
    },
    publicUrl,
  );
}

/** Records the superior's answer to a forwarded petition (once); the reply to the originator follows. */
export async function recordPetitionAnswer(
  w: Writer,
  row: PetitionRow,
  body: z.infer<typeof petitionAnswerBody>,
  publicUrl: string,
) {
  refuseClosed(row);
  if (row.status !== 'forwarded' || !row.forwardedOn) throw new AppError(409, 'PETITION_NOT_FORWARDED');
  if (row.superiorAnswer) throw new AppError(409, 'PETITION_ANSWER_RECORDED');
  checkDate('answeredOn', body.answeredOn, {
    date: row.forwardedOn,
    what: 'ngày chuyển cấp trên',
    whatEn: 'date forwarded',
  });
  await applyStep(
    w,
    row,
    body.version,
    { superiorAnswer: body.answer, answeredOn: body.answeredOn },
    { kind: 'answer_received', on: body.answeredOn, note: body.answer },
    publicUrl,
  );
}

/**
 * Replies to the originator and closes the petition: one within the authority while it is handled, one
 * beyond it once the superior's answer is recorded. A closed petition takes no second reply.
 */
export async function replyToPetition(
  w: Writer,
  row: PetitionRow,
  body: z.infer<typeof replyPetitionBody>,
  publicUrl: string,
) {
  refuseClosed(row);
  const ready = row.status === 'handling' || (row.status === 'forwarded' && row.superiorAnswer !== null);
  if (!ready) throw new AppError(409, 'PETITION_NOT_READY_TO_REPLY');
  const earliest = row.answeredOn
    ? { date: row.answeredOn, what: 'ngày nhận ý kiến cấp trên', whatEn: 'date of the answer' }
    : { date: row.receivedOn, what: 'ngày tiếp nhận', whatEn: 'date received' };
  checkDate('repliedOn', body.repliedOn, earliest);
  await applyStep(
    w,
    row,
    body.version,
    { status: 'resolved', reply: body.reply, repliedOn: body.repliedOn },
    { kind: 'replied', on: body.repliedOn, note: body.reply },
    publicUrl,
  );
}
