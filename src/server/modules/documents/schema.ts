import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  confidentialities,
  documentDirections,
  documentLinkKinds,
  documentStatuses,
  documentTypeKeys,
  signingForms,
  urgencies,
} from '../../../contracts/documents';
import { createdAt, id, ltree, tstz } from '../../db/columns';
import { users } from '../../platform/auth/schema';
import { meetings } from '../meetings/schema';
import { members } from '../members/schema';
import { units, unitTerms } from '../org/schema';

/**
 * Bodies that issue Party documents. `code` is what follows the slash of a number (TW, VPTW, ĐU, CB …) and is
 * not unique on its own (every Party committee is "ĐU"); with `unit_id` the body is in the tree and its
 * unit's committee terms number its documents.
 */
export const documentIssuers = pgTable(
  'document_issuers',
  {
    id: id(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    superiorName: text('superior_name'),
    unitId: uuid('unit_id').references(() => units.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('document_issuers_code_name_uq').on(t.code, t.name), index().on(t.unitId)],
);

/**
 * The registry (sổ văn bản): incoming and outgoing documents of a unit. `owner_path` copies the owner unit's
 * path so lists filter by subtree in one indexed condition; `search_text` is the folded number, issuer,
 * summary and body (trigram index).
 */
export const documents = pgTable(
  'documents',
  {
    id: id(),
    direction: text('direction', { enum: documentDirections }).notNull(),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => units.id),
    ownerPath: ltree('owner_path').notNull(),
    type: text('type', { enum: documentTypeKeys }).notNull(),
    issuerId: uuid('issuer_id')
      .notNull()
      .references(() => documentIssuers.id),
    number: integer('number'),
    numberText: text('number_text'),
    issuedOn: date('issued_on', { mode: 'string' }),
    receivedOn: date('received_on', { mode: 'string' }),
    /** The issuer's committee term the number belongs to (outgoing documents of units in the tree). */
    termId: uuid('term_id').references(() => unitTerms.id),
    congress: boolean('congress').notNull().default(false),
    place: text('place'),
    signerName: text('signer_name'),
    signerTitle: text('signer_title'),
    signingForm: text('signing_form', { enum: signingForms }).notNull().default('direct'),
    signingFor: text('signing_for'),
    summary: text('summary').notNull(),
    confidentiality: text('confidentiality', { enum: confidentialities }).notNull().default('normal'),
    urgency: text('urgency', { enum: urgencies }).notNull().default('normal'),
    recipients: jsonb('recipients').$type<string[]>().notNull().default([]),
    body: text('body').notNull().default(''),
    status: text('status', { enum: documentStatuses }).notNull(),
    withdrawnReason: text('withdrawn_reason'),
    searchText: text('search_text').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('documents_owner_path_gist').using('gist', t.ownerPath),
    index('documents_issued_idx').on(t.issuedOn, t.id),
    index('documents_created_idx').on(t.createdAt, t.id),
    index('documents_issuer_idx').on(t.issuerId, t.type, t.number),
    index('documents_number_text_idx').on(t.numberText),
    index('documents_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** "replaces", "implements", "guides" from one document to another. */
export const documentLinks = pgTable(
  'document_links',
  {
    id: id(),
    fromId: uuid('from_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    toId: uuid('to_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: documentLinkKinds }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('document_links_uq').on(t.fromId, t.toId, t.kind), index().on(t.toId)],
);

/**
 * Files of a document (and of a cell's implementation plan), kept on disk under the file store; the row holds
 * the store key and the SHA-256 of the bytes.
 */
export const documentFiles = pgTable(
  'document_files',
  {
    id: id(),
    documentId: uuid('document_id').references(() => documents.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedAt: createdAt(),
  },
  (t) => [index().on(t.documentId)],
);

/** The last number taken in one sequence: an issuer's type symbol (or "ĐH" for a congress) within a term. */
export const documentNumberSequences = pgTable(
  'document_number_sequences',
  {
    issuerId: uuid('issuer_id')
      .notNull()
      .references(() => documentIssuers.id),
    sequence: text('sequence').notNull(),
    termId: uuid('term_id')
      .notNull()
      .references(() => unitTerms.id),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.issuerId, t.sequence, t.termId] })],
);

/** Every number given out; a voided one stays (never given again). Unique per issuer, sequence and term. */
export const documentNumbers = pgTable(
  'document_numbers',
  {
    id: id(),
    issuerId: uuid('issuer_id')
      .notNull()
      .references(() => documentIssuers.id),
    sequence: text('sequence').notNull(),
    termId: uuid('term_id')
      .notNull()
      .references(() => unitTerms.id),
    number: integer('number').notNull(),
    numberText: text('number_text').notNull(),
    documentId: uuid('document_id').references(() => documents.id),
    status: text('status', { enum: ['used', 'voided'] }).notNull(),
    voidReason: text('void_reason'),
    takenBy: uuid('taken_by').references(() => users.id),
    takenAt: createdAt(),
  },
  (t) => [
    uniqueIndex('document_numbers_uq').on(t.issuerId, t.sequence, t.termId, t.number),
    index().on(t.documentId),
  ],
);

/** A document from above given to cells to study by a date (học tập, quán triệt). */
export const studyAssignments = pgTable(
  'document_study_assignments',
  {
    id: id(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    /** The committee that assigned it. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: ltree('unit_path').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('document_study_assignments_uq').on(t.documentId, t.unitId),
    index('document_study_assignments_path_gist').using('gist', t.unitPath),
  ],
);

/** One cell's part of an assignment: its study session, attendance counts and implementation plan. */
export const studyTargets = pgTable(
  'document_study_targets',
  {
    id: id(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => studyAssignments.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: ltree('unit_path').notNull(),
    studiedOn: date('studied_on', { mode: 'string' }),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    presentCount: integer('present_count').notNull().default(0),
    planFileId: uuid('plan_file_id').references(() => documentFiles.id),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: tstz('recorded_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('document_study_targets_uq').on(t.assignmentId, t.unitId),
    index('document_study_targets_path_gist').using('gist', t.unitPath),
  ],
);

/** Members present at a cell's study session. */
export const studyAttendees = pgTable(
  'document_study_attendees',
  {
    targetId: uuid('target_id')
      .notNull()
      .references(() => studyTargets.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
  },
  (t) => [primaryKey({ columns: [t.targetId, t.memberId] }), index().on(t.memberId)],
);

/** A member's confirmation in the app that they have read a document. */
export const documentReads = pgTable(
  'document_reads',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    readAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.memberId] }), index().on(t.memberId)],
);
