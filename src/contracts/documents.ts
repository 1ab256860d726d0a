import { z } from 'zod';
import { documentTypeKeys } from '../domain/party-document-types';
import { line, page, pageQuery } from './common';
import { isoDate } from './dates';

export { documentTypeKeys };
export const documentType = z.enum(documentTypeKeys);

/** Incoming: received from the Central level, the superior committee or other bodies; outgoing: issued here. */
export const documentDirections = ['incoming', 'outgoing'] as const;
export const documentDirection = z.enum(documentDirections);

/**
 * draft → approved → issued → superseded | expired; an issued document taken back is `withdrawn` (its number
 * stays in the register, voided). Incoming documents are registered as `issued`.
 */
export const documentStatuses = [
  'draft',
  'approved',
  'issued',
  'superseded',
  'expired',
  'withdrawn',
] as const;
export const documentStatus = z.enum(documentStatuses);
export type DocumentStatus = z.infer<typeof documentStatus>;

/** Mật, Tối mật, Tuyệt mật; classified documents are shown only to those who may write in the owner unit. */
export const confidentialities = ['normal', 'confidential', 'secret', 'top_secret'] as const;
export const confidentiality = z.enum(confidentialities);
/** Khẩn, Thượng khẩn, Hỏa tốc. */
export const urgencies = ['normal', 'urgent', 'very_urgent', 'express'] as const;
export const urgency = z.enum(urgencies);
/** Signs in their own right; T/M (thay mặt: on behalf of a collective body); K/T (ký thay: for the head). */
export const signingForms = ['direct', 'on_behalf', 'deputy'] as const;
export const signingForm = z.enum(signingForms);

/** A link from one document to another; the reverse reads "replaced by", "implemented by", "guided by". */
export const documentLinkKinds = ['replaces', 'implements', 'guides'] as const;
export const documentLinkKind = z.enum(documentLinkKinds);

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

// ---------------------------------------------------------------- issuers

/** A body that issues Party documents: its code is the part after the slash (TW, VPTW, ĐU, CB …). */
export const documentIssuer = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  /** The body above it as printed in the heading, e.g. "ĐẢNG BỘ VUSTA" above "CHI BỘ BAN TỔ CHỨC". */
  superiorName: z.string().nullable(),
  /** The organisation unit whose committee terms number its documents; null for bodies outside the tree. */
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
});
export const documentIssuers = z.object({ items: z.array(documentIssuer) });
export type DocumentIssuer = z.infer<typeof documentIssuer>;

export const issuerCode = z
  .string()
  .trim()
  .regex(/^[A-ZĐ0-9]{1,15}$/u, 'chữ in hoa và số, không dấu (trừ Đ) / capitals and digits')
  .refine((v) => /[A-ZĐ]/u.test(v), 'có ít nhất một chữ / at least one letter');

export const createIssuerBody = z.object({
  code: issuerCode,
  name: line(300),
  superiorName: optionalText(300),
  unitId: z.uuid().nullable().optional(),
});

// ---------------------------------------------------------------- documents

export const documentFields = {
  type: documentType,
  /** Exactly one of issuerId or issuerCode (resolved against the issuer list; unknown or ambiguous → 400). */
  issuerId: z.uuid().nullable().optional(),
  issuerCode: issuerCode.nullable().optional(),
  /** As printed. Required for incoming; for outgoing only when registering one issued outside the product. */
  number: z.int32().min(1).max(99999).nullable().optional(),
  issuedOn: isoDate.nullable().optional(),
  place: optionalText(100),
  signerName: optionalText(200),
  signerTitle: optionalText(200),
  signingForm: signingForm.default('direct'),
  /** For T/M and K/T: the collective or the head signed for, e.g. "BAN THƯỜNG VỤ", "BÍ THƯ". */
  signingFor: optionalText(200),
  /** Trích yếu. */
  summary: line(1000),
  confidentiality: confidentiality.default('normal'),
  urgency: urgency.default('normal'),
  /** Nơi nhận, one per line. */
  recipients: z.array(line(300)).max(100).default([]),
  /** Body text: paragraphs separated by blank lines. */
  body: z.string().max(500_000).default(''),
  /** Incoming: the date it arrived. */
  receivedOn: isoDate.nullable().optional(),
  /** Documents of a congress share one sequence across all types. */
  congress: z.boolean().default(false),
};

