import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import { acceptedExtensions, sniffFile } from '../../platform/files/sniff';
import type { StagedFile } from '../../platform/files/store';
import { megabytes } from '../../platform/http/raw-upload';
import { mutate, type Writer } from '../../platform/mutate';
import { documentFiles } from './schema';

/** The raw request body as a checked upload: not empty, not too large, its bytes what its extension says. */
export async function checkedUpload(app: FastifyInstance, req: FastifyRequest, fileName: string) {
  const content = req.body;
  if (!Buffer.isBuffer(content)) throw new AppError(415, 'DOCUMENT_UPLOAD_TYPE', { field: 'body' });
  if (content.length === 0) throw new AppError(400, 'DOCUMENT_EMPTY', { field: 'body' });
  if (content.length > app.config.documentFileMaxBytes)
    throw new AppError(413, 'DOCUMENT_TOO_LARGE', {
      field: 'body',
      params: { max: megabytes(app.config.documentFileMaxBytes) },
    });
  const sniffed = await sniffFile(fileName, content);
  if (!sniffed.ok) {
    if (sniffed.reason === 'extension')
      throw new AppError(415, 'FILE_TYPE_NOT_ACCEPTED', {
        field: 'fileName',
        params: { extension: sniffed.extension || '—', accepted: acceptedExtensions.join(', ') },
      });
    throw new AppError(415, 'FILE_CONTENT_MISMATCH', {
      field: 'body',
      params: { extension: sniffed.extension },
    });
  }
  return { fileName, content, contentType: sniffed.contentType };
}

/**
 * Stores an upload and runs `work` with its file row in one audited transaction; the bytes reach their place
 * only if the transaction commits, so a refused or failed upload leaves neither a row nor a file.
 */
export async function withStoredFile<T>(
  app: FastifyInstance,
  req: FastifyRequest,
  upload: { fileName: string; content: Buffer; contentType: string },
  documentId: string | null,
  work: (w: Writer, fileId: string) => Promise<T>,
): Promise<T> {
  const staged: StagedFile = await app.files.stage(upload.content);
  try {
    return await mutate(app.db, req.ctx, async (w) => {
      const fileId = await insertFileRow(w.tx, staged, upload, documentId, w.ctx.actor?.id ?? null);
      const result = await work(w, fileId);
      await staged.keep();
      return result;
    });
  } catch (error) {
    await staged.discard();
    throw error;
  }
}

async function insertFileRow(
  tx: Tx,
  staged: StagedFile,
  upload: { fileName: string; contentType: string },
  documentId: string | null,
  uploadedBy: string | null,
): Promise<string> {
  const [row] = await tx
    .insert(documentFiles)
    .values({
      documentId,
      fileName: upload.fileName,
      contentType: upload.contentType,
      size: staged.file.size,
      sha256: staged.file.sha256,
      storageKey: staged.file.key,
      uploadedBy,
    })
    .returning({ id: documentFiles.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}
