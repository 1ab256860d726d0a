import { eq } from 'drizzle-orm';
import type { Db } from '../src/server/db/client';
import {
  documentFiles,
  documentIssuers,
  documentLinks,
  documents,
} from '../src/server/modules/documents/schema';
import { units, unitTerms } from '../src/server/modules/org/schema';
import type { FileStore } from '../src/server/platform/files/store';

/** A committee term around today and the committee's own issuer ("ĐU"), so its documents can be numbered. */
export async function makeIssuer(db: Db, unitId: string, code = 'ĐU') {
  await db
    .insert(unitTerms)
    .values({ unitId, label: '2020-2040', startsOn: '2020-01-01', endsOn: '2040-12-31' });
  const [row] = await db
    .insert(documentIssuers)
    .values({ code, name: `Đảng ủy ${unitId.slice(0, 8)}`, unitId })
    .returning();
  if (!row) throw new Error('no issuer');
  return row;
}

let seq = 0;
/** A registry row put straight into the table (outgoing drafts by default). */
export async function documentRow(
  db: Db,
  ownerUnitId: string,
  issuerId: string,
  extra: Partial<typeof documents.$inferInsert> = {},
) {
  const [unit] = await db.select({ path: units.path }).from(units).where(eq(units.id, ownerUnitId));
  const [row] = await db
    .insert(documents)
    .values({
      direction: 'outgoing',
      ownerUnitId,
      ownerPath: unit?.path as string,
      type: 'plan',
      issuerId,
      summary: `Kế hoạch thử ${++seq}`,
      status: 'draft',
      searchText: `ke hoach thu ${seq}`,
      ...extra,
    })
    .returning();
  if (!row) throw new Error('no document');
  return row;
}

export async function linkRow(db: Db, fromId: string, toId: string) {
  const [row] = await db.insert(documentLinks).values({ fromId, toId, kind: 'implements' }).returning();
  return row?.id as string;
}

/** A stored PDF attached to a document, on disk and in the table. */
export async function fileRow(db: Db, files: FileStore, documentId: string | null) {
  const staged = await files.stage(Buffer.from('%PDF-1.4\n%%EOF\n'));
  await staged.keep();
  const [row] = await db
    .insert(documentFiles)
    .values({
      documentId,
      fileName: 'tep.pdf',
      contentType: 'application/pdf',
      size: staged.file.size,
      sha256: staged.file.sha256,
      storageKey: staged.file.key,
    })
    .returning();
  return row?.id as string;
}
