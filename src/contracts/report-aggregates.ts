import { z } from 'zod';
import { namedRef } from './common';
import { periodType } from './report-forms';
import { periodKey } from './reports';
import { unitKind } from './units';

/**
 * Aggregation of accepted reports up the tree (tổng hợp số liệu): the numeric fields of a form summed (or
 * averaged where the form says) over a unit's subtree for a period, the same per child unit, a trend over
 * periods, and the text fields of the subtree's reports compiled per unit. Only accepted reports count.
 */

const aggregateBase = {
  formId: z.uuid(),
  periodKey,
  unitId: z.uuid(),
};

export const aggregateQuery = z.object(aggregateBase);

/** A numeric figure of the form: a number field, or a numeric cell of a fixed-row table (`field.row.col`). */
export const aggregateField = z.object({
  key: z.string(),
  /** "Tổng số đảng viên"; a table cell "Table — Row — Column". */
  label: z.string(),
  section: z.string(),
  kind: z.enum(['number', 'cell']),
  /** How figures add up: `sum`, or `avg` = total / reports that gave the figure. */
  aggregate: z.enum(['sum', 'avg']),
  /** The measure: "người", "%". */
  unit: z.string().nullable(),
  /** No longer asked for in the current version; past data still counts. */
  retired: z.boolean(),
});
export type AggregateField = z.infer<typeof aggregateField>;

/** A figure over a set of accepted reports. */
export const aggregateValue = z.object({
  total: z.number(),
  /** Accepted reports that gave the figure. */
  reports: z.number().int(),
  /** What is shown: the total, or total / reports for an average. */
  value: z.number(),
});
export type AggregateValue = z.infer<typeof aggregateValue>;

/** Reports of a form and period in a subtree, by status (only accepted ones are added up). */
export const reportCounts = z.object({
  accepted: z.number().int(),
  /** Sent, waiting for the level above. */
  submitted: z.number().int(),
  /** Sent back to the unit for changes. */
  returned: z.number().int(),
});
export type ReportCounts = z.infer<typeof reportCounts>;

export const aggregateRow = z.object({
  counts: reportCounts,
  /** Keyed by `aggregateField.key`; a figure no accepted report gave is absent. */
  values: z.record(z.string(), aggregateValue),
});
export type AggregateRow = z.infer<typeof aggregateRow>;

export const aggregateChild = aggregateRow.extend({
  unit: namedRef.extend({ kind: unitKind, dissolved: z.boolean() }),
  /** The child has units below it (its row can be opened). */
  hasChildren: z.boolean(),
});
export type AggregateChild = z.infer<typeof aggregateChild>;

/** A field whose text is compiled: a text field or a table of free rows. */
export const compiledField = z.object({
  key: z.string(),
  label: z.string(),
  section: z.string(),
  kind: z.enum(['text', 'table']),
  /** A table's columns, in order (the rows' cells follow them). */
  columns: z.array(
    z.object({ key: z.string(), label: z.string(), kind: z.enum(['number', 'text', 'theme']) }),
  ),
  retired: z.boolean(),
});
export type CompiledField = z.infer<typeof compiledField>;

export const aggregateResponse = z.object({
  form: z.object({ id: z.uuid(), code: z.string(), name: z.string(), periodType }),
  period: z.object({ key: z.string(), start: z.string(), end: z.string() }),
  unit: namedRef.extend({ kind: unitKind, parentId: z.uuid().nullable() }),
  /** The path from the top of the reader's reach down to the unit, for the breadcrumb (unit itself last). */
  trail: z.array(namedRef),
  fields: z.array(aggregateField),
  /** The text fields (and free-row tables) whose content can be compiled per unit. */
  texts: z.array(compiledField),
  /** The whole subtree. */
  subtree: aggregateRow,
  /** The unit's own accepted report, when it has one (its subtree = own + children). */
  own: aggregateRow.nullable(),
  children: z.array(aggregateChild),
  /** Children beyond the first 1,000 are not listed. */
  childTotal: z.number().int(),
});
export type AggregateResponse = z.infer<typeof aggregateResponse>;

export const trendQuery = z.object({
  ...aggregateBase,
  fieldKey: z.string().trim().min(1).max(130),
  count: z.coerce.number().int().min(1).max(60).default(12),
});

export const trendResponse = z.object({
  field: aggregateField,
  points: z.array(
    z.object({
      periodKey: z.string(),
      start: z.string(),
      end: z.string(),
      /** Null when no accepted report gave the figure in the period. */
      value: z.number().nullable(),
      reports: z.number().int(),
    }),
  ),
});
export type TrendResponse = z.infer<typeof trendResponse>;

export const compiledQuery = z.object({
  ...aggregateBase,
  fieldKey: z.string().trim().min(1).max(40),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const compiledItem = z.object({
  submissionId: z.uuid(),
  unit: namedRef,
  /** The unit above the source unit (null for a root). */
  parent: namedRef.nullable(),
  text: z.string().nullable(),
  /** A table's rows, each cell in the order of `columns` as text. */
  rows: z.array(z.array(z.string())),
});
export type CompiledItem = z.infer<typeof compiledItem>;

export const compiledResponse = z.object({
  /** Every compilable field of the form, for the picker. */
  fields: z.array(compiledField),
  field: compiledField,
  items: z.array(compiledItem),
  nextCursor: z.string().nullable(),
  /** Accepted reports of the subtree that gave this field. */
  total: z.number().int(),
});
export type CompiledResponse = z.infer<typeof compiledResponse>;
