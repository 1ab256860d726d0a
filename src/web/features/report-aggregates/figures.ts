import type { AggregateField, AggregateValue } from '../../../contracts/report-aggregates';
import { currentLanguage } from '../../app/i18n';

/** A figure as shown: "82,5 %", "1.234 người"; a dash when no accepted report gave it. */
export function figureText(field: AggregateField, value: AggregateValue | undefined): string {
  if (!value) return '—';
  const number = new Intl.NumberFormat(currentLanguage() === 'en' ? 'en-GB' : 'vi-VN', {
    maximumFractionDigits: field.aggregate === 'avg' ? 1 : 2,
  }).format(value.value);
  return field.unit ? `${number} ${field.unit}` : number;
}
