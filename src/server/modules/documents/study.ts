import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { assignStudyBody, recordStudyBody } from '../../../contracts/documents';
import { queryRows } from '../../db/client';
import { isInside } from '../../platform/access/grants';
import { usersWithRoleAtAny } from '../../platform/auth/role-holders';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { meetingFacts } from '../meetings/for-documents';
import { calledMembersUnder } from '../members/for-documents';
import { membersCalledIn } from '../members/for-meetings';
import { displayDate, todayIso } from '../org/calendar';
import { type StudyUnit, studyCellsUnder, studyUnit } from '../org/for-documents';
import { documentFiles, documentReads, studyAssignments, studyAttendees, studyTargets } from './schema';
import type { StudyDocument, TargetFacts } from './study-access';
import { noticeAssigned, noticeReminder } from './study-notices';

/** The cells a request names (or every cell under `allCellsOf`): active, holding members, under `unit`. */
async function targetCells(
  w: Writer,
  unit: StudyUnit,
  body: z.infer<typeof assignStudyBody>,
): Promise<StudyUnit[]> {
  if (body.allCellsOf) {
    const under = await studyUnit(w.tx, body.allCellsOf);
    if (!under || !isInside(under.path, unit.path) || under.dissolvedOn)
      throw new AppError(400, 'STUDY_CELL_NOT_UNDER', { field: 'allCellsOf', params: { unit: unit.name } });
    const cells = await studyCellsUnder(w.tx, under.path);
    if (cells.length === 0)
      throw new AppError(400, 'STUDY_NO_CELLS', { field: 'allCellsOf', params: { unit: under.name } });
    return cells;
  }
  const ids = [...new Set(body.cellIds ?? [])];
  const cells = await studyCellsUnder(w.tx, unit.path, ids);
  if (cells.length !== ids.length)
    throw new AppError(400, 'STUDY_CELL_NOT_UNDER', { field: 'cellIds', params: { unit: unit.name } });
  return cells;
}

/**
 * Assigns a document for study. One assignment per document and assigning unit: assigning again adds the new
 * cells to it and sets the deadline (and the note, when given). The secretaries of each new cell are told.
 */
export async function assignStudy(
  w: Writer,
  doc: StudyDocument,
  unit: StudyUnit,
  body: z.infer<typeof assignStudyBody>,
  publicUrl: string,
): Promise<string> {
  if (doc.confidentiality !== 'normal') throw new AppError(409, 'STUDY_DOCUMENT_CLASSIFIED');
  if (doc.status !== 'issued') throw new AppError(409, 'STUDY_DOCUMENT_NOT_ISSUED');
  const today = todayIso();
  if (body.dueOn < today)
    throw new AppError(400, 'STUDY_DUE_PAST', { field: 'dueOn', params: { today: displayDate(today) } });
  const cells = await targetCells(w, unit, body);

  const [before] = await w.tx
    .select({ id: studyAssignments.id, dueOn: studyAssignments.dueOn, note: studyAssignments.note })
    .from(studyAssignments)
    .where(and(eq(studyAssignments.documentId, doc.id), eq(studyAssignments.unitId, unit.id)))
    .limit(1);
  const [assignment] = await w.tx
    .insert(studyAssignments)
    .values({
      documentId: doc.id,
      unitId: unit.id,
      unitPath: unit.path,
      dueOn: body.dueOn,
      note: body.note ?? null,
      createdBy: w.ctx.actor?.id ?? null,
    })
    .onConflictDoUpdate({
      target: [studyAssignments.documentId, studyAssignments.unitId],
      set: { dueOn: body.dueOn, ...(body.note !== undefined ? { note: body.note } : {}) },
    })
    .returning({ id: studyAssignments.id, dueOn: studyAssignments.dueOn, note: studyAssignments.note });
  if (!assignment) throw new Error('upsert returned nothing');

  const added = await w.tx
    .insert(studyTargets)
    .values(cells.map((c) => ({ assignmentId: assignment.id, unitId: c.id, unitPath: c.path })))
    .onConflictDoNothing({ target: [studyTargets.assignmentId, studyTargets.unitId] })
    .returning({ unitId: studyTargets.unitId });

  const secretaries = await usersWithRoleAtAny(
    w.tx,
    added.map((a) => a.unitId),
    ['cell_secretary'],
  );
  await noticeAssigned(w, secretaries, doc, unit.name, assignment.id, body, publicUrl);
  w.audit({
    action: before ? 'study.extended' : 'study.assigned',
    entity: 'study_assignment',
    entityId: assignment.id,
    scopePath: unit.path,
    before: before ? { dueOn: before.dueOn, note: before.note } : null,
    after: {
      documentId: doc.id,
      unitId: unit.id,
      dueOn: assignment.dueOn,
      note: assignment.note,
      addedCells: added.map((a) => a.unitId),
    },
  });
  return assignment.id;
}

