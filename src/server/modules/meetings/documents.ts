import { and, eq } from 'drizzle-orm';
import { isLateDocument } from '../../../domain/meeting-rules';
import type { Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { rosterMembersByIds } from '../members/for-meetings';
import { meetingUnit } from '../org/meeting-units-read';
import { assertPlanned, lockMeeting } from './meeting-row';
import { noticeDocument } from './notices';
import { meetingAttendance, meetingDocuments } from './schema';

export const maxDocumentBytes = 20 * 1024 * 1024;

export interface UploadedFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/**
 * Attaches a document to a planned meeting and tells those called. A document that reaches them less than a
 * day before the meeting is kept, marked late (DOMAIN.md §4: documents at least 1 day before).
 */
export async function attachDocument(
  w: Writer,
  meetingId: string,
  file: UploadedFile,
  publicUrl: string,
  now: Date,
) {
  const meeting = await lockMeeting(w.tx, meetingId);
  assertPlanned(meeting);
  if (file.content.length === 0) throw new AppError(400, 'DOCUMENT_EMPTY', { field: 'body' });
  const late = isLateDocument(now, meeting.startsAt);
  const [row] = await w.tx
    .insert(meetingDocuments)
    .values({
      meetingId,
      fileName: file.fileName,
      contentType: file.contentType,
      size: file.content.length,
      content: file.content,
      late,
      attachedBy: w.ctx.actor?.id ?? null,
      attachedAt: now,
    })
    .returning({ id: meetingDocuments.id });
  if (!row) throw new Error('insert returned nothing');
  const unit = await meetingUnit(w.tx, meeting.unitId);
  w.audit({
    action: 'meeting.document_attached',
    entity: 'meeting',
    entityId: meetingId,
    scopePath: unit?.path ?? null,
    after: { documentId: row.id, fileName: file.fileName, size: file.content.length, late },
  });
  await noticeDocument(
    w,
    meeting,
    unit?.name ?? '',
    file.fileName,
    late,
    await calledUsers(w.tx, meetingId),
    publicUrl,
  );
  return row.id;
}

async function calledUsers(tx: Tx, meetingId: string): Promise<string[]> {
  const rows = await tx
    .select({ memberId: meetingAttendance.memberId })
    .from(meetingAttendance)
    .where(eq(meetingAttendance.meetingId, meetingId));
  const members = await rosterMembersByIds(
    tx,
    rows.map((r) => r.memberId),
  );
  return members.flatMap((m) => (m.userId ? [m.userId] : []));
}

export async function removeDocument(w: Writer, meetingId: string, documentId: string) {
  const meeting = await lockMeeting(w.tx, meetingId);
  assertPlanned(meeting);
  const [row] = await w.tx
    .delete(meetingDocuments)
    .where(and(eq(meetingDocuments.id, documentId), eq(meetingDocuments.meetingId, meetingId)))
    .returning({ id: meetingDocuments.id, fileName: meetingDocuments.fileName });
  if (!row) throw new AppError(404, 'NOT_FOUND');
  const unit = await meetingUnit(w.tx, meeting.unitId);
  w.audit({
    action: 'meeting.document_removed',
    entity: 'meeting',
    entityId: meetingId,
    scopePath: unit?.path ?? null,
    before: row,
  });
}

export async function documentFile(tx: Tx, meetingId: string, documentId: string) {
  const [row] = await tx
    .select()
    .from(meetingDocuments)
    .where(and(eq(meetingDocuments.id, documentId), eq(meetingDocuments.meetingId, meetingId)))
    .limit(1);
  if (!row) throw new AppError(404, 'NOT_FOUND');
  return row;
}
