import type { FormDefinition, NumberField, PrefillSource } from '../../../contracts/report-forms';
import type { PrefilledValues, SubmissionValues } from '../../../contracts/reports';
import { askedFields } from '../../../domain/report-values';
import type { Tx } from '../../db/client';
import { computePrefill } from './prefill-sources';

/**
 * The figures the product knows for a report: every asked number field with a source gets its value, and the
 * provenance (source, value, when) is kept beside it so the page can show where it came from.
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
    const value = figures[field.source];
    if (value === undefined) continue;
    values[field.key] = value;
    prefill[field.key] = { source: field.source, value, computedAt };
  }
  return { values, prefill };
}
