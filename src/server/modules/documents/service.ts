import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  CreateDocumentBody,
  DocumentStatus,
  issueDocumentBody,
  updateDocumentBody,
} from '../../../contracts/documents';
import { fold } from '../../../domain/text';
import type { Tx } from '../../db/client';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { meetingUnit } from '../org/meeting-units-read';
import { completePlannedItems, linkNewDocumentToItem, reopenWithdrawnItems } from '../programs/for-documents';
import type { DocumentRow } from './access';
import { type IssuerRow, resolveIssuer } from './issuers';
import { numberTextOf, takeNumber, voidNumberOf } from './numbering';
import { documentIssuers, documentLinks, documents } from './schema';

type UpdateInput = z.infer<typeof updateDocumentBody>;

/** The folded text the registry search runs on: number, issuer, summary and body. */
export const searchTextOf = (d: {
  numberText: string | null;
  issuer: IssuerRow;
  summary: string;
  body: string;
}) => fold(`${d.numberText ?? ''} ${d.issuer.code} ${d.issuer.name} ${d.summary} ${d.body}`);

async function ownerUnit(tx: Tx, id: string) {
  const unit = await meetingUnit(tx, id);
  if (!unit) throw new AppError(404, 'NOT_FOUND', { field: 'ownerUnitId' });
  return unit;
}

async function checkedIssuer(
  tx: Tx,
  input: { issuerId?: string | null; issuerCode?: string | null },
  direction: 'incoming' | 'outgoing',
  owner: { id: string; name: string },
  grantPaths: readonly string[],
) {
  const issuer = await resolveIssuer(tx, input, grantPaths);
  if (direction === 'outgoing' && issuer.unitId !== owner.id)
    throw new AppError(400, 'DOCUMENT_ISSUER_NOT_OF_UNIT', {
      field: input.issuerId ? 'issuerId' : 'issuerCode',
      params: { unit: owner.name },
    });
  return issuer;
}

function checkIncoming(d: { number?: number | null; issuedOn?: string | null; receivedOn?: string | null }) {
  if (!d.number) throw new AppError(400, 'DOCUMENT_NUMBER_REQUIRED', { field: 'number' });
  if (!d.issuedOn) throw new AppError(400, 'DOCUMENT_DATE_REQUIRED', { field: 'issuedOn' });
  if (d.receivedOn && d.receivedOn < d.issuedOn)
    throw new AppError(400, 'DOCUMENT_RECEIVED_BEFORE_ISSUED', { field: 'receivedOn' });
}

