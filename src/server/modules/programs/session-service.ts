import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { createSessionBody, updateSessionBody } from '../../../contracts/working-sessions';
import { shortDate } from '../../../domain/document-dates';
import type { Tx } from '../../db/client';
import { isInside } from '../../platform/access/grants';
import { AppError } from '../../platform/errors/app-error';
import { sanitizeRichText } from '../../platform/http/rich-text';
import type { Writer } from '../../platform/mutate';
import { documentForPrograms } from '../documents/for-programs';
import { todayIso } from '../org/calendar';
import { meetingUnit } from '../org/meeting-units-read';
import { workingSessions } from './schema';
import { lockSession, type SessionRow } from './session-access';
import { removeSessionTasks, sessionTaskFacts } from './session-tasks';

type CreateInput = z.infer<typeof createSessionBody>;
type UpdateInput = z.infer<typeof updateSessionBody>;

/** The unit the superior committee worked with: it must exist and still be active. */
export async function sessionUnit(tx: Tx, unitId: string) {
  const unit = await meetingUnit(tx, unitId);
  if (!unit) throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
  if (unit.dissolvedOn) throw new AppError(400, 'SESSION_UNIT_DISSOLVED', { field: 'unitId' });
  return unit;
}

/** A session records what was held: its date is today at the latest. */
function checkHeldOn(heldOn: string) {
  const today = todayIso();
  if (heldOn > today)
    throw new AppError(400, 'SESSION_DATE_IN_FUTURE', {
      field: 'heldOn',
      params: { today: shortDate(today) },
    });
}

/** The superior committee, when named as a unit of the tree, lies above the session's unit. */
async function checkSuperior(tx: Tx, superiorUnitId: string | null | undefined, unitPath: string) {
  if (!superiorUnitId) return;
  const superior = await meetingUnit(tx, superiorUnitId);
  if (!superior || superior.path === unitPath || !isInside(unitPath, superior.path))
    throw new AppError(400, 'SESSION_SUPERIOR_NOT_ANCESTOR', { field: 'superiorUnitId' });
}

/** The report presented is an entry of the unit's own document registry. */
async function checkReport(tx: Tx, documentId: string | null | undefined, unitPath: string) {
  if (!documentId) return;
  const doc = await documentForPrograms(tx, documentId);
  if (!doc || doc.ownerPath !== unitPath)
    throw new AppError(400, 'SESSION_REPORT_NOT_IN_REGISTRY', { field: 'reportDocumentId' });
}

const participants = (list: readonly { name: string; title?: string | null }[]) =>
  list.map((p) => ({ name: p.name, title: p.title ?? null }));

export async function createSession(w: Writer, input: CreateInput): Promise<SessionRow> {
  const unit = await sessionUnit(w.tx, input.unitId);
  checkHeldOn(input.heldOn);
  await checkSuperior(w.tx, input.superiorUnitId, unit.path);
  await checkReport(w.tx, input.reportDocumentId, unit.path);
  const [row] = await w.tx
    .insert(workingSessions)
    .values({
      unitId: unit.id,
      unitPath: unit.path,
      heldOn: input.heldOn,
      superiorName: input.superiorName,
      superiorUnitId: input.superiorUnitId ?? null,
      topic: input.topic,
      place: input.place ?? null,
      ourParticipants: participants(input.ourParticipants),
      theirParticipants: participants(input.theirParticipants),
      reportDocumentId: input.reportDocumentId ?? null,
      reportSummary: input.reportSummary ?? null,
      discussionHtml: sanitizeRichText(input.discussionHtml),
      createdBy: w.ctx.actor?.id ?? null,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  w.audit({
    action: 'working_session.created',
    entity: 'working_session',
    entityId: row.id,
    scopePath: unit.path,
    after: row,
  });
  return row;
}

/**
 * Changes the record of a session. Its date is copied into the tasks of its conclusions (their source date,
 * the earliest deadline), so it stays fixed once a conclusion has tasks.
 */
export async function updateSession(w: Writer, id: string, input: UpdateInput): Promise<SessionRow> {
  const before = await lockSession(w.tx, id, input.version);
  if (input.heldOn !== undefined && input.heldOn !== before.heldOn) {
    checkHeldOn(input.heldOn);
    if ((await sessionTaskFacts(w.tx, id)).count > 0)
      throw new AppError(409, 'SESSION_DATE_FIXED_BY_TASKS', { field: 'heldOn' });
  }
  if (input.superiorUnitId !== undefined) await checkSuperior(w.tx, input.superiorUnitId, before.unitPath);
  if (input.reportDocumentId !== undefined) await checkReport(w.tx, input.reportDocumentId, before.unitPath);
  const [row] = await w.tx
    .update(workingSessions)
    .set({
      heldOn: input.heldOn ?? before.heldOn,
      superiorName: input.superiorName ?? before.superiorName,
      superiorUnitId: input.superiorUnitId === undefined ? before.superiorUnitId : input.superiorUnitId,
      topic: input.topic ?? before.topic,
      place: input.place === undefined ? before.place : input.place,
      ourParticipants: input.ourParticipants ? participants(input.ourParticipants) : before.ourParticipants,
      theirParticipants: input.theirParticipants
        ? participants(input.theirParticipants)
        : before.theirParticipants,
      reportDocumentId:
        input.reportDocumentId === undefined ? before.reportDocumentId : input.reportDocumentId,
      reportSummary: input.reportSummary === undefined ? before.reportSummary : input.reportSummary,
      discussionHtml:
        input.discussionHtml === undefined ? before.discussionHtml : sanitizeRichText(input.discussionHtml),
      version: before.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(workingSessions.id, id))
    .returning();
  if (!row) throw new Error('update returned nothing');
  w.audit({
    action: 'working_session.updated',
    entity: 'working_session',
    entityId: id,
    scopePath: before.unitPath,
    before,
    after: row,
  });
  return row;
}

/** Removes a session recorded by mistake, with its conclusions and their tasks, while no task has progressed. */
export async function deleteSession(w: Writer, id: string, version: number): Promise<void> {
  const before = await lockSession(w.tx, id, version);
  const removed = await removeSessionTasks(w, id, null);
  await w.tx.delete(workingSessions).where(eq(workingSessions.id, id));
  w.audit({
    action: 'working_session.deleted',
    entity: 'working_session',
    entityId: id,
    scopePath: before.unitPath,
    before: { ...before, removedTasks: removed },
  });
}
