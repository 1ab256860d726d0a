import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import type { confidentiality, signingForm, updateDocumentBody, urgency } from '../../../contracts/documents';
import type { CreateDocumentBody, DocumentDetail } from './api';
import type { DocumentTypeKey } from './labels';

export type Direction = 'incoming' | 'outgoing';

export interface DocumentFormValues {
  ownerUnitId?: string;
  type?: DocumentTypeKey;
  issuerId?: string;
  number?: number | null;
  issuedOn?: Dayjs | null;
  receivedOn?: Dayjs | null;
  place?: string | null;
  signerName?: string | null;
  signerTitle?: string | null;
  signingForm: z.infer<typeof signingForm>;
  signingFor?: string | null;
  summary?: string;
  confidentiality: z.infer<typeof confidentiality>;
  urgency: z.infer<typeof urgency>;
  /** One recipient per line. */
  recipients?: string;
  body?: string;
  congress?: boolean;
  /** An outgoing draft written for a planned document of the unit's work program. */
  programItemId?: string | null;
}

export type UpdateDocumentBody = z.input<typeof updateDocumentBody>;

const blank = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};
const iso = (value: Dayjs | null | undefined) => (value?.isValid() ? value.format('YYYY-MM-DD') : null);

export const valuesFrom = (d: DocumentDetail): DocumentFormValues => ({
  ownerUnitId: d.ownerUnitId,
  type: d.type,
  issuerId: d.issuerId,
  number: d.number,
  issuedOn: d.issuedOn ? dayjs(d.issuedOn) : null,
  receivedOn: d.receivedOn ? dayjs(d.receivedOn) : null,
  place: d.place,
  signerName: d.signerName,
  signerTitle: d.signerTitle,
  signingForm: d.signingForm,
  signingFor: d.signingFor,
  summary: d.summary,
  confidentiality: d.confidentiality,
  urgency: d.urgency,
  recipients: d.recipients.join('\n'),
  body: d.body,
  congress: d.congress,
});

/** The fields create and update share; an outgoing draft gets its number when it is issued. */
export function fieldsFrom(values: DocumentFormValues, direction: Direction) {
  return {
    type: values.type as DocumentTypeKey,
    issuerId: values.issuerId ?? null,
    number: direction === 'incoming' ? (values.number ?? null) : undefined,
    issuedOn: iso(values.issuedOn),
    receivedOn: direction === 'incoming' ? iso(values.receivedOn) : null,
    place: blank(values.place),
    signerName: blank(values.signerName),
    signerTitle: blank(values.signerTitle),
    signingForm: values.signingForm,
    signingFor: values.signingForm === 'direct' ? null : blank(values.signingFor),
    summary: values.summary?.trim() ?? '',
    confidentiality: values.confidentiality,
    urgency: values.urgency,
    recipients: (values.recipients ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    body: (values.body ?? '').replace(/\r\n/g, '\n'),
    congress: values.congress ?? false,
  };
}

export const createBodyFrom = (values: DocumentFormValues, direction: Direction): CreateDocumentBody => ({
  direction,
  ownerUnitId: values.ownerUnitId ?? '',
  ...fieldsFrom(values, direction),
  programItemId: direction === 'outgoing' ? (values.programItemId ?? null) : null,
});

/** The API's field names where the form holds the value under another name ("recipients.3", "issuerCode"). */
export const formFieldOf = (field: string): string =>
  field.startsWith('recipients') ? 'recipients' : field === 'issuerCode' ? 'issuerId' : field;
