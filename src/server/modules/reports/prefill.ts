import type { FormDefinition, NumberField, PrefillSource } from '../../../contracts/report-forms';
import type { PrefilledValues, SubmissionValues } from '../../../contracts/reports';
import { askedFields } from '../../../domain/report-values';
import type { Tx } from '../../db/client';
import { computePrefill } from './prefill-sources';

/** A figure as its field takes it: whole numbers rounded, others kept to one decimal. */
const fitted = (field: NumberField, value: number | null): number | null =>
  value === null ? null : field.integer ? Math.round(value) : Math.round(value * 10) / 10;

/**
 * The known figures of a report: for every asked number field with a source, its value and where it came
 * from (the form shows the source beside the field; the user may change the value). Called when a draft is
 * opened and when the user asks for the figures again.
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
  const figures = await computePrefill(
    tx,
    unit,
    period,
    fields.map((f) => f.source),
    today,
  );
  const computedAt = new Date().toISOString();
  for (const field of fields) {
    const value = fitted(field, figures[field.source] ?? null);
    values[field.key] = value;
    prefill[field.key] = { source: field.source, value, computedAt };
  }
  return { values, prefill };
}
