import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { users } from '../../platform/auth/schema';
import { AppError } from '../../platform/errors/app-error';
import { documentFiles } from '../documents/schema';
import { taskUpdates } from './schema';

/** A task's progress reports, newest first, with who wrote them and their file. */
export async function taskUpdatesOf(tx: Tx, taskId: string) {
  const rows = await tx
    .select({
      id: taskUpdates.id,
      progress: taskUpdates.progress,
      note: taskUpdates.note,
      fileId: documentFiles.id,
      fileName: documentFiles.fileName,
      size: documentFiles.size,
      by: users.fullName,
      at: taskUpdates.createdAt,
    })
    .from(taskUpdates)
    .leftJoin(documentFiles, eq(documentFiles.id, taskUpdates.fileId))
    .leftJoin(users, eq(users.id, taskUpdates.createdBy))
    .where(eq(taskUpdates.taskId, taskId))
    .orderBy(desc(taskUpdates.createdAt), desc(taskUpdates.id));
  return rows.map((r) => ({
    id: r.id,
    progress: r.progress,
    note: r.note,
    file: r.fileId ? { id: r.fileId, fileName: r.fileName as string, size: r.size as number } : null,
    by: r.by,
    at: r.at.toISOString(),
  }));
}

/** The file of one of the task's progress reports (404 when it belongs to another task). */
export async function taskUpdateFileId(tx: Tx, taskId: string, fileId: string): Promise<string> {
  const [row] = await tx
    .select({ fileId: taskUpdates.fileId })
    .from(taskUpdates)
    .where(and(eq(taskUpdates.taskId, taskId), eq(taskUpdates.fileId, fileId)))
    .limit(1);
  if (!row?.fileId) throw new AppError(404, 'NOT_FOUND');
  return row.fileId;
}
