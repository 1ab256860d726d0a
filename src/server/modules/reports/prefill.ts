import type { FormDefinition, NumberField, PrefillSource } from '../../../contracts/report-forms';
import type { PrefilledValues, SubmissionValues } from '../../../contracts/reports';
import { askedFields } from '../../../domain/report-values';
import type { Tx } from '../../db/client';
import { computePrefill } from './prefill-sources';

/** A figure as its field takes it: whole numbers rounded, others kept to one decimal. */
const fitted = (field: NumberField, value: number | null): number | null =>
  value === null ? null : field.integer ? Math.round(value) : Math.round(value * 10) / 10;

/**
 * The figures the product knows for a report: every asked number field with a source gets its value (null
 * when it cannot be known, e.g. attendance with no meeting held), and the provenance (source, value, when) is
 * kept beside it so the page can show where it came from. Called when a draft is opened and on "Cập nhật số liệu".
 */
export async function prefillFor(
  tx: Tx,
  unit: { id: string; path: string },
  period: { start: string; end: string },
  definition: FormDefinition,
  today: string,
): Promise<{ values: SubmissionValues; prefill: PrefilledValues }> {
  const fields = askedFields(definition).filter(
    (field): field is NumberField & { source: PrefillSource } =>
      field.kind === 'number' && field.source !== null,
  );
  const values: SubmissionValues = {};
  const prefill: PrefilledValues = {};
  if (fields.length === 0) return { values, prefill };
  const figures = await computePrefill(tx, unit, period, [...new Set(fields.map((f) => f.source))], today);
  const computedAt = new Date().toISOString();
  for (const field of fields) {
    const figure = figures[field.source];
    if (figure === undefined) continue;
    const value = fitted(field, figure);
    values[field.key] = value;
    prefill[field.key] = { source: field.source, value, computedAt };
  }
  return { values, prefill };
}