export const createDocumentBody = z.object({
  direction: documentDirection,
  /** The unit whose registry holds it: the receiving committee, or the issuing unit for outgoing documents. */
  ownerUnitId: z.uuid(),
  ...documentFields,
  /** A draft written for a planned-document item of the unit's work program: linked to it on creation. */
  programItemId: z.uuid().nullable().optional(),
});
export type CreateDocumentBody = z.infer<typeof createDocumentBody>;

export const updateDocumentBody = z.object({
  ...documentFields,
  type: documentType.optional(),
  summary: line(1000).optional(),
  signingForm: signingForm.optional(),
  confidentiality: confidentiality.optional(),
  urgency: urgency.optional(),
  recipients: z.array(line(300)).max(100).optional(),
  body: z.string().max(500_000).optional(),
  congress: z.boolean().optional(),
  version: z.int32().min(1),
});

export const versionBody = z.object({ version: z.int32().min(1) });
/** Issues an approved outgoing document: the next number of its issuer, type and term is taken atomically. */
export const issueDocumentBody = z.object({
  version: z.int32().min(1),
  issuedOn: isoDate,
  /** A number chosen by hand (e.g. one handed out on paper); refused when already used in the term. */
  number: z.int32().min(1).max(99999).nullable().optional(),
});
export const withdrawDocumentBody = z.object({ version: z.int32().min(1), reason: line(1000) });
export const expireDocumentBody = z.object({ version: z.int32().min(1), reason: optionalText(1000) });

export const documentFile = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});

export const documentLinkBody = z.object({ kind: documentLinkKind, targetId: z.uuid() });
export const documentLink = z.object({
  id: z.uuid(),
  kind: documentLinkKind,
  /** outgoing: this document → other ("replaces X"); incoming: other → this one ("replaced by X"). */
  direction: z.enum(['outgoing', 'incoming']),
  documentId: z.uuid(),
  numberText: z.string().nullable(),
  type: documentType,
  summary: z.string(),
  status: documentStatus,
});

export const documentSummary = z.object({
  id: z.uuid(),
  direction: documentDirection,
  ownerUnitId: z.uuid(),
  ownerUnitName: z.string(),
  type: documentType,
  issuerId: z.uuid(),
  issuerCode: z.string(),
  issuerName: z.string(),
  number: z.number().int().nullable(),
  /** "253-QĐ/TW", null until a number is given. */
  numberText: z.string().nullable(),
  issuedOn: isoDate.nullable(),
  receivedOn: isoDate.nullable(),
  summary: z.string(),
  status: documentStatus,
  confidentiality,
  urgency,
  termId: z.uuid().nullable(),
  termLabel: z.string().nullable(),
  fileCount: z.number().int(),
});
export type DocumentSummary = z.infer<typeof documentSummary>;

