import { and, eq, sql } from 'drizzle-orm';
import type { FormDefinition } from '../../../contracts/report-forms';
import type { PrefilledValues, SubmissionValues } from '../../../contracts/reports';
import { allFields, checkValues } from '../../../domain/report-values';
import type { Tx } from '../../db/client';
import { reportSubmissions } from './schema';

/** A draft's values as the new definition reads them: unknown keys and values of the wrong shape dropped. */
export function valuesFor(definition: FormDefinition, values: SubmissionValues): SubmissionValues {
  const checked = checkValues(definition, values, 'draft');
  const bad = new Set(checked.issues.map((issue) => issue.field));
  return Object.fromEntries(Object.entries(checked.values).filter(([key]) => !bad.has(key)));
}

/**
 * Moves the form's drafts to a new version (sent reports keep theirs). Each draft's version moves too, so an
 * autosave made on the old definition is refused as stale instead of writing keys the form no longer has.
 */
export async function moveDrafts(
  tx: Tx,
  formId: string,
  versionNo: number,
  definition: FormDefinition,
): Promise<number> {
  const drafts = await tx
    .select({
      id: reportSubmissions.id,
      values: reportSubmissions.values,
      prefill: reportSubmissions.prefill,
    })
    .from(reportSubmissions)
    .where(and(eq(reportSubmissions.formId, formId), eq(reportSubmissions.status, 'draft')))
    .for('update');
  const keys = new Set(allFields(definition).map((field) => field.key));
  for (const draft of drafts) {
    const prefill: PrefilledValues = Object.fromEntries(
      Object.entries(draft.prefill).filter(([key]) => keys.has(key)),
    );
    await tx
      .update(reportSubmissions)
      .set({
        formVersionNo: versionNo,
        values: valuesFor(definition, draft.values),
        prefill,
        version: sql`${reportSubmissions.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(reportSubmissions.id, draft.id));
  }
  return drafts.length;
}
