import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import type { DocumentRow } from './access';
import { documentFiles } from './schema';

export async function fileOf(tx: Tx, documentId: string, fileId: string) {
  const [row] = await tx
    .select()
    .from(documentFiles)
    .where(and(eq(documentFiles.id, fileId), eq(documentFiles.documentId, documentId)))
    .limit(1);
  if (!row) throw new AppError(404, 'NOT_FOUND');
  return row;
}

export function auditAttached(
  w: Writer,
  document: DocumentRow,
  fileId: string,
  upload: { fileName: string; content: Buffer },
) {
  w.audit({
    action: 'document.file_attached',
    entity: 'document',
    entityId: document.id,
    scopePath: document.ownerPath,
    after: { fileId, fileName: upload.fileName, size: upload.content.length },
  });
}

/** Removes the row; returns the store key, whose file the caller deletes once the transaction has committed. */
export async function removeFile(w: Writer, document: DocumentRow, fileId: string): Promise<string> {
  const [row] = await w.tx
    .delete(documentFiles)
    .where(and(eq(documentFiles.id, fileId), eq(documentFiles.documentId, document.id)))
    .returning();
  if (!row) throw new AppError(404, 'NOT_FOUND');
  w.audit({
    action: 'document.file_removed',
    entity: 'document',
    entityId: document.id,
    scopePath: document.ownerPath,
    before: { fileId, fileName: row.fileName, sha256: row.sha256 },
  });
  return row.storageKey;
}

/** A stored file by id, for modules that attach files of their own (task progress reports). */
export async function storedFile(tx: Tx, fileId: string) {
  const [row] = await tx.select().from(documentFiles).where(eq(documentFiles.id, fileId)).limit(1);
  if (!row) throw new AppError(404, 'NOT_FOUND');
  return row;
}