/**
 * Records a cell's study session: the date, and who attended — a meeting's present members when a meeting is
 * given, else the members named. Replaces the attendance recorded before; the version guards the row.
 */
export async function recordStudy(
  w: Writer,
  target: TargetFacts,
  unitName: string,
  body: z.infer<typeof recordStudyBody>,
): Promise<void> {
  const today = todayIso();
  if (body.studiedOn > today)
    throw new AppError(400, 'STUDY_DATE_IN_FUTURE', {
      field: 'studiedOn',
      params: { today: displayDate(today) },
    });
  const assignedOn = todayIso(target.assignedAt);
  if (body.studiedOn < assignedOn)
    throw new AppError(400, 'STUDY_BEFORE_ASSIGNED', {
      field: 'studiedOn',
      params: { date: displayDate(assignedOn) },
    });

  let attendees: string[];
  if (body.meetingId) {
    const meeting = await meetingFacts(w.tx, body.meetingId);
    if (!meeting || meeting.unitId !== target.unitId || meeting.bodyId)
      throw new AppError(400, 'STUDY_MEETING_NOT_OF_CELL', {
        field: 'meetingId',
        params: { unit: unitName },
      });
    if (meeting.status === 'cancelled')
      throw new AppError(400, 'STUDY_MEETING_CANCELLED', { field: 'meetingId' });
    if (meeting.date !== body.studiedOn)
      throw new AppError(400, 'STUDY_MEETING_DATE', {
        field: 'studiedOn',
        params: { date: displayDate(meeting.date) },
      });
    attendees = meeting.presentMemberIds;
  } else {
    attendees = [...new Set(body.presentMemberIds)];
    const called = new Set((await membersCalledIn(w.tx, target.unitPath)).map((m) => m.id));
    if (attendees.some((id) => !called.has(id)))
      throw new AppError(400, 'STUDY_NOT_CELL_MEMBER', {
        field: 'presentMemberIds',
        params: { unit: unitName },
      });
  }

  const [before] = await w.tx.select().from(studyTargets).where(eq(studyTargets.id, target.id)).limit(1);
  const [updated] = await w.tx
    .update(studyTargets)
    .set({
      studiedOn: body.studiedOn,
      meetingId: body.meetingId ?? null,
      presentCount: attendees.length,
      note: body.note === undefined ? sql`${studyTargets.note}` : body.note,
      recordedBy: w.ctx.actor?.id ?? null,
      recordedAt: new Date(),
      version: sql`${studyTargets.version} + 1`,
    })
    .where(and(eq(studyTargets.id, target.id), eq(studyTargets.version, body.version)))
    .returning({ version: studyTargets.version, note: studyTargets.note });
  if (!updated) throw staleVersion();
  await w.tx.delete(studyAttendees).where(eq(studyAttendees.targetId, target.id));
  if (attendees.length > 0)
    await w.tx
      .insert(studyAttendees)
      .values(attendees.map((memberId) => ({ targetId: target.id, memberId })));
  w.audit({
    action: 'study.recorded',
    entity: 'study_target',
    entityId: target.id,
    scopePath: target.unitPath,
    before: before
      ? { studiedOn: before.studiedOn, meetingId: before.meetingId, presentCount: before.presentCount }
      : null,
    after: {
      studiedOn: body.studiedOn,
      meetingId: body.meetingId ?? null,
      presentCount: attendees.length,
      late: body.studiedOn > target.dueOn,
      note: updated.note,
      version: updated.version,
    },
  });
}

