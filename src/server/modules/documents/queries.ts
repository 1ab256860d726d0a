import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type DocumentDetail,
  type DocumentSummary,
  documentCountCap,
  type documentsListQuery,
} from '../../../contracts/documents';
import { fold } from '../../../domain/text';
import { queryRows, type Tx } from '../../db/client';
import { scopeIncludes } from '../../platform/access/grants';
import { decodeCursor, encodeCursor, pageTotal } from '../../platform/http/cursor';
import { unitNamesAndPaths } from '../org/document-units-read';
import { termsByIds } from '../org/terms-read';
import { type DocumentAccess, type DocumentRow, visibleTo } from './access';
import { documentFiles, documentIssuers, documentLinks, documentReads, documents } from './schema';

type ListQuery = z.infer<typeof documentsListQuery>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Each folded word of the query must occur in the folded number, issuer, summary or body. */
function searchCondition(q: string | undefined): SQL | undefined {
  const words = fold(q ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8);
  if (words.length === 0) return undefined;
  return and(...words.map((w) => sql`${documents.searchText} like ${`%${escapeLike(w)}%`}`));
}

function filters(access: DocumentAccess, q: ListQuery, unitPath: string | null): SQL {
  const parts: (SQL | undefined)[] = [
    visibleTo(access),
    searchCondition(q.q),
    q.direction ? eq(documents.direction, q.direction) : undefined,
    q.type ? eq(documents.type, q.type) : undefined,
    q.issuerId ? eq(documents.issuerId, q.issuerId) : undefined,
    q.status ? eq(documents.status, q.status) : undefined,
    q.termId ? eq(documents.termId, q.termId) : undefined,
    q.year
      ? sql`${documents.issuedOn} >= ${`${q.year}-01-01`} and ${documents.issuedOn} <= ${`${q.year}-12-31`}`
      : undefined,
    unitPath ? sql`${documents.ownerPath} <@ ${unitPath}::ltree` : undefined,
  ];
  return and(...parts) as SQL;
}

const summaryColumns = {
  row: documents,
  issuerCode: documentIssuers.code,
  issuerName: documentIssuers.name,
  fileCount: sql<number>`(select count(*)::int from ${documentFiles} f where f.document_id = ${documents.id})`,
};

async function presentSummaries(
  tx: Tx,
  rows: { row: DocumentRow; issuerCode: string; issuerName: string; fileCount: number }[],
): Promise<DocumentSummary[]> {
  const units = await unitNamesAndPaths(
    tx,
    rows.map((r) => r.row.ownerUnitId),
  );
  const terms = await termsByIds(
    tx,
    rows.flatMap((r) => (r.row.termId ? [r.row.termId] : [])),
  );
  return rows.map(({ row, issuerCode, issuerName, fileCount }) => ({
    id: row.id,
    direction: row.direction,
    ownerUnitId: row.ownerUnitId,
    ownerUnitName: units.get(row.ownerUnitId)?.name ?? '',
    type: row.type,
    issuerId: row.issuerId,
    issuerCode,
    issuerName,
    number: row.number,
    numberText: row.numberText,
    issuedOn: row.issuedOn,
    receivedOn: row.receivedOn,
    summary: row.summary,
    status: row.status,
    confidentiality: row.confidentiality,
    urgency: row.urgency,
    termId: row.termId,
    termLabel: row.termId ? (terms.get(row.termId)?.label ?? null) : null,
    fileCount: Number(fileCount),
  }));
}

