import { z } from 'zod';
import { periodTypes } from '../domain/report-periods';
import { line, namedRef, optionalText } from './common';
import { isoDate } from './dates';
import { unitKind } from './units';

/**
 * Report forms (biểu mẫu báo cáo) a committee defines without code: sections of numeric, text and small-table
 * fields, validation rules between numbers, a period type, the unit kinds that submit, a deadline. Each change
 * of the definition is a new version; a submission keeps the version it was filled in.
 */

export const periodType = z.enum(periodTypes);

/**
 * Figures the product knows and can fill in for a unit and a period (the field shows where they came from).
 * Counts are over the unit's whole subtree; "in the period" means dated within its first and last day.
 */
export const prefillSources = [
  /**
   * Members on the period's last day (today while it runs): the register's total — official, probationary and
   * exempted (official or probationary members excused from activities) — and the official and probationary ones.
   */
  'members.total',
  'members.official',
  'members.probationary',
  /** Members admitted (the superior's decision) in the period. */
  'admission.admitted',
  /** Probationary members made official in the period. */
  'admission.officialized',
  /** Members transferred in / out (official transfers) in the period. */
  'transfers.in',
  'transfers.out',
  /** Cell meetings held (closed) in the period; regular and thematic ones. */
  'meetings.held',
  'meetings.thematic',
  /** Average attendance of the meetings held in the period, in percent. */
  'meetings.attendanceRate',
  /** Documents issued (given a number) by the unit's own issuers in the period. */
  'documents.issued',
  /** Study sessions of resolutions and directives recorded in the period. */
  'study.sessions',
  /** Tasks given to the subtree that were done in the period / overdue on its last day. */
  'tasks.done',
  'tasks.overdue',
] as const;
export const prefillSource = z.enum(prefillSources);
export type PrefillSource = z.infer<typeof prefillSource>;

/** Lower-case ASCII key, stable across versions: the data of a field is stored under it. */
export const fieldKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'chữ thường không dấu, số, gạch dưới / lower-case letters, digits, _');

const fieldBase = {
  key: fieldKey,
  label: line(300),
  help: optionalText(1000),
  required: z.boolean().default(false),
  /** No longer asked for; kept so past data stays readable and aggregated (a field with data is never removed). */
  retired: z.boolean().default(false),
};

export const numberField = z.object({
  ...fieldBase,
  kind: z.literal('number'),
  /** The measure shown beside the input: "người", "%", "cuộc". */
  unit: optionalText(30),
  integer: z.boolean().default(true),
  min: z.number().nullable().default(0),
  max: z.number().nullable().default(null),
  /** How the committee's view adds the figures of its units up. */
  aggregate: z.enum(['sum', 'avg']).default('sum'),
  source: prefillSource.nullable().default(null),
});

export const textField = z.object({
  ...fieldBase,
  kind: z.literal('text'),
  maxLength: z.int32().min(10).max(20_000).default(4000),
});

export const tableColumn = z.object({
  key: fieldKey,
  label: line(200),
  /** `theme`: one of the committee's themes of opinion (ideological-situation reports). */
  kind: z.enum(['number', 'text', 'theme']),
});

export const tableField = z.object({
  ...fieldBase,
  kind: z.literal('table'),
  columns: z.array(tableColumn).min(1).max(10),
  /** Fixed rows (e.g. age bands): their numeric cells are aggregated as `field.row.column`. None: free rows. */
  rows: z
    .array(z.object({ key: fieldKey, label: line(200) }))
    .max(30)
    .default([]),
  maxRows: z.int32().min(1).max(100).default(20),
});

export const formField = z.discriminatedUnion('kind', [numberField, textField, tableField]);
export type FormField = z.infer<typeof formField>;
export type NumberField = z.infer<typeof numberField>;
export type TextField = z.infer<typeof textField>;
export type TableField = z.infer<typeof tableField>;

export const formSection = z.object({
  key: fieldKey,
  title: line(300),
  fields: z.array(formField).min(1).max(60),
});
export type FormSection = z.infer<typeof formSection>;

export const ruleOperators = ['<=', '<', '=', '>=', '>'] as const;

/** `left op sum(right)` between numeric fields, e.g. members present ≤ members. */
export const formRule = z.object({
  key: fieldKey,
  left: fieldKey,
  op: z.enum(ruleOperators),
  right: z.array(fieldKey).min(1).max(20),
  /** How the rule is named in messages; by default "left ≤ right". */
  label: optionalText(300),
});
export type FormRule = z.infer<typeof formRule>;

export const formDefinition = z.object({
  sections: z.array(formSection).min(1).max(30),
  rules: z.array(formRule).max(60).default([]),
});
export type FormDefinition = z.infer<typeof formDefinition>;

export const builtInForms = ['ideology_cell', 'ideology_committee'] as const;
export const formStatuses = ['active', 'retired'] as const;

const formSettings = {
  name: line(300),
  periodType,
  submitterKinds: z.array(unitKind).min(1).max(7),
  dueDays: z.int32().min(0).max(120),
  opensDaysBefore: z.int32().min(0).max(366),
  /** Reports are expected for the periods ending on or after this day. */
  startsOn: isoDate,
  description: optionalText(2000),
};

export const createReportFormBody = z.object({
  /** The committee whose subtree submits the form. */
  ownerUnitId: z.uuid(),
  code: z
    .string()
    .trim()
    .regex(
      /^[A-Z0-9][A-Z0-9_-]{0,29}$/,
      'chữ in hoa không dấu, số, - hoặc _ / upper-case letters, digits, - or _',
    ),
  ...formSettings,
  definition: formDefinition,
});

export const updateReportFormBody = z.object({
  ...formSettings,
  definition: formDefinition,
  /** Why the form changed (kept with the new version). */
  changeNote: optionalText(1000),
  version: z.int32().min(1),
});

export const formStatusBody = z.object({ status: z.enum(formStatuses), version: z.int32().min(1) });

export const reportFormsQuery = z.object({
  /** Forms owned by this unit or an ancestor (what the unit's subtree submits); default: all in reach. */
  unitId: z.uuid().optional(),
  includeRetired: z.stringbool().default(false),
});

export const reportFormSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  owner: namedRef.nullable(),
  builtIn: z.enum(builtInForms).nullable(),
  periodType,
  submitterKinds: z.array(unitKind),
  dueDays: z.number().int(),
  opensDaysBefore: z.number().int(),
  startsOn: isoDate,
  status: z.enum(formStatuses),
  currentVersionNo: z.number().int(),
  version: z.number().int(),
  /** The user may change the form (a writer of its owner unit). */
  canEdit: z.boolean(),
});
export type ReportFormSummary = z.infer<typeof reportFormSummary>;
export const reportFormList = z.object({ items: z.array(reportFormSummary) });

export const reportFormDetail = reportFormSummary.extend({
  description: z.string().nullable(),
  definition: formDefinition,
  versions: z.array(
    z.object({
      versionNo: z.number().int(),
      createdAt: z.string(),
      createdBy: z.string().nullable(),
      changeNote: z.string().nullable(),
      submissions: z.number().int(),
    }),
  ),
});
export type ReportFormDetail = z.infer<typeof reportFormDetail>;

export const formVersionParams = z.object({ id: z.uuid(), versionNo: z.coerce.number().int().min(1) });
export const reportFormVersion = z.object({ versionNo: z.number().int(), definition: formDefinition });
