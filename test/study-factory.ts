import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../src/server/db/client';
import { documentFiles, studyAssignments, studyTargets } from '../src/server/modules/documents/schema';
import { addDays, todayIso } from '../src/server/modules/org/calendar';
import { units } from '../src/server/modules/org/schema';
import type { FileStore } from '../src/server/platform/files/store';

/** A study assignment of a document by a unit to cells, put straight into the tables (due in 30 days). */
export async function studyRow(db: Db, documentId: string, unitId: string, cellIds: readonly string[]) {
  const rows = await db
    .select({ id: units.id, path: units.path })
    .from(units)
    .where(inArray(units.id, [unitId, ...cellIds]));
  const path = (id: string) => rows.find((r) => r.id === id)?.path as string;
  const [assignment] = await db
    .insert(studyAssignments)
    .values({ documentId, unitId, unitPath: path(unitId), dueOn: addDays(todayIso(), 30) })
    .returning({ id: studyAssignments.id });
  if (!assignment) throw new Error('no assignment');
  const targets = await db
    .insert(studyTargets)
    .values(cellIds.map((id) => ({ assignmentId: assignment.id, unitId: id, unitPath: path(id) })))
    .returning({ id: studyTargets.id, unitId: studyTargets.unitId });
  return { id: assignment.id, targets };
}

/** A stored text file made the implementation plan of a target. */
export async function planRow(db: Db, files: FileStore, targetId: string) {
  const staged = await files.stage(Buffer.from('Kế hoạch thực hiện'));
  await staged.keep();
  const [file] = await db
    .insert(documentFiles)
    .values({
      documentId: null,
      fileName: 'ke-hoach.txt',
      contentType: 'text/plain; charset=utf-8',
      size: staged.file.size,
      sha256: staged.file.sha256,
      storageKey: staged.file.key,
    })
    .returning({ id: documentFiles.id });
  await db.update(studyTargets).set({ planFileId: file?.id }).where(eq(studyTargets.id, targetId));
  return file?.id as string;
}
