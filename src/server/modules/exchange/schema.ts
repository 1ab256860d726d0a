import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, ltree, tstz } from '../../db/columns';
import { users } from '../../platform/auth/schema';
import { members } from '../members/schema';
import { units } from '../org/schema';

export const importStatuses = [
  /** Rows are being read and checked (the job's progress). */
  'validating',
  /** The file's headers differ from the layout: the user maps them. */
  'needs_mapping',
  /** The preview is ready; nothing has been written to the register yet. */
  'ready',
  'applied',
  'cancelled',
  'failed',
] as const;
export type ImportStatus = (typeof importStatuses)[number];

export const rowKinds = ['new', 'update', 'unchanged', 'bad'] as const;
export type RowKind = (typeof rowKinds)[number];

/**
 * One upload of an Excel member list into a unit. Its rows wait in `exchange_import_rows` until the user
 * accepts (they are written to the register in one transaction) or cancels; the staged rows are then
 * discarded, the import itself stays as the source named by the provenance of the fields it wrote.
 */
export const exchangeImports = pgTable(
  'exchange_imports',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: ltree('unit_path').notNull(),
    fileName: text('file_name').notNull(),
    status: text('status', { enum: importStatuses }).notNull(),
    jobId: uuid('job_id'),
    /** The file's header row, as written. */
    headers: jsonb('headers').$type<string[]>().notNull(),
    /** Layout column of each file column (by position), null for columns left out. */
    mapping: jsonb('mapping').$type<(string | null)[]>(),
    counts: jsonb('counts').$type<{ new: number; update: number; unchanged: number; bad: number }>(),
    rowCount: integer('row_count').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    finishedAt: tstz('finished_at'),
  },
  (t) => [index('exchange_imports_creator_idx').on(t.createdBy, t.createdAt)],
);

export interface RowProblem {
  /** The file's header of the offending column (or the layout's, when the column is missing). */
  column: string;
  field: string | null;
  message: string;
}
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The staged rows of an import: the cells as read, and what checking them found. */
export const exchangeImportRows = pgTable(
  'exchange_import_rows',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => exchangeImports.id, { onDelete: 'cascade' }),
    /** The row's number in the worksheet (the header is row 1). */
    rowNumber: integer('row_number').notNull(),
    cells: jsonb('cells').$type<unknown[]>().notNull(),
    kind: text('kind', { enum: rowKinds }),
    memberId: uuid('member_id'),
    memberVersion: integer('member_version'),
    /** The values to write: the whole record of a new member, the changed fields of an update. */
    fields: jsonb('fields').$type<Record<string, unknown>>(),
    diff: jsonb('diff').$type<FieldChange[]>(),
    problems: jsonb('problems').$type<RowProblem[]>(),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.rowNumber] }),
    index('exchange_import_rows_kind_idx').on(t.importId, t.kind, t.rowNumber),
  ],
);

/**
 * How a user mapped the headers of a file that differs from the layout, stored under the set of its headers,
 * so the next file with the same headers (from the same user or for the same unit) is mapped by itself.
 */
export const exchangeColumnMappings = pgTable(
  'exchange_column_mappings',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    signature: text('signature').notNull(),
    /** Layout column for each header key (`headerKey`), null for a column left out. */
    mapping: jsonb('mapping').$type<Record<string, string | null>>().notNull(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('exchange_column_mappings_user_uq').on(t.userId, t.signature),
    index('exchange_column_mappings_unit_idx').on(t.unitId, t.signature),
  ],
);

/** Which import wrote which fields of a member (file, row, time come from the import): the field provenance. */
export const exchangeMemberSources = pgTable(
  'exchange_member_sources',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => exchangeImports.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    rowNumber: integer('row_number').notNull(),
    fields: jsonb('fields').$type<string[]>().notNull(),
    importedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.memberId] }),
    index('exchange_member_sources_member_idx').on(t.memberId, t.importedAt),
  ],
);
