import { and, eq } from 'drizzle-orm';
import type { FormDefinition } from '../../../contracts/report-forms';
import type { Tx } from '../../db/client';
import { isInside } from '../../platform/access/grants';
import type { ReportUnit } from '../org/report-units-read';
import { reportForms, reportFormVersions } from './schema';

export type FormRow = typeof reportForms.$inferSelect;

/** A form and the definition of one of its versions (its current one by default); null when either is missing. */
export async function formWithDefinition(
  tx: Tx,
  formId: string,
  versionNo?: number,
): Promise<{ form: FormRow; definition: FormDefinition; versionNo: number } | null> {
  const [form] = await tx.select().from(reportForms).where(eq(reportForms.id, formId)).limit(1);
  if (!form) return null;
  const no = versionNo ?? form.currentVersionNo;
  const definition = await formDefinition(tx, formId, no);
  return definition ? { form, definition, versionNo: no } : null;
}

export async function formDefinition(
  tx: Tx,
  formId: string,
  versionNo: number,
): Promise<FormDefinition | null> {
  const [row] = await tx
    .select({ definition: reportFormVersions.definition })
    .from(reportFormVersions)
    .where(and(eq(reportFormVersions.formId, formId), eq(reportFormVersions.versionNo, versionNo)))
    .limit(1);
  return row?.definition ?? null;
}

/** The unit is asked for this form: it lies under the form's owner (any unit for a built-in form) and is of a submitting kind. */
export function formAppliesTo(form: FormRow, unit: Pick<ReportUnit, 'path' | 'kind'>): boolean {
  if (!form.submitterKinds.includes(unit.kind)) return false;
  return form.ownerPath === null || isInside(unit.path, form.ownerPath);
}
