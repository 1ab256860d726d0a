import { z } from 'zod';
import { memberFilters } from './members';

/**
 * Excel import and export of the member register in the layout of the national member database export
 * (server: `modules/exchange/layout.ts`). The web names the columns through i18n (`exchange.columns.<key>`).
 */
export const exchangeColumnKeys = [
  'stt',
  'fullName',
  'birthDate',
  'sex',
  'ethnicityCode',
  'religionCode',
  'citizenId',
  'hometownOld',
  'residenceNew',
  'admissionDate',
  'officialDate',
  'cardNumber',
  'recordNumber',
  'unitName',
  'generalEducation',
  'professionalDegree',
  'academicTitle',
  'theoryLevel',
  'job',
  'workplace',
  'phone',
  'email',
  'status',
] as const;
export const exchangeColumnKey = z.enum(exchangeColumnKeys);
export type ExchangeColumnKey = z.infer<typeof exchangeColumnKey>;

/** Largest file accepted, and most data rows in one file (inclusive). */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const importUploadQuery = z.object({
  /** The unit the rows go into (its cells are named in the "Chi bộ" column). */
  unitId: z.uuid(),
  fileName: z.string().trim().min(1).max(255),
});
export const importStarted = z.object({ importId: z.uuid(), jobId: z.uuid() });

export const importStatus = z.enum([
  'validating',
  'needs_mapping',
  'ready',
  'applied',
  'cancelled',
  'failed',
]);
export type ImportStatus = z.infer<typeof importStatus>;
export const rowKind = z.enum(['new', 'update', 'unchanged', 'bad']);
export type RowKind = z.infer<typeof rowKind>;

export const importCounts = z.object({
  new: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  bad: z.number().int(),
});

export const importSummary = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  fileName: z.string(),
  status: importStatus,
  jobId: z.uuid().nullable(),
  rowCount: z.number().int(),
  /** The file's header row. */
  headers: z.array(z.string()),
  /** The layout column of each file column (by position), null when left out. */
  mapping: z.array(exchangeColumnKey.nullable()).nullable(),
  /** What the server recognised by itself, offered as the starting point of a mapping. */
  suggestedMapping: z.array(exchangeColumnKey.nullable()),
  counts: importCounts.nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportSummary = z.infer<typeof importSummary>;

export const rowProblem = z.object({ column: z.string(), field: z.string().nullable(), message: z.string() });
export const fieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export const importRow = z.object({
  rowNumber: z.number().int(),
  kind: rowKind,
  fullName: z.string().nullable(),
  citizenId: z.string().nullable(),
  memberId: z.uuid().nullable(),
  problems: z.array(rowProblem),
  diff: z.array(fieldChange),
});
export type ImportRow = z.infer<typeof importRow>;

export const importRowsQuery = z.object({
  kind: rowKind.optional(),
  /** Rows after this row number (keyset paging). */
  after: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const importRowsPage = z.object({
  items: z.array(importRow),
  nextAfter: z.number().int().nullable(),
});

export const mappingBody = z.object({
  mapping: z.array(exchangeColumnKey.nullable()).max(200),
  /** Keep this mapping for the next file with the same headers (default yes). */
  save: z.boolean().default(true),
});

export const exportQuery = memberFilters.extend({
  /** Comma-separated column keys, in the order wanted; all columns when absent. */
  columns: z
    .string()
    .max(1000)
    .optional()
    .transform((v, ctx) => {
      if (!v) return [...exchangeColumnKeys];
      const keys = v.split(',').map((k) => k.trim());
      const bad = keys.find((k) => !(exchangeColumnKeys as readonly string[]).includes(k));
      if (bad) {
        ctx.addIssue({ code: 'custom', message: `không có cột «${bad}» / no column "${bad}"` });
        return z.NEVER;
      }
      return [...new Set(keys)] as ExchangeColumnKey[];
    }),
});

/** Where a member's fields came from: the latest import that wrote each field. */
export const memberSources = z.object({
  fields: z.array(
    z.object({
      field: z.string(),
      importId: z.uuid(),
      fileName: z.string(),
      rowNumber: z.number().int(),
      importedAt: z.string(),
      importedBy: z.string().nullable(),
    }),
  ),
});
export type MemberSources = z.infer<typeof memberSources>;