export const documentDetail = documentSummary.extend({
  place: z.string().nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  signingForm,
  signingFor: z.string().nullable(),
  recipients: z.array(z.string()),
  body: z.string(),
  congress: z.boolean(),
  withdrawnReason: z.string().nullable(),
  files: z.array(documentFile),
  links: z.array(documentLink),
  /** Whether the user may edit it, issue it, attach files, assign it for study. */
  canWrite: z.boolean(),
  /** Whether the signed-in member has confirmed reading it (null when the user is no member). */
  readByMe: z.boolean().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type DocumentDetail = z.infer<typeof documentDetail>;

export const documentsListQuery = pageQuery.extend({
  /** Folded search over number, summary and text: "nghi quyet 21" finds "Nghị quyết 21-NQ/TW". */
  q: z.string().trim().max(200).optional(),
  direction: documentDirection.optional(),
  type: documentType.optional(),
  issuerId: z.uuid().optional(),
  year: z.coerce.number().int().min(1930).max(2200).optional(),
  termId: z.uuid().optional(),
  status: documentStatus.optional(),
  /** Only the registry of this unit (and its subtree); default: every registry in reach. */
  unitId: z.uuid().optional(),
});
/** A search can match most of a national registry: counting stops at `documentCountCap` (`totalCapped`). */
export const documentCountCap = 1000;
export const documentPage = page(documentSummary).extend({ totalCapped: z.boolean() });

// ---------------------------------------------------------------- numbering

export const nextNumberQuery = z.object({
  issuerId: z.uuid(),
  type: documentType,
  issuedOn: isoDate,
  congress: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
/** What issuing now would give (a preview; the real number is taken when issuing). */
export const nextNumber = z.object({
  number: z.number().int(),
  numberText: z.string(),
  termId: z.uuid(),
  termLabel: z.string(),
});

export const numberRegisterQuery = pageQuery.extend({ issuerId: z.uuid(), termId: z.uuid().optional() });
export const numberRecord = z.object({
  id: z.uuid(),
  number: z.number().int(),
  numberText: z.string(),
  /** The sequence: a type symbol ("NQ", "QĐ"), or "ĐH" for the congress sequence. */
  sequence: z.string(),
  termId: z.uuid(),
  termLabel: z.string(),
  status: z.enum(['used', 'voided']),
  documentId: z.uuid().nullable(),
  summary: z.string().nullable(),
  voidReason: z.string().nullable(),
  takenAt: z.string(),
});
export const numberRegister = page(numberRecord);

// ---------------------------------------------------------------- references

export const extractReferencesBody = z.object({ text: z.string().max(2_000_000) });
export const documentReference = z.object({
  raw: z.string(),
  type: documentType.nullable(),
  number: z.number().int(),
  symbol: z.string(),
  issuer: z.string(),
  date: isoDate.optional(),
  start: z.number().int(),
  end: z.number().int(),
  /** The registry entry it points at, when there is one in the user's reach. */
  documentId: z.uuid().optional(),
});
export const documentReferences = z.object({ references: z.array(documentReference) });
export type DocumentReference = z.infer<typeof documentReference>;

// ---------------------------------------------------------------- study (học tập, quán triệt)

/** Assigns a document for study to the given units (cells), or to every cell under `allCellsOf`. */
export const assignStudyBody = z
  .object({
    /** The committee that assigns it (the deadline and the dashboard belong to it). */
    unitId: z.uuid(),
    cellIds: z.array(z.uuid()).max(5000).optional(),
    allCellsOf: z.uuid().optional(),
    dueOn: isoDate,
    note: optionalText(2000),
  })
  .refine((b) => Boolean(b.cellIds?.length) !== Boolean(b.allCellsOf), {
    message: 'chọn các chi bộ hoặc "tất cả chi bộ" / pick cells or all cells',
    path: ['cellIds'],
  });

export const studyStatuses = ['done', 'pending', 'overdue'] as const;
export const studyStatus = z.enum(studyStatuses);

export const studyTarget = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  status: studyStatus,
  studiedOn: isoDate.nullable(),
  /** Late: recorded after the deadline. */
  late: z.boolean(),
  meetingId: z.uuid().nullable(),
  presentCount: z.number().int(),
  memberCount: z.number().int(),
  /** Members who attended the session or confirmed reading in the app. */
  studiedMemberCount: z.number().int(),
  planFile: documentFile.nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type StudyTarget = z.infer<typeof studyTarget>;

export const studyAssignmentSummary = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  documentNumberText: z.string().nullable(),
  documentType: documentType,
  documentSummary: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  dueOn: isoDate,
  note: z.string().nullable(),
  cellCount: z.number().int(),
  doneCount: z.number().int(),
  overdueCount: z.number().int(),
  memberCount: z.number().int(),
  studiedMemberCount: z.number().int(),
  createdAt: z.string(),
});
export const studyAssignmentPage = page(studyAssignmentSummary);
export const studyAssignmentsQuery = pageQuery.extend({
  documentId: z.uuid().optional(),
  /** Assignments given by this unit or to cells under it. */
  unitId: z.uuid().optional(),
  status: z.enum(['open', 'overdue', 'done']).optional(),
});
export const studyAssignmentDetail = studyAssignmentSummary.extend({
  targets: z.array(studyTarget),
  canWrite: z.boolean(),
});

/** Records a cell's study session; attendance from a meeting of the meetings module when `meetingId` is set. */
export const recordStudyBody = z.object({
  studiedOn: isoDate,
  meetingId: z.uuid().nullable().optional(),
  /** Present members (ignored when a meeting is given: its attendance counts). */
  presentMemberIds: z.array(z.uuid()).max(2000).default([]),
  note: optionalText(2000),
  version: z.int32().min(1),
});

/** What a signed-in user has to do: cells to record for (secretary), documents to read (member). */
export const myStudy = z.object({
  toRecord: z.array(
    z.object({
      targetId: z.uuid(),
      assignmentId: z.uuid(),
      documentId: z.uuid(),
      documentNumberText: z.string().nullable(),
      documentSummary: z.string(),
      unitId: z.uuid(),
      unitName: z.string(),
      dueOn: isoDate,
      status: studyStatus,
    }),
  ),
  toRead: z.array(
    z.object({
      documentId: z.uuid(),
      documentNumberText: z.string().nullable(),
      documentType: documentType,
      documentSummary: z.string(),
      dueOn: isoDate,
      readOn: z.string().nullable(),
    }),
  ),
});
export const remindResult = z.object({ notified: z.number().int() });
