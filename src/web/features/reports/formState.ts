import type { FormDefinition, FormField, TableField } from '../../../contracts/report-forms';
import type { PrefilledValues, SubmissionValues, TableValue } from '../../../contracts/reports';
import { allFields, checkValues, type ValueIssue } from '../../../domain/report-values';

/**
 * How a report's values live in the page while it is typed, and what goes back to the server. Tables with
 * fixed rows hold one row per fixed row in the form's order; free tables hold the rows as added (blank ones
 * too, so that a row just added stays on screen); they are dropped when saving.
 */

export type Cell = number | string | null;
export type TableRow = TableValue[number];

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

const rowIsBlank = (row: TableRow) => Object.values(row.cells).every(isBlank);

/** The rows a table shows: its fixed rows in order (with their stored cells), else the stored free rows. */
export function tableRows(field: TableField, value: unknown): TableRow[] {
  const stored = Array.isArray(value) ? (value as TableValue) : [];
  if (field.rows.length === 0) return stored.map((row) => ({ cells: { ...row.cells } }));
  return field.rows.map((fixed) => ({
    row: fixed.key,
    cells: { ...(stored.find((row) => row.row === fixed.key)?.cells ?? {}) },
  }));
}

/** The page's state from the stored values. */
export function valuesToState(definition: FormDefinition, values: SubmissionValues): SubmissionValues {
  const state: SubmissionValues = { ...values };
  for (const field of allFields(definition)) {
    if (field.kind === 'table') state[field.key] = tableRows(field, values[field.key]);
    else if (!(field.key in state)) state[field.key] = null;
  }
  return state;
}

function cellsToSave(field: TableField, cells: Record<string, Cell>): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const column of field.columns) {
    const cell = cells[column.key];
    out[column.key] = cell === undefined || cell === '' ? null : cell;
  }
  return out;
}

function fieldToSave(field: FormField, value: unknown): SubmissionValues[string] {
  if (field.kind === 'table') {
    const rows = tableRows(field, value).map((row) => ({ ...row, cells: cellsToSave(field, row.cells) }));
    return field.rows.length > 0 ? rows : rows.filter((row) => !rowIsBlank(row));
  }
  if (value === undefined || value === '') return null;
  return value as SubmissionValues[string];
}

/** The values to save: the form's fields only, blanks as null, blank free rows left out. */
export function stateToValues(definition: FormDefinition, state: SubmissionValues): SubmissionValues {
  const out: SubmissionValues = {};
  for (const field of allFields(definition)) {
    if (!(field.key in state)) continue;
    out[field.key] = fieldToSave(field, state[field.key]);
  }
  return out;
}

export function setCell(rows: TableRow[], index: number, column: string, value: Cell): TableRow[] {
  return rows.map((row, i) => (i === index ? { ...row, cells: { ...row.cells, [column]: value } } : row));
}

export const addRow = (rows: TableRow[]): TableRow[] => [...rows, { cells: {} }];

export const removeRow = (rows: TableRow[], index: number): TableRow[] => rows.filter((_, i) => i !== index);

/** The issues of each field: a table's issue about `field.row` belongs to the field. */
export function issuesByField(issues: readonly ValueIssue[]): Map<string, ValueIssue[]> {
  const out = new Map<string, ValueIssue[]>();
  for (const issue of issues) {
    const key = issue.field.split('.')[0] ?? issue.field;
    out.set(key, [...(out.get(key) ?? []), issue]);
  }
  return out;
}

export interface PrefillState {
  source: PrefilledValues[string]['source'];
  computed: number | null;
  /** The user typed another figure than the computed one. */
  changed: boolean;
}

/** Whether a field was filled in from the product's data, and whether the user has changed it since. */
export function prefillOf(key: string, value: unknown, prefill: PrefilledValues): PrefillState | null {
  const filled = prefill[key];
  if (!filled) return null;
  const current = typeof value === 'number' ? value : null;
  return { source: filled.source, computed: filled.value, changed: current !== filled.value };
}

/** Whether the form has a field the product can fill in (the "Cập nhật số liệu" button). */
export const hasPrefillSources = (definition: FormDefinition): boolean =>
  allFields(definition).some((field) => field.kind === 'number' && field.source !== null && !field.retired);

/**
 * The issues to show beside the fields, in the form's order: bounds and rules as the user types (the rules even
 * while required fields are still blank); blank required fields too once the user has tried to send.
 */
export function reportIssues(
  definition: FormDefinition,
  values: SubmissionValues,
  withRequired: boolean,
): ValueIssue[] {
  const optional: FormDefinition = {
    ...definition,
    sections: definition.sections.map((section) => ({
      ...section,
      fields: section.fields.map((field) => ({ ...field, required: false })),
    })),
  };
  const issues = checkValues(optional, values, 'submit').issues;
  if (withRequired)
    issues.push(
      ...checkValues(definition, values, 'submit').issues.filter((i) => i.code === 'REPORT_FIELD_REQUIRED'),
    );
  const order = new Map(allFields(definition).map((field, index) => [field.key, index]));
  const position = (issue: ValueIssue) => order.get(issue.field.split('.')[0] ?? '') ?? order.size;
  return issues.sort((a, b) => position(a) - position(b));
}
