import { and, eq, sql } from 'drizzle-orm';
import type { DocumentTypeKey } from '../../../domain/party-document-types';
import { documentTypes, sequenceSymbol } from '../../../domain/party-document-types';
import { formatPartyNumber } from '../../../domain/party-numbers';
import type { Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import { displayDate } from '../org/calendar';
import { meetingUnit } from '../org/meeting-units-read';
import { type TermFacts, termOn } from '../org/terms-read';
import type { IssuerRow } from './issuers';
import { documentNumberSequences, documentNumbers } from './schema';

/**
 * Congress documents share one sequence across all types and carry "ĐH" as the issuer code
 * (Hướng dẫn 36-HD/VPTW, 2018 — verify the issuer code against the current guidance).
 */
export const CONGRESS_SEQUENCE = 'ĐH';

export interface NumberRequest {
  issuer: IssuerRow;
  type: DocumentTypeKey;
  congress: boolean;
  issuedOn: string;
}

const sequenceOf = (r: NumberRequest) => (r.congress ? CONGRESS_SEQUENCE : sequenceSymbol(r.type));

export const numberTextOf = (r: Pick<NumberRequest, 'issuer' | 'type' | 'congress'>, number: number) =>
  formatPartyNumber({
    number,
    symbol: documentTypes[r.type].symbol,
    issuer: r.congress ? CONGRESS_SEQUENCE : r.issuer.code,
  });

/** Numbers run within the issuer's committee term (36-HD/VPTW), so the issue date must fall in one. */
export async function termForIssue(tx: Tx, r: NumberRequest): Promise<TermFacts> {
  if (!r.issuer.unitId) throw new AppError(400, 'DOCUMENT_NOT_IN_TREE', { field: 'issuerId' });
  const term = await termOn(tx, r.issuer.unitId, r.issuedOn);
  if (term) return term;
  const unit = await meetingUnit(tx, r.issuer.unitId);
  throw new AppError(400, 'DOCUMENT_DATE_OUTSIDE_TERM', {
    field: 'issuedOn',
    params: { date: displayDate(r.issuedOn), unit: unit?.name ?? r.issuer.name },
  });
}

/** What the next automatic number would be (a preview: nothing is taken). */
export async function peekNumber(tx: Tx, r: NumberRequest) {
  const term = await termForIssue(tx, r);
  const [row] = await tx
    .select({ last: documentNumberSequences.lastNumber })
    .from(documentNumberSequences)
    .where(
      and(
        eq(documentNumberSequences.issuerId, r.issuer.id),
        eq(documentNumberSequences.sequence, sequenceOf(r)),
        eq(documentNumberSequences.termId, term.id),
      ),
    );
  const number = (row?.last ?? 0) + 1;
  return { number, numberText: numberTextOf(r, number), termId: term.id, termLabel: term.label };
}

/**
 * Takes a number for a document, atomically: the sequence row is bumped with one upsert (concurrent issuers
 * queue on its row lock), and the number is recorded under a unique key, so two issuers never share one. A
 * number chosen by hand must be free; the sequence then continues above it.
 */
export async function takeNumber(
  tx: Tx,
  r: NumberRequest,
  documentId: string,
  takenBy: string | null,
  manual?: number | null,
) {
  const term = await termForIssue(tx, r);
  const sequence = sequenceOf(r);
  const key = { issuerId: r.issuer.id, sequence, termId: term.id };
  let number: number;
  if (manual) {
    number = manual;
    await tx
      .insert(documentNumberSequences)
      .values({ ...key, lastNumber: manual })
      .onConflictDoUpdate({
        target: [
          documentNumberSequences.issuerId,
          documentNumberSequences.sequence,
          documentNumberSequences.termId,
        ],
        set: { lastNumber: sql`greatest(${documentNumberSequences.lastNumber}, ${manual})` },
      });
  } else {
    const [row] = await tx
      .insert(documentNumberSequences)
      .values({ ...key, lastNumber: 1 })
      .onConflictDoUpdate({
        target: [
          documentNumberSequences.issuerId,
          documentNumberSequences.sequence,
          documentNumberSequences.termId,
        ],
        set: { lastNumber: sql`${documentNumberSequences.lastNumber} + 1` },
      })
      .returning({ last: documentNumberSequences.lastNumber });
    if (!row) throw new Error('sequence upsert returned nothing');
    number = row.last;
  }
  const numberText = numberTextOf(r, number);
  const [recorded] = await tx
    .insert(documentNumbers)
    .values({ ...key, number, numberText, documentId, status: 'used', takenBy })
    .onConflictDoNothing()
    .returning({ id: documentNumbers.id });
  if (!recorded)
    throw new AppError(409, 'DOCUMENT_NUMBER_USED', {
      field: 'number',
      params: { number, term: term.label },
    });
  return { number, numberText, termId: term.id };
}

/** A withdrawn document's number stays in the register, voided, and is never given again. */
export async function voidNumberOf(tx: Tx, documentId: string, reason: string): Promise<void> {
  await tx
    .update(documentNumbers)
    .set({ status: 'voided', voidReason: reason })
    .where(eq(documentNumbers.documentId, documentId));
}
