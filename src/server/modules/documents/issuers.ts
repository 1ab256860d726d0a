import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { DocumentIssuer } from '../../../contracts/documents';
import type { Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { unitNamesAndPaths, unitNearPaths } from '../org/document-units-read';
import { documentIssuers } from './schema';

export type IssuerRow = typeof documentIssuers.$inferSelect;

async function withUnitNames(tx: Tx, rows: IssuerRow[]): Promise<DocumentIssuer[]> {
  const names = await unitNamesAndPaths(
    tx,
    rows.flatMap((r) => (r.unitId ? [r.unitId] : [])),
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    superiorName: r.superiorName,
    unitId: r.unitId,
    unitName: r.unitId ? (names.get(r.unitId)?.name ?? null) : null,
  }));
}

/** The national issuers, and those of units in or above the user's reach. */
export async function listIssuers(tx: Tx, grantPaths: readonly string[]): Promise<DocumentIssuer[]> {
  const rows = await tx
    .select()
    .from(documentIssuers)
    .where(or(isNull(documentIssuers.unitId), unitNearPaths(documentIssuers.unitId, grantPaths)))
    .orderBy(asc(documentIssuers.code), asc(documentIssuers.name))
    .limit(2000);
  return withUnitNames(tx, rows);
}

export async function issuerById(tx: Tx, id: string): Promise<DocumentIssuer | null> {
  const [row] = await tx.select().from(documentIssuers).where(eq(documentIssuers.id, id)).limit(1);
  return row ? ((await withUnitNames(tx, [row]))[0] ?? null) : null;
}

export async function createIssuer(
  w: Writer,
  input: { code: string; name: string; superiorName?: string | null; unitId?: string | null },
  unitPath: string | null,
): Promise<string> {
  const [row] = await w.tx
    .insert(documentIssuers)
    .values({
      code: input.code,
      name: input.name,
      superiorName: input.superiorName ?? null,
      unitId: input.unitId ?? null,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new AppError(409, 'ISSUER_EXISTS', { field: 'code' });
  w.audit({
    action: 'document.issuer_created',
    entity: 'document_issuer',
    entityId: row.id,
    scopePath: unitPath,
    after: row,
  });
  return row.id;
}

/**
 * The issuer a document names: by id, or by code among those the user sees (unknown code → 400; a code
 * several bodies share, e.g. "ĐU" → 400 asking to choose).
 */
export async function resolveIssuer(
  tx: Tx,
  input: { issuerId?: string | null; issuerCode?: string | null },
  grantPaths: readonly string[],
): Promise<IssuerRow> {
  if (input.issuerId) {
    const [row] = await tx
      .select()
      .from(documentIssuers)
      .where(eq(documentIssuers.id, input.issuerId))
      .limit(1);
    if (!row) throw new AppError(400, 'DOCUMENT_ISSUER_REQUIRED', { field: 'issuerId' });
    return row;
  }
  if (!input.issuerCode) throw new AppError(400, 'DOCUMENT_ISSUER_REQUIRED', { field: 'issuerId' });
  const rows = await tx
    .select()
    .from(documentIssuers)
    .where(
      and(
        eq(documentIssuers.code, input.issuerCode),
        or(isNull(documentIssuers.unitId), unitNearPaths(documentIssuers.unitId, grantPaths)),
      ),
    )
    .orderBy(sql`${documentIssuers.unitId} is not null`, asc(documentIssuers.name))
    .limit(6);
  const [only, second] = rows;
  if (!only)
    throw new AppError(400, 'DOCUMENT_ISSUER_UNKNOWN', {
      field: 'issuerCode',
      params: { code: input.issuerCode },
    });
  if (second)
    throw new AppError(400, 'DOCUMENT_ISSUER_AMBIGUOUS', {
      field: 'issuerCode',
      params: { code: input.issuerCode, names: rows.map((r) => r.name).join('; ') },
    });
  return only;
}