/**
 * Makes an uploaded file the cell's implementation plan. Returns the storage key of the plan it replaced (its
 * row is deleted here; the caller removes its bytes once the transaction has committed).
 */
export async function setPlan(w: Writer, target: TargetFacts, fileId: string): Promise<string | null> {
  // Locked, so two uploads at once replace one another in turn and no file row is left unreferenced.
  const [current] = await w.tx
    .select({ planFileId: studyTargets.planFileId })
    .from(studyTargets)
    .where(eq(studyTargets.id, target.id))
    .for('update');
  const previous = current?.planFileId ?? null;
  await w.tx.update(studyTargets).set({ planFileId: fileId }).where(eq(studyTargets.id, target.id));
  let replacedKey: string | null = null;
  if (previous) {
    const [old] = await w.tx
      .delete(documentFiles)
      .where(eq(documentFiles.id, previous))
      .returning({ key: documentFiles.storageKey, fileName: documentFiles.fileName });
    replacedKey = old?.key ?? null;
  }
  const [file] = await w.tx
    .select({ fileName: documentFiles.fileName, size: documentFiles.size, sha256: documentFiles.sha256 })
    .from(documentFiles)
    .where(eq(documentFiles.id, fileId));
  w.audit({
    action: 'study.plan_uploaded',
    entity: 'study_target',
    entityId: target.id,
    scopePath: target.unitPath,
    before: previous ? { planFileId: previous } : null,
    after: { planFileId: fileId, ...file },
  });
  return replacedKey;
}

/** A member confirms having read a document; the first confirmation stands. */
export async function confirmRead(w: Writer, documentId: string, memberId: string): Promise<void> {
  const inserted = await w.tx
    .insert(documentReads)
    .values({ documentId, memberId })
    .onConflictDoNothing()
    .returning({ readAt: documentReads.readAt });
  const first = inserted[0];
  if (first)
    w.audit({
      action: 'document.read_confirmed',
      entity: 'document',
      entityId: documentId,
      after: { memberId, readAt: first.readAt.toISOString() },
    });
}

/**
 * Reminds the cells of an assignment that have not recorded their study: their secretaries, and their members
 * (with an account) who have not confirmed reading — each user once. Returns how many were notified.
 */
export async function remindStudy(
  w: Writer,
  assignment: { id: string; documentId: string; unitPath: string; dueOn: string; unitName: string },
  doc: Pick<StudyDocument, 'numberText' | 'summary'>,
  publicUrl: string,
): Promise<number> {
  const pending = await w.tx
    .select({ unitId: studyTargets.unitId })
    .from(studyTargets)
    .where(and(eq(studyTargets.assignmentId, assignment.id), sql`${studyTargets.studiedOn} is null`));
  const secretaries = await usersWithRoleAtAny(
    w.tx,
    pending.map((p) => p.unitId),
    ['cell_secretary'],
  );
  const unread = await queryRows<{ user_id: string }>(
    w.tx,
    sql`select distinct c.user_id from ${studyTargets} t
      cross join lateral ${calledMembersUnder(sql`t.unit_path`)} c
      where t.assignment_id = ${assignment.id} and t.studied_on is null and c.user_id is not null
        and not exists (select 1 from ${documentReads} r where r.document_id = ${assignment.documentId} and r.member_id = c.member_id)`,
  );
  const userIds = [...new Set([...secretaries, ...unread.map((u) => u.user_id)])];
  await noticeReminder(w, userIds, doc, assignment, publicUrl);
  w.audit({
    action: 'study.reminded',
    entity: 'study_assignment',
    entityId: assignment.id,
    scopePath: assignment.unitPath,
    after: { pendingCells: pending.length, notified: userIds.length },
  });
  return userIds.length;
}
