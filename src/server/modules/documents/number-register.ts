import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { numberRegisterQuery } from '../../../contracts/documents';
import type { Tx } from '../../db/client';
import { scopeIncludes } from '../../platform/access/grants';
import { AppError } from '../../platform/errors/app-error';
import { decodeCursor, encodeCursor, pageTotal } from '../../platform/http/cursor';
import { unitNamesAndPaths } from '../org/document-units-read';
import { termsByIds } from '../org/terms-read';
import type { DocumentAccess } from './access';
import { documentIssuers, documentNumbers, documents } from './schema';

/** Every number an issuer the user may write for gave out, voided ones included, newest first. */
export async function numberRegisterOf(
  tx: Tx,
  access: DocumentAccess,
  q: z.infer<typeof numberRegisterQuery>,
) {
  const [issuer] = await tx.select().from(documentIssuers).where(eq(documentIssuers.id, q.issuerId)).limit(1);
  const unit = issuer?.unitId ? (await unitNamesAndPaths(tx, [issuer.unitId])).get(issuer.unitId) : undefined;
  if (!unit || !scopeIncludes(access.write, unit.path))
    throw new AppError(404, 'NOT_FOUND', { field: 'issuerId' });
  const where = and(
    eq(documentNumbers.issuerId, q.issuerId),
    q.termId ? eq(documentNumbers.termId, q.termId) : undefined,
  );
  const cursor = decodeCursor(q.cursor, 2);
  const after = cursor
    ? sql`(${documentNumbers.takenAt}, ${documentNumbers.id}) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`
    : undefined;
  const rows = await tx
    .select({ n: documentNumbers, summary: documents.summary })
    .from(documentNumbers)
    .leftJoin(documents, eq(documents.id, documentNumbers.documentId))
    .where(and(where, after))
    .orderBy(desc(documentNumbers.takenAt), desc(documentNumbers.id))
    .limit(q.limit + 1);
  const pageRows = rows.slice(0, q.limit);
  const terms = await termsByIds(
    tx,
    pageRows.map((r) => r.n.termId),
  );
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(({ n, summary }) => ({
      id: n.id,
      number: n.number,
      numberText: n.numberText,
      sequence: n.sequence,
      termId: n.termId,
      termLabel: terms.get(n.termId)?.label ?? '',
      status: n.status,
      documentId: n.documentId,
      summary,
      voidReason: n.voidReason,
      takenAt: n.takenAt.toISOString(),
    })),
    nextCursor:
      rows.length > q.limit && last ? encodeCursor([last.n.takenAt.toISOString(), last.n.id]) : null,
    total: await pageTotal(!cursor, rows.length, q.limit, async () => {
      const [c] = await tx.select({ n: sql<number>`count(*)::int` }).from(documentNumbers).where(where);
      return Number(c?.n ?? 0);
    }),
  };
}
