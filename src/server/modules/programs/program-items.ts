import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  createProgramItemBody,
  programItemStatusBody,
  updateProgramItemBody,
} from '../../../contracts/programs';
import { dueDateOf } from '../../../domain/program-periods';
import type { Tx } from '../../db/client';
import { isInside } from '../../platform/access/grants';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { memberPlaces } from '../members/for-programs';
import { unitBody } from '../org/meeting-units-read';
import type { ProgramItemRow, ProgramRow } from './program-access';
import { workProgramItems } from './schema';

type ItemFields = z.infer<typeof createProgramItemBody>;

/** What an item looks like after an edit, checked against its program: period, type, who is responsible. */
async function checkedFields(tx: Tx, program: ProgramRow, f: ItemFields) {
  const month = f.dueMonth ?? null;
  const quarter = f.dueQuarter ?? null;
  if ((month === null) === (quarter === null))
    throw new AppError(400, 'PROGRAM_PERIOD_REQUIRED', { field: month === null ? 'dueMonth' : 'dueQuarter' });
  const documentType = f.kind === 'document' ? (f.documentType ?? null) : null;
  if (f.kind === 'document' && !documentType)
    throw new AppError(400, 'PROGRAM_DOCUMENT_TYPE_REQUIRED', { field: 'documentType' });
  if (f.responsibleBodyId) {
    const body = await unitBody(tx, f.responsibleBodyId);
    if (!body || body.unitId !== program.unitId)
      throw new AppError(400, 'PROGRAM_RESPONSIBLE_BODY', { field: 'responsibleBodyId' });
  }
  const member = f.responsibleMemberId
    ? (await memberPlaces(tx, [f.responsibleMemberId])).get(f.responsibleMemberId)
    : null;
  if (f.responsibleMemberId && !(member && isInside(member.unitPath, program.unitPath)))
    throw new AppError(400, 'PROGRAM_RESPONSIBLE_MEMBER', { field: 'responsibleMemberId' });
  return {
    kind: f.kind,
    documentType,
    title: f.title,
    dueMonth: month,
    dueQuarter: quarter,
    dueOn: dueDateOf(program.year, month !== null ? { month } : { quarter: quarter as number }),
    responsibleBodyId: f.responsibleBodyId ?? null,
    responsibleMemberId: f.responsibleMemberId ?? null,
    responsibleText: f.responsibleText ?? null,
    note: f.note ?? null,
  };
}

const auditItem = (
  w: Writer,
  program: ProgramRow,
  action: string,
  id: string,
  before: unknown,
  after: unknown,
) =>
  w.audit({ action, entity: 'work_program_item', entityId: id, scopePath: program.unitPath, before, after });

export async function addItem(w: Writer, program: ProgramRow, input: ItemFields): Promise<string> {
  const values = await checkedFields(w.tx, program, input);
  const [last] = await w.tx
    .select({ n: sql<number>`coalesce(max(${workProgramItems.position}), 0)::int` })
    .from(workProgramItems)
    .where(eq(workProgramItems.programId, program.id));
  const [row] = await w.tx
    .insert(workProgramItems)
    .values({ ...values, programId: program.id, position: Number(last?.n ?? 0) + 1 })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  auditItem(w, program, 'program.item_added', row.id, null, row);
  return row.id;
}

export async function updateItem(
  w: Writer,
  program: ProgramRow,
  before: ProgramItemRow,
  input: z.infer<typeof updateProgramItemBody>,
) {
  const pick = <K extends keyof ItemFields & keyof ProgramItemRow>(k: K) =>
    (input[k] !== undefined ? input[k] : before[k]) as ItemFields[K];
  const merged: ItemFields = {
    kind: pick('kind'),
    documentType: pick('documentType'),
    title: pick('title'),
    dueMonth:
      input.dueMonth !== undefined || input.dueQuarter !== undefined
        ? (input.dueMonth ?? null)
        : before.dueMonth,
    dueQuarter:
      input.dueMonth !== undefined || input.dueQuarter !== undefined
        ? (input.dueQuarter ?? null)
        : before.dueQuarter,
    responsibleBodyId: pick('responsibleBodyId'),
    responsibleMemberId: pick('responsibleMemberId'),
    responsibleText: pick('responsibleText'),
    note: pick('note'),
  };
  const values = await checkedFields(w.tx, program, merged);
  if (before.documentId && (values.kind !== before.kind || values.documentType !== before.documentType))
    throw new AppError(400, 'PROGRAM_ITEM_HAS_DOCUMENT', { field: 'documentType' });
  const [after] = await w.tx
    .update(workProgramItems)
    .set({ ...values, version: before.version + 1, updatedAt: new Date() })
    .where(eq(workProgramItems.id, before.id))
    .returning();
  auditItem(w, program, 'program.item_updated', before.id, before, after);
}

export async function deleteItem(w: Writer, program: ProgramRow, before: ProgramItemRow) {
  if (before.status === 'done') throw new AppError(409, 'PROGRAM_ITEM_DONE_UNDELETABLE');
  await w.tx.delete(workProgramItems).where(eq(workProgramItems.id, before.id));
  auditItem(w, program, 'program.item_deleted', before.id, before, null);
}

/**
 * Sets an item's status by hand. Done needs the day (not after today, not before the program's year); a
 * planned document is done only by issuing its document; cancelling needs a reason.
 */
export async function setItemStatus(
  w: Writer,
  program: ProgramRow,
  before: ProgramItemRow,
  input: z.infer<typeof programItemStatusBody>,
  today: string,
) {
  let doneOn: string | null = null;
  if (input.status === 'done') {
    if (before.kind === 'document')
      throw new AppError(400, 'PROGRAM_ITEM_DONE_BY_DOCUMENT', { field: 'status' });
    doneOn = input.doneOn ?? today;
    if (doneOn > today) throw new AppError(400, 'PROGRAM_DONE_IN_FUTURE', { field: 'doneOn' });
    if (doneOn < `${program.year}-01-01`)
      throw new AppError(400, 'PROGRAM_DONE_BEFORE_YEAR', {
        field: 'doneOn',
        params: { year: program.year },
      });
  } else if (input.status === 'cancelled') {
    if (!input.reason) throw new AppError(400, 'PROGRAM_CANCEL_REASON', { field: 'reason' });
  } else if (before.documentId) {
    throw new AppError(400, 'PROGRAM_ITEM_HAS_DOCUMENT', { field: 'status' });
  }
  const [after] = await w.tx
    .update(workProgramItems)
    .set({
      status: input.status,
      doneOn,
      cancelReason: input.status === 'cancelled' ? (input.reason ?? null) : null,
      version: before.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(workProgramItems.id, before.id))
    .returning();
  w.audit({
    action: 'program.item_status',
    entity: 'work_program_item',
    entityId: before.id,
    scopePath: program.unitPath,
    before: { status: before.status, doneOn: before.doneOn },
    after: { status: after?.status, doneOn: after?.doneOn },
    reason: input.reason ?? null,
  });
}
