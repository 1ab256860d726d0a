import type { FormDefinition, FormField, TableField } from '../contracts/report-forms';
import type { PeriodType } from './report-periods';
import { allFields } from './report-values';

/**
 * What a new definition of a form would leave without meaning in the reports already sent on it: their
 * values are stored under field keys (and table row and column keys) and added up by the field's aggregate,
 * so a field with data may be retired but not removed, retyped or re-aggregated. Everything else — new fields,
 * labels, help, bounds, rules, retiring — is safe.
 */
export interface Orphan {
  /** The field (or `period`) the change is about. */
  field: string;
  code:
    | 'REPORT_FORM_FIELD_REMOVED'
    | 'REPORT_FORM_FIELD_KIND_CHANGED'
    | 'REPORT_FORM_AGGREGATE_CHANGED'
    | 'REPORT_FORM_INTEGER_CHANGED'
    | 'REPORT_FORM_COLUMNS_DROPPED'
    | 'REPORT_FORM_COLUMN_KIND_CHANGED'
    | 'REPORT_FORM_ROWS_DROPPED'
    | 'REPORT_FORM_ROWS_MODE_CHANGED'
    | 'REPORT_FORM_PERIOD_TYPE_CHANGED';
  params: Record<string, string | number>;
}

export interface FormShape {
  periodType: PeriodType;
  definition: FormDefinition;
}

function tableOrphans(before: TableField, after: TableField): Orphan[] {
  const found: Orphan[] = [];
  const params = { label: before.label, key: before.key };
  const columns = new Map(after.columns.map((column) => [column.key, column]));
  const dropped = before.columns.filter((column) => !columns.has(column.key));
  if (dropped.length > 0)
    found.push({
      field: before.key,
      code: 'REPORT_FORM_COLUMNS_DROPPED',
      params: { ...params, columns: dropped.map((column) => column.label).join(', ') },
    });
  for (const column of before.columns) {
    const next = columns.get(column.key);
    if (next && next.kind !== column.kind)
      found.push({
        field: before.key,
        code: 'REPORT_FORM_COLUMN_KIND_CHANGED',
        params: { ...params, column: column.label },
      });
  }
  if (before.rows.length > 0 !== after.rows.length > 0)
    found.push({ field: before.key, code: 'REPORT_FORM_ROWS_MODE_CHANGED', params });
  else {
    const rows = new Set(after.rows.map((row) => row.key));
    const gone = before.rows.filter((row) => !rows.has(row.key));
    if (gone.length > 0)
      found.push({
        field: before.key,
        code: 'REPORT_FORM_ROWS_DROPPED',
        params: { ...params, rows: gone.map((row) => row.label).join(', ') },
      });
  }
  return found;
}

function fieldOrphans(before: FormField, after: FormField | undefined): Orphan[] {
  const params = { label: before.label, key: before.key };
  if (!after) return [{ field: before.key, code: 'REPORT_FORM_FIELD_REMOVED', params }];
  if (after.kind !== before.kind)
    return [{ field: before.key, code: 'REPORT_FORM_FIELD_KIND_CHANGED', params }];
  if (before.kind === 'number' && after.kind === 'number') {
    const found: Orphan[] = [];
    if (before.aggregate !== after.aggregate)
      found.push({ field: before.key, code: 'REPORT_FORM_AGGREGATE_CHANGED', params });
    if (before.integer !== after.integer)
      found.push({ field: before.key, code: 'REPORT_FORM_INTEGER_CHANGED', params });
    return found;
  }
  if (before.kind === 'table' && after.kind === 'table') return tableOrphans(before, after);
  return [];
}

/** The changes from `before` to `after` that would orphan data already sent; empty when the change is safe. */
export function orphansOf(before: FormShape, after: FormShape): Orphan[] {
  const found: Orphan[] = [];
  if (before.periodType !== after.periodType)
    found.push({
      field: 'periodType',
      code: 'REPORT_FORM_PERIOD_TYPE_CHANGED',
      params: { from: before.periodType, to: after.periodType },
    });
  const next = new Map(allFields(after.definition).map((field) => [field.key, field]));
  for (const field of allFields(before.definition)) found.push(...fieldOrphans(field, next.get(field.key)));
  return found;
}

/** JSON with object keys sorted and null or undefined members left out, so two equal definitions give the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Two definitions say the same thing (a help text of null and one left out count as the same). */
export function sameDefinition(a: FormDefinition, b: FormDefinition): boolean {
  return canonical(a) === canonical(b);
}
