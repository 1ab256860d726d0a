import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { FormDefinition } from '../../../contracts/report-forms';
import type { Period } from '../../../domain/report-periods';
import type { Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import type { ReportUnit } from '../org/report-units-read';
import { type FormRow, formDefinition } from './form-read';
import { reportForms, reportSubmissions } from './schema';
import { compiledTypes, periodsInside } from './synthesis-period';

export interface SynthesisForm {
  form: FormRow;
  definition: FormDefinition;
  /** The form's periods inside the review. */
  periods: Period[];
}

/**
 * Forms the committee's subtree submits whose periods fit inside the review: built-in ones and those owned by
 * the committee or a unit above it (the forms it asks its units for, and those asked of it).
 */
export async function formsForReview(tx: Tx, unit: ReportUnit, review: Period): Promise<FormRow[]> {
  return tx
    .select()
    .from(reportForms)
    .where(
      and(
        eq(reportForms.status, 'active'),
        inArray(reportForms.periodType, compiledTypes(review)),
        or(isNull(reportForms.ownerPath), sql`${unit.path}::ltree <@ ${reportForms.ownerPath}`),
      ),
    )
    .orderBy(asc(reportForms.code), asc(reportForms.id))
    .limit(200);
}

/** Of the forms, those some unit of the subtree has sent a report of within the review. */
async function formsWithReports(tx: Tx, unit: ReportUnit, review: Period, forms: FormRow[]) {
  if (forms.length === 0) return new Set<string>();
  const rows = await tx
    .selectDistinct({ formId: reportSubmissions.formId })
    .from(reportSubmissions)
    .where(
      and(
        inArray(
          reportSubmissions.formId,
          forms.map((f) => f.id),
        ),
        sql`${reportSubmissions.unitPath} <@ ${unit.path}::ltree`,
        sql`${reportSubmissions.periodStart} >= ${review.start}::date`,
        sql`${reportSubmissions.periodEnd} <= ${review.end}::date`,
        sql`${reportSubmissions.sentOn} is not null`,
      ),
    );
  return new Set(rows.map((r) => r.formId));
}

/**
 * The forms the draft compiles: those asked for (each must be one of the available ones, else 400 naming
 * `formIds`), or by default every available form with a report sent in the review.
 */
export async function chosenForms(
  tx: Tx,
  unit: ReportUnit,
  review: Period,
  available: FormRow[],
  formIds: readonly string[],
): Promise<SynthesisForm[]> {
  let chosen: FormRow[];
  if (formIds.length > 0) {
    const byId = new Map(available.map((f) => [f.id, f]));
    chosen = formIds.map((id) => {
      const form = byId.get(id);
      if (!form) throw new AppError(400, 'REPORT_SYNTHESIS_FORM', { field: 'formIds', params: { id } });
      return form;
    });
  } else {
    const used = await formsWithReports(tx, unit, review, available);
    chosen = available.filter((f) => used.has(f.id));
  }
  const out: SynthesisForm[] = [];
  for (const form of chosen) {
    const definition = await formDefinition(tx, form.id, form.currentVersionNo);
    if (definition) out.push({ form, definition, periods: periodsInside(review, form.periodType) });
  }
  return out;
}

export const formRef = (form: FormRow) => ({ id: form.id, code: form.code, name: form.name });