/** An incoming document registered twice (same issuer, type, number and date in one registry) is refused. */
async function assertNotRegistered(tx: Tx, d: Partial<DocumentRow>, exceptId?: string) {
  const [dup] = await tx
    .select({ id: documents.id })
    .from(documents)
    .where(
      and(
        eq(documents.ownerUnitId, d.ownerUnitId as string),
        eq(documents.direction, 'incoming'),
        eq(documents.issuerId, d.issuerId as string),
        eq(documents.numberText, d.numberText as string),
        eq(documents.issuedOn, d.issuedOn as string),
        exceptId ? sql`${documents.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  if (dup) throw new AppError(409, 'DOCUMENT_ALREADY_REGISTERED', { field: 'number' });
}

export async function createDocument(
  w: Writer,
  input: CreateDocumentBody,
  grantPaths: readonly string[],
  today: string,
): Promise<string> {
  const owner = await ownerUnit(w.tx, input.ownerUnitId);
  const issuer = await checkedIssuer(w.tx, input, input.direction, owner, grantPaths);
  const incoming = input.direction === 'incoming';
  if (incoming) checkIncoming({ ...input, receivedOn: input.receivedOn ?? today });
  const registeredIssued = !incoming && Boolean(input.number);
  if (registeredIssued && !input.issuedOn)
    throw new AppError(400, 'DOCUMENT_DATE_REQUIRED', { field: 'issuedOn' });
  const numberText = incoming && input.number ? numberTextOf({ ...input, issuer }, input.number) : null;
  const values = {
    direction: input.direction,
    ownerUnitId: owner.id,
    ownerPath: owner.path,
    type: input.type,
    issuerId: issuer.id,
    number: incoming ? (input.number ?? null) : null,
    numberText,
    issuedOn: incoming || registeredIssued ? (input.issuedOn ?? null) : null,
    receivedOn: incoming ? (input.receivedOn ?? today) : null,
    congress: input.congress,
    place: input.place ?? null,
    signerName: input.signerName ?? null,
    signerTitle: input.signerTitle ?? null,
    signingForm: input.signingForm,
    signingFor: input.signingFor ?? null,
    summary: input.summary,
    confidentiality: input.confidentiality,
    urgency: input.urgency,
    recipients: input.recipients,
    body: input.body,
    status: (incoming ? 'issued' : 'draft') as DocumentStatus,
    searchText: searchTextOf({ numberText, issuer, summary: input.summary, body: input.body }),
    createdBy: w.ctx.actor?.id ?? null,
  };
  if (incoming) await assertNotRegistered(w.tx, values);
  const [row] = await w.tx.insert(documents).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  let stored = row;
  if (registeredIssued) stored = await giveNumber(w, row, issuer, row.issuedOn as string, input.number);
  if (input.programItemId) await linkNewDocumentToItem(w, input.programItemId, stored);
  w.audit({
    action: 'document.registered',
    entity: 'document',
    entityId: row.id,
    scopePath: owner.path,
    after: { ...stored, searchText: undefined, body: undefined },
  });
  return row.id;
}

async function giveNumber(
  w: Writer,
  row: DocumentRow,
  issuer: IssuerRow,
  issuedOn: string,
  manual?: number | null,
) {
  const taken = await takeNumber(
    w.tx,
    { issuer, type: row.type, congress: row.congress, issuedOn },
    row.id,
    w.ctx.actor?.id ?? null,
    manual,
  );
  const [updated] = await w.tx
    .update(documents)
    .set({
      number: taken.number,
      numberText: taken.numberText,
      termId: taken.termId,
      issuedOn,
      status: 'issued',
      searchText: searchTextOf({
        numberText: taken.numberText,
        issuer,
        summary: row.summary,
        body: row.body,
      }),
      version: sql`${documents.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(documents.id, row.id))
    .returning();
  if (!updated) throw new Error('update returned nothing');
  await completePlannedItems(w, row.id, issuedOn);
  return updated;
}

export async function lockDocument(tx: Tx, id: string, version?: number): Promise<DocumentRow> {
  const [row] = await tx.select().from(documents).where(eq(documents.id, id)).for('update').limit(1);
  if (!row) throw new AppError(404, 'NOT_FOUND');
  if (version !== undefined && row.version !== version) throw staleVersion();
  return row;
}

async function issuerOf(tx: Tx, id: string): Promise<IssuerRow> {
  const [row] = await tx.select().from(documentIssuers).where(eq(documentIssuers.id, id)).limit(1);
  if (!row) throw new Error(`issuer ${id} missing`);
  return row;
}

const statusError = (status: string) => new AppError(409, 'DOCUMENT_STATUS', { params: { status } });

/**
 * Edits a registered document. An outgoing one changes only before it is issued, and an approved draft that
 * changes goes back to draft (it needs approving again).
 */
export async function updateDocument(
  w: Writer,
  id: string,
  input: UpdateInput,
  grantPaths: readonly string[],
) {
  const before = await lockDocument(w.tx, id, input.version);
  const incoming = before.direction === 'incoming';
  if (!incoming && !['draft', 'approved'].includes(before.status)) throw statusError(before.status);
  const owner = await ownerUnit(w.tx, before.ownerUnitId);
  const issuer =
    input.issuerId || input.issuerCode
      ? await checkedIssuer(w.tx, input, before.direction, owner, grantPaths)
      : await issuerOf(w.tx, before.issuerId);
  const merged = {
    type: input.type ?? before.type,
    congress: input.congress ?? before.congress,
    number: incoming ? (input.number !== undefined ? input.number : before.number) : null,
    issuedOn: incoming ? (input.issuedOn !== undefined ? input.issuedOn : before.issuedOn) : null,
    receivedOn: incoming ? (input.receivedOn !== undefined ? input.receivedOn : before.receivedOn) : null,
  };
  if (incoming) checkIncoming(merged);
  const numberText = incoming && merged.number ? numberTextOf({ ...merged, issuer }, merged.number) : null;
  const summary = input.summary ?? before.summary;
  const body = input.body ?? before.body;
  const pick = <K extends keyof UpdateInput & keyof DocumentRow>(k: K) =>
    (input[k] !== undefined ? input[k] : before[k]) as DocumentRow[K];
  const values = {
    ...merged,
    issuerId: issuer.id,
    numberText,
    place: pick('place'),
    signerName: pick('signerName'),
    signerTitle: pick('signerTitle'),
    signingForm: pick('signingForm'),
    signingFor: pick('signingFor'),
    summary,
    confidentiality: pick('confidentiality'),
    urgency: pick('urgency'),
    recipients: pick('recipients'),
    body,
    status: (before.status === 'approved' ? 'draft' : before.status) as DocumentStatus,
    searchText: searchTextOf({ numberText, issuer, summary, body }),
    version: before.version + 1,
    updatedAt: new Date(),
  };
  if (incoming) await assertNotRegistered(w.tx, { ...before, ...values }, id);
  const [after] = await w.tx.update(documents).set(values).where(eq(documents.id, id)).returning();
  w.audit({
    action: 'document.updated',
    entity: 'document',
    entityId: id,
    scopePath: before.ownerPath,
    before: { ...before, searchText: undefined },
    after: { ...after, searchText: undefined },
  });
}

async function transition(
  w: Writer,
  row: DocumentRow,
  action: string,
  set: Partial<DocumentRow>,
  reason?: string | null,
) {
  const [after] = await w.tx
    .update(documents)
    .set({ ...set, version: row.version + 1, updatedAt: new Date() })
    .where(eq(documents.id, row.id))
    .returning({ status: documents.status, numberText: documents.numberText });
  w.audit({
    action,
    entity: 'document',
    entityId: row.id,
    scopePath: row.ownerPath,
    before: { status: row.status, numberText: row.numberText },
    after,
    reason: reason ?? null,
  });
}

function assertOutgoing(row: DocumentRow) {
  if (row.direction !== 'outgoing') throw new AppError(409, 'DOCUMENT_INCOMING_ONLY_REGISTERED');
}

export async function approveDocument(w: Writer, id: string, version: number) {
  const row = await lockDocument(w.tx, id, version);
  assertOutgoing(row);
  if (row.status !== 'draft') throw statusError(row.status);
  await transition(w, row, 'document.approved', { status: 'approved' });
}

/** Issues an approved document: it takes its number and date; the documents it replaces are superseded. */
export async function issueDocument(w: Writer, id: string, input: z.infer<typeof issueDocumentBody>) {
  const row = await lockDocument(w.tx, id, input.version);
  assertOutgoing(row);
  if (row.status !== 'approved') throw statusError(row.status);
  const issued = await giveNumber(w, row, await issuerOf(w.tx, row.issuerId), input.issuedOn, input.number);
  const superseded = await supersedeReplaced(w.tx, id);
  w.audit({
    action: 'document.issued',
    entity: 'document',
    entityId: id,
    scopePath: row.ownerPath,
    before: { status: row.status },
    after: { status: 'issued', numberText: issued.numberText, issuedOn: issued.issuedOn, superseded },
  });
}

/** Documents this one replaces that are still in force become superseded. */
async function supersedeReplaced(tx: Tx, id: string): Promise<string[]> {
  const rows = await tx
    .update(documents)
    .set({ status: 'superseded', version: sql`${documents.version} + 1`, updatedAt: new Date() })
    .where(
      sql`${documents.status} = 'issued' and ${documents.id} in (select to_id from ${documentLinks}
        where from_id = ${id} and kind = 'replaces')`,
    )
    .returning({ id: documents.id });
  return rows.map((r) => r.id);
}

export async function withdrawDocument(w: Writer, id: string, version: number, reason: string) {
  const row = await lockDocument(w.tx, id, version);
  assertOutgoing(row);
  if (row.status !== 'issued') throw statusError(row.status);
  await voidNumberOf(w.tx, id, reason);
  await transition(w, row, 'document.withdrawn', { status: 'withdrawn', withdrawnReason: reason }, reason);
  await reopenWithdrawnItems(w, id);
}

export async function expireDocument(w: Writer, id: string, version: number, reason?: string | null) {
  const row = await lockDocument(w.tx, id, version);
  if (row.status !== 'issued') throw statusError(row.status);
  await transition(w, row, 'document.expired', { status: 'expired' }, reason);
}

export async function addLink(
  w: Writer,
  from: DocumentRow,
  kind: 'replaces' | 'implements' | 'guides',
  to: DocumentRow,
) {
  if (from.id === to.id) throw new AppError(400, 'DOCUMENT_LINK_SELF', { field: 'targetId' });
  const [row] = await w.tx
    .insert(documentLinks)
    .values({ fromId: from.id, toId: to.id, kind })
    .onConflictDoNothing()
    .returning({ id: documentLinks.id });
  if (!row) throw new AppError(409, 'DOCUMENT_LINK_EXISTS', { field: 'targetId' });
  const superseded =
    kind === 'replaces' && from.status === 'issued' ? await supersedeReplaced(w.tx, from.id) : [];
  w.audit({
    action: 'document.linked',
    entity: 'document',
    entityId: from.id,
    scopePath: from.ownerPath,
    after: { linkId: row.id, kind, toId: to.id, superseded },
  });
}

export async function removeLink(w: Writer, from: DocumentRow, linkId: string) {
  const [row] = await w.tx
    .delete(documentLinks)
    .where(
      and(
        eq(documentLinks.id, linkId),
        sql`(${documentLinks.fromId} = ${from.id} or ${documentLinks.toId} = ${from.id})`,
      ),
    )
    .returning();
  if (!row) throw new AppError(404, 'NOT_FOUND', { field: 'linkId' });
  w.audit({
    action: 'document.unlinked',
    entity: 'document',
    entityId: from.id,
    scopePath: from.ownerPath,
    before: row,
  });
}
