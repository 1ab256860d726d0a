import type { FormDefinition } from '../contracts/report-forms';
import { allFields } from './report-values';

/**
 * What is wrong with a form definition beyond its shape (the zod schema checks that): keys that clash, rules
 * over fields that are missing or not numbers, bounds the wrong way round. Runs in the designer as the user
 * types and on the server as the answer of record. `path` points into the definition.
 */
export interface DefinitionIssue {
  path: string;
  code:
    | 'REPORT_FORM_KEY_DUPLICATE'
    | 'REPORT_FORM_SECTION_KEY_DUPLICATE'
    | 'REPORT_FORM_RULE_KEY_DUPLICATE'
    | 'REPORT_FORM_COLUMN_DUPLICATE'
    | 'REPORT_FORM_ROW_DUPLICATE'
    | 'REPORT_FORM_MIN_ABOVE_MAX'
    | 'REPORT_FORM_RULE_FIELD_UNKNOWN'
    | 'REPORT_FORM_RULE_FIELD_NOT_NUMBER';
  params: Record<string, string | number>;
}

function duplicates(keys: string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const key of keys) (seen.has(key) ? twice : seen).add(key);
  return twice;
}

function checkFields(definition: FormDefinition, issues: DefinitionIssue[]) {
  const twice = duplicates(allFields(definition).map((field) => field.key));
  const reported = new Set<string>();
  definition.sections.forEach((section, s) => {
    section.fields.forEach((field, f) => {
      const at = `definition.sections.${s}.fields.${f}`;
      if (twice.has(field.key) && !reported.has(field.key)) {
        reported.add(field.key);
        issues.push({ path: `${at}.key`, code: 'REPORT_FORM_KEY_DUPLICATE', params: { key: field.key } });
      }
      if (field.kind === 'number' && field.min !== null && field.max !== null && field.min > field.max)
        issues.push({
          path: `${at}.min`,
          code: 'REPORT_FORM_MIN_ABOVE_MAX',
          params: { label: field.label, min: field.min, max: field.max },
        });
      if (field.kind !== 'table') return;
      for (const key of duplicates(field.columns.map((column) => column.key)))
        issues.push({
          path: `${at}.columns`,
          code: 'REPORT_FORM_COLUMN_DUPLICATE',
          params: { label: field.label, key },
        });
      for (const key of duplicates(field.rows.map((row) => row.key)))
        issues.push({
          path: `${at}.rows`,
          code: 'REPORT_FORM_ROW_DUPLICATE',
          params: { label: field.label, key },
        });
    });
  });
}

function checkRules(definition: FormDefinition, issues: DefinitionIssue[]) {
  // The first field of a key (a duplicate is reported on its own).
  const fields = new Map(
    allFields(definition)
      .reverse()
      .map((field) => [field.key, field]),
  );
  for (const key of duplicates(definition.rules.map((rule) => rule.key)))
    issues.push({ path: 'definition.rules', code: 'REPORT_FORM_RULE_KEY_DUPLICATE', params: { key } });
  definition.rules.forEach((rule, r) => {
    const at = `definition.rules.${r}`;
    const operands: Array<[string, string]> = [
      [`${at}.left`, rule.left],
      ...rule.right.map((key, i): [string, string] => [`${at}.right.${i}`, key]),
    ];
    for (const [path, key] of operands) {
      const field = fields.get(key);
      if (!field)
        issues.push({ path, code: 'REPORT_FORM_RULE_FIELD_UNKNOWN', params: { rule: rule.key, key } });
      else if (field.kind !== 'number')
        issues.push({
          path,
          code: 'REPORT_FORM_RULE_FIELD_NOT_NUMBER',
          params: { rule: rule.key, label: field.label },
        });
    }
  });
}

/**
 * Field keys are unique across the whole form (the data of a report is stored under them, whatever section
 * they sit in); section keys among sections; rule keys among rules; a table's column and row keys within it.
 * A field may share its key with a section (the built-in forms do).
 */
export function definitionIssues(definition: FormDefinition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  for (const key of duplicates(definition.sections.map((section) => section.key)))
    issues.push({ path: 'definition.sections', code: 'REPORT_FORM_SECTION_KEY_DUPLICATE', params: { key } });
  checkFields(definition, issues);
  checkRules(definition, issues);
  return issues;
}
