import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { documents } from '../documents/schema';
import type { ProgramItemRow, ProgramRow } from './program-access';
import { workProgramItems, workPrograms } from './schema';

/** The facts of a registered document a program item needs (the documents module owns the table). */
export interface LinkedDocument {
  id: string;
  ownerUnitId: string;
  direction: string;
  type: string;
  status: string;
  issuedOn: string | null;
}

/** Issued (and later expired or superseded): the item is done on the issue date; a draft: in progress. */
const outcomeOf = (doc: LinkedDocument) =>
  doc.status === 'draft' || doc.status === 'approved'
    ? { status: 'in_progress' as const, doneOn: null }
    : { status: 'done' as const, doneOn: doc.issuedOn };

export async function documentForLink(tx: Tx, id: string): Promise<LinkedDocument | null> {
  const [row] = await tx
    .select({
      id: documents.id,
      ownerUnitId: documents.ownerUnitId,
      direction: documents.direction,
      type: documents.type,
      status: documents.status,
      issuedOn: documents.issuedOn,
    })
    .from(documents)
    .where(eq(documents.id, id))
    .limit(1);
  return row ?? null;
}

function assertLinkable(program: ProgramRow, item: ProgramItemRow, doc: LinkedDocument, field: string) {
  if (item.kind !== 'document') throw new AppError(400, 'PROGRAM_ITEM_NOT_DOCUMENT', { field });
  if (item.status === 'done' || item.status === 'cancelled')
    throw new AppError(409, 'PROGRAM_ITEM_STATUS', { field, params: { status: item.status } });
  if (doc.ownerUnitId !== program.unitId || doc.direction !== 'outgoing' || doc.type !== item.documentType)
    throw new AppError(400, 'PROGRAM_DOCUMENT_MISMATCH', { field });
  if (doc.status === 'withdrawn') throw new AppError(400, 'PROGRAM_DOCUMENT_WITHDRAWN', { field });
}

async function writeLink(w: Writer, program: ProgramRow, item: ProgramItemRow, doc: LinkedDocument) {
  const outcome = outcomeOf(doc);
  await w.tx
    .update(workProgramItems)
    .set({ documentId: doc.id, ...outcome, version: item.version + 1, updatedAt: new Date() })
    .where(eq(workProgramItems.id, item.id));
  w.audit({
    action: 'program.item_linked',
    entity: 'work_program_item',
    entityId: item.id,
    scopePath: program.unitPath,
    before: { status: item.status, documentId: item.documentId },
    after: { documentId: doc.id, ...outcome },
  });
}

/** Links a document of the program unit's registry to a planned-document item. */
export async function linkDocument(w: Writer, program: ProgramRow, item: ProgramItemRow, documentId: string) {
  const doc = await documentForLink(w.tx, documentId);
  if (!doc) throw new AppError(404, 'NOT_FOUND', { field: 'documentId' });
  assertLinkable(program, item, doc, 'documentId');
  await writeLink(w, program, item, doc);
}

/** Takes the document off the item: it is planned again (an issued document's "done" goes with it). */
export async function unlinkDocument(w: Writer, program: ProgramRow, item: ProgramItemRow) {
  if (!item.documentId) throw new AppError(404, 'NOT_FOUND', { field: 'documentId' });
  const status = item.status === 'cancelled' ? 'cancelled' : 'planned';
  await w.tx
    .update(workProgramItems)
    .set({ documentId: null, status, doneOn: null, version: item.version + 1, updatedAt: new Date() })
    .where(eq(workProgramItems.id, item.id));
  w.audit({
    action: 'program.item_unlinked',
    entity: 'work_program_item',
    entityId: item.id,
    scopePath: program.unitPath,
    before: { status: item.status, documentId: item.documentId, doneOn: item.doneOn },
    after: { status, documentId: null },
  });
}

/**
 * Called by the documents module when a draft is written for a program item ("Soạn dự thảo"): the item must
 * be an open planned document of the same unit and type.
 */
export async function linkNewDocumentToItem(w: Writer, itemId: string, doc: LinkedDocument) {
  const [found] = await w.tx
    .select({ item: workProgramItems, program: workPrograms })
    .from(workProgramItems)
    .innerJoin(workPrograms, eq(workPrograms.id, workProgramItems.programId))
    .where(eq(workProgramItems.id, itemId))
    .for('update')
    .limit(1);
  if (!found || found.item.documentId)
    throw new AppError(400, 'PROGRAM_ITEM_FOR_DRAFT', { field: 'programItemId' });
  try {
    assertLinkable(found.program, found.item, doc, 'programItemId');
  } catch {
    throw new AppError(400, 'PROGRAM_ITEM_FOR_DRAFT', { field: 'programItemId' });
  }
  await writeLink(w, found.program, found.item, doc);
}

/** Called by the documents module when a document is issued: the items it was written for are done. */
export async function completePlannedItems(w: Writer, documentId: string, issuedOn: string) {
  const done = await w.tx
    .update(workProgramItems)
    .set({
      status: 'done',
      doneOn: issuedOn,
      version: sql`${workProgramItems.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(workProgramItems.documentId, documentId),
        inArray(workProgramItems.status, ['planned', 'in_progress']),
      ),
    )
    .returning({ id: workProgramItems.id, programId: workProgramItems.programId });
  if (done.length === 0) return;
  const paths = await w.tx
    .select({ id: workPrograms.id, unitPath: workPrograms.unitPath })
    .from(workPrograms)
    .where(inArray(workPrograms.id, [...new Set(done.map((d) => d.programId))]));
  for (const item of done)
    w.audit({
      action: 'program.item_completed',
      entity: 'work_program_item',
      entityId: item.id,
      scopePath: paths.find((p) => p.id === item.programId)?.unitPath ?? null,
      after: { status: 'done', doneOn: issuedOn, documentId },
    });
}

/**
 * Called by the documents module when an issued document is withdrawn: the items it completed are open again
 * (planned, without the document), since what the program planned has not validly been issued.
 */
export async function reopenWithdrawnItems(w: Writer, documentId: string) {
  const reopened = await w.tx
    .update(workProgramItems)
    .set({
      status: 'planned',
      doneOn: null,
      documentId: null,
      version: sql`${workProgramItems.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(workProgramItems.documentId, documentId), eq(workProgramItems.status, 'done')))
    .returning({ id: workProgramItems.id, programId: workProgramItems.programId });
  if (reopened.length === 0) return;
  const paths = await w.tx
    .select({ id: workPrograms.id, unitPath: workPrograms.unitPath })
    .from(workPrograms)
    .where(inArray(workPrograms.id, [...new Set(reopened.map((d) => d.programId))]));
  for (const item of reopened)
    w.audit({
      action: 'program.item_reopened',
      entity: 'work_program_item',
      entityId: item.id,
      scopePath: paths.find((p) => p.id === item.programId)?.unitPath ?? null,
      before: { status: 'done', documentId },
      after: { status: 'planned', documentId: null },
    });
}
