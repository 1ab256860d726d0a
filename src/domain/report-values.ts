import type { FormDefinition, FormField, FormRule, NumberField } from '../contracts/report-forms';
import type { SubmissionValues, TableValue } from '../contracts/reports';

/**
 * Checks a report's values against its form. A draft is checked for shape only (a number where a number goes,
 * text within its length, table rows within the table), so it can be saved as it is typed; a report being
 * sent is checked fully: required fields, whole numbers, bounds, and the form's rules between numbers. The
 * same function runs in the browser (messages beside the fields) and on the server (the answer of record).
 */
export interface ValueIssue {
  /** The field key (or `field.row` of a table) the issue is about. */
  field: string;
  code:
    | 'REPORT_FIELD_UNKNOWN'
    | 'REPORT_NOT_A_NUMBER'
    | 'REPORT_NOT_TEXT'
    | 'REPORT_TEXT_TOO_LONG'
    | 'REPORT_TABLE_INVALID'
    | 'REPORT_TABLE_TOO_MANY_ROWS'
    | 'REPORT_FIELD_REQUIRED'
    | 'REPORT_NOT_WHOLE'
    | 'REPORT_BELOW_MIN'
    | 'REPORT_ABOVE_MAX'
    | 'REPORT_RULE_FAILED';
  params: Record<string, string | number>;
}

export type CheckMode = 'draft' | 'submit';

export const allFields = (definition: FormDefinition): FormField[] =>
  definition.sections.flatMap((section) => section.fields);

/** The fields a new report asks for (retired ones are kept for past data only). */
export const askedFields = (definition: FormDefinition): FormField[] =>
  allFields(definition).filter((field) => !field.retired);

const isBlank = (value: unknown) => value === null || value === undefined || value === '';

function tableIsEmpty(value: TableValue): boolean {
  return value.every((row) => Object.values(row.cells).every(isBlank));
}

function checkNumber(field: NumberField, value: number, mode: CheckMode, issues: ValueIssue[]) {
  if (!Number.isFinite(value)) {
    issues.push({ field: field.key, code: 'REPORT_NOT_A_NUMBER', params: { label: field.label } });
    return;
  }
  if (mode === 'draft') return;
  if (field.integer && !Number.isInteger(value))
    issues.push({ field: field.key, code: 'REPORT_NOT_WHOLE', params: { label: field.label } });
  if (field.min !== null && value < field.min)
    issues.push({
      field: field.key,
      code: 'REPORT_BELOW_MIN',
      params: { label: field.label, min: field.min },
    });
  if (field.max !== null && value > field.max)
    issues.push({
      field: field.key,
      code: 'REPORT_ABOVE_MAX',
      params: { label: field.label, max: field.max },
    });
}

function checkTable(field: Extract<FormField, { kind: 'table' }>, value: unknown, issues: ValueIssue[]) {
  if (!Array.isArray(value)) {
    issues.push({ field: field.key, code: 'REPORT_TABLE_INVALID', params: { label: field.label } });
    return;
  }
  const fixed = field.rows.length > 0;
  const limit = fixed ? field.rows.length : field.maxRows;
  if (value.length > limit) {
    issues.push({
      field: field.key,
      code: 'REPORT_TABLE_TOO_MANY_ROWS',
      params: { label: field.label, max: limit },
    });
    return;
  }
  const rowKeys = new Set(field.rows.map((row) => row.key));
  const columns = new Map(field.columns.map((column) => [column.key, column]));
  for (const row of value as TableValue) {
    const badRow = fixed ? !row.row || !rowKeys.has(row.row) : row.row !== undefined;
    const badCell = Object.entries(row.cells).some(([key, cell]) => {
      const column = columns.get(key);
      if (!column) return true;
      if (cell === null) return false;
      return column.kind === 'number'
        ? typeof cell !== 'number' || !Number.isFinite(cell)
        : typeof cell !== 'string';
    });
    if (badRow || badCell) {
      issues.push({ field: field.key, code: 'REPORT_TABLE_INVALID', params: { label: field.label } });
      return;
    }
  }
}

function checkField(field: FormField, value: unknown, mode: CheckMode, issues: ValueIssue[]) {
  if (isBlank(value)) return;
  if (field.kind === 'number') {
    if (typeof value !== 'number')
      issues.push({ field: field.key, code: 'REPORT_NOT_A_NUMBER', params: { label: field.label } });
    else checkNumber(field, value, mode, issues);
  } else if (field.kind === 'text') {
    if (typeof value !== 'string')
      issues.push({ field: field.key, code: 'REPORT_NOT_TEXT', params: { label: field.label } });
    else if (value.length > field.maxLength)
      issues.push({
        field: field.key,
        code: 'REPORT_TEXT_TOO_LONG',
        params: { label: field.label, max: field.maxLength },
      });
  } else checkTable(field, value, issues);
}

const compare: Record<FormRule['op'], (a: number, b: number) => boolean> = {
  '<=': (a, b) => a <= b,
  '<': (a, b) => a < b,
  '=': (a, b) => Math.abs(a - b) < 1e-9,
  '>=': (a, b) => a >= b,
  '>': (a, b) => a > b,
};

/** How a rule is named in messages: its own label, or "Số có mặt ≤ Số đảng viên". */
export function ruleLabel(rule: FormRule, definition: FormDefinition): string {
  if (rule.label) return rule.label;
  const labels = new Map(allFields(definition).map((field) => [field.key, field.label]));
  const name = (key: string) => labels.get(key) ?? key;
  return `${name(rule.left)} ${rule.op} ${rule.right.map(name).join(' + ')}`;
}

function checkRules(definition: FormDefinition, values: SubmissionValues, issues: ValueIssue[]) {
  const numberOf = (key: string) => (typeof values[key] === 'number' ? (values[key] as number) : null);
  for (const rule of definition.rules) {
    const left = numberOf(rule.left);
    const rights = rule.right.map(numberOf);
    if (left === null || rights.some((v) => v === null)) continue;
    const right = (rights as number[]).reduce((sum, v) => sum + v, 0);
    if (!compare[rule.op](left, right))
      issues.push({
        field: rule.left,
        code: 'REPORT_RULE_FAILED',
        params: { rule: ruleLabel(rule, definition), left, right },
      });
  }
}

/**
 * The values kept for a report (keys of the form only, blanks as null) and what is wrong with them. In submit
 * mode the retired fields are not required, and the rules are checked once every number is sound.
 */
export function checkValues(
  definition: FormDefinition,
  values: SubmissionValues,
  mode: CheckMode,
): { values: SubmissionValues; issues: ValueIssue[] } {
  const fields = new Map(allFields(definition).map((field) => [field.key, field]));
  const issues: ValueIssue[] = [];
  const kept: SubmissionValues = {};
  for (const [key, value] of Object.entries(values)) {
    const field = fields.get(key);
    if (!field) {
      issues.push({ field: key, code: 'REPORT_FIELD_UNKNOWN', params: { key } });
      continue;
    }
    checkField(field, value, mode, issues);
    kept[key] = value === '' ? null : value;
  }
  if (mode === 'submit') {
    for (const field of fields.values()) {
      if (!field.required || field.retired) continue;
      const value = kept[field.key];
      const blank =
        isBlank(value) ||
        (typeof value === 'string' && value.trim() === '') ||
        (Array.isArray(value) && tableIsEmpty(value));
      if (blank)
        issues.push({ field: field.key, code: 'REPORT_FIELD_REQUIRED', params: { label: field.label } });
    }
    if (issues.length === 0) checkRules(definition, kept, issues);
  }
  return { values: kept, issues };
}