/** The registry in reach, newest registration first, paginated by (created_at, id). */
export async function listDocuments(tx: Tx, access: DocumentAccess, q: ListQuery, unitPath: string | null) {
  const where = filters(access, q, unitPath);
  const cursor = decodeCursor(q.cursor, 2);
  const after = cursor
    ? sql`(${documents.createdAt}, ${documents.id}) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`
    : undefined;
  const rows = await tx
    .select(summaryColumns)
    .from(documents)
    .innerJoin(documentIssuers, eq(documentIssuers.id, documents.issuerId))
    .where(and(where, after))
    .orderBy(desc(documents.createdAt), desc(documents.id))
    .limit(q.limit + 1);
  const more = rows.length > q.limit;
  const pageRows = rows.slice(0, q.limit);
  const last = pageRows.at(-1);
  const counted = await pageTotal(!cursor, rows.length, q.limit, async () => {
    const [c] = await queryRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from (select 1 from ${documents} where ${where} limit ${documentCountCap + 1}) x`,
    );
    return Number(c?.n ?? 0);
  });
  return {
    items: await presentSummaries(tx, pageRows),
    nextCursor: more && last ? encodeCursor([last.row.createdAt.toISOString(), last.row.id]) : null,
    total: Math.min(counted, documentCountCap),
    totalCapped: counted > documentCountCap,
  };
}

async function linksOf(tx: Tx, access: DocumentAccess, id: string): Promise<DocumentDetail['links']> {
  const rows = await tx
    .select({
      id: documentLinks.id,
      kind: documentLinks.kind,
      fromId: documentLinks.fromId,
      toId: documentLinks.toId,
      other: documents,
    })
    .from(documentLinks)
    .innerJoin(
      documents,
      sql`${documents.id} = case when ${documentLinks.fromId} = ${id} then ${documentLinks.toId} else ${documentLinks.fromId} end`,
    )
    .where(and(sql`(${documentLinks.fromId} = ${id} or ${documentLinks.toId} = ${id})`, visibleTo(access)))
    .orderBy(documentLinks.createdAt);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    direction: r.fromId === id ? 'outgoing' : 'incoming',
    documentId: r.other.id,
    numberText: r.other.numberText,
    type: r.other.type,
    summary: r.other.summary,
    status: r.other.status,
  }));
}

export async function documentDetail(
  tx: Tx,
  access: DocumentAccess,
  id: string,
): Promise<DocumentDetail | null> {
  const [found] = await tx
    .select(summaryColumns)
    .from(documents)
    .innerJoin(documentIssuers, eq(documentIssuers.id, documents.issuerId))
    .where(and(eq(documents.id, id), visibleTo(access)))
    .limit(1);
  if (!found) return null;
  const [summary] = await presentSummaries(tx, [found]);
  if (!summary) return null;
  const row = found.row;
  const files = await tx
    .select()
    .from(documentFiles)
    .where(eq(documentFiles.documentId, id))
    .orderBy(documentFiles.uploadedAt);
  const read = access.memberId
    ? await tx
        .select({ at: documentReads.readAt })
        .from(documentReads)
        .where(and(eq(documentReads.documentId, id), eq(documentReads.memberId, access.memberId)))
    : null;
  return {
    ...summary,
    place: row.place,
    signerName: row.signerName,
    signerTitle: row.signerTitle,
    signingForm: row.signingForm,
    signingFor: row.signingFor,
    recipients: row.recipients,
    body: row.body,
    congress: row.congress,
    withdrawnReason: row.withdrawnReason,
    files: files.map((f) => ({
      id: f.id,
      fileName: f.fileName,
      contentType: f.contentType,
      size: f.size,
      sha256: f.sha256,
      uploadedAt: f.uploadedAt.toISOString(),
    })),
    links: await linksOf(tx, access, id),
    canWrite: scopeIncludes(access.write, row.ownerPath),
    readByMe: read ? read.length > 0 : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Registry entries matching parsed references (number text and issuer code), in the user's reach. */
export async function documentsByNumber(
  tx: Tx,
  access: DocumentAccess,
  numberTexts: readonly string[],
): Promise<Map<string, string>> {
  if (numberTexts.length === 0) return new Map();
  const rows = await tx
    .select({ id: documents.id, numberText: documents.numberText })
    .from(documents)
    .where(and(inArray(documents.numberText, [...new Set(numberTexts)]), visibleTo(access)))
    .orderBy(desc(documents.issuedOn))
    .limit(2000);
  const found = new Map<string, string>();
  for (const r of rows) if (r.numberText && !found.has(r.numberText)) found.set(r.numberText, r.id);
  return found;
}
