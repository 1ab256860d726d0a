import type { TFunction } from 'i18next';
import type {
  FormDefinition,
  FormRule,
  PrefillSource,
  ReportFormSummary,
  ruleOperators,
} from '../../../contracts/report-forms';
import type { UnitKind } from '../../../contracts/units';
import type { PeriodType } from '../../../domain/report-periods';
import { allFields } from '../../../domain/report-values';

/** The words of the designer that depend on a value: period types, sources, unit kinds, the deadline. */
export const periodTypeName = (t: TFunction, type: PeriodType) => t(`reportForms.periodTypes.${type}`);

/** A source as the list of sources names it: the report page's wording, capitalised. */
export function sourceName(t: TFunction, source: PrefillSource): string {
  const text = t(`reports.prefill.sources.${source}`);
  return `${text.charAt(0).toLocaleUpperCase('vi')}${text.slice(1)}`;
}

export const submittersText = (t: TFunction, kinds: readonly UnitKind[]) =>
  kinds.map((kind) => t(`unitKinds.${kind}`)).join(', ');

/** "Ngày thứ 5 sau kỳ" — or "Ngày cuối kỳ" when due on the period's last day. */
export const dueText = (t: TFunction, form: Pick<ReportFormSummary, 'dueDays'>) =>
  form.dueDays === 0 ? t('reportForms.dueOnLastDay') : t('reportForms.dueAfter', { n: form.dueDays });

/** The comparison as printed: ≤ rather than <=. */
export const opText: Record<(typeof ruleOperators)[number], string> = {
  '<=': '≤',
  '<': '<',
  '=': '=',
  '>=': '≥',
  '>': '>',
};

/** A rule as the person filling in reads it: its own name, or "Số dự sinh hoạt ≤ Tổng số đảng viên". */
export function ruleText(rule: FormRule, definition: FormDefinition): string {
  if (rule.label) return rule.label;
  const labels = new Map(allFields(definition).map((field) => [field.key, field.label]));
  const name = (key: string) => labels.get(key) || key;
  return `${name(rule.left)} ${opText[rule.op]} ${rule.right.map(name).join(' + ')}`;
}
