import { and, eq, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  createReportFormBody,
  FormDefinition,
  formStatusBody,
  updateReportFormBody,
} from '../../../contracts/report-forms';
import { orphansOf, sameDefinition } from '../../../domain/report-form-changes';
import { definitionIssues } from '../../../domain/report-form-checks';
import type { PeriodType } from '../../../domain/report-periods';
import type { Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import type { ReportUnit } from '../org/report-units-read';
import { nonOwnerKinds } from './form-access';
import { moveDrafts } from './form-drafts';
import { type FormRow, formDefinition } from './form-read';
import { reportForms, reportFormVersions, reportSubmissions } from './schema';

/** The first problem of a definition, as a 400 naming where it is. */
function assertSound(definition: FormDefinition) {
  const [issue] = definitionIssues(definition);
  if (issue) throw new AppError(400, issue.code, { field: issue.path, params: issue.params });
}

export async function createForm(
  w: Writer,
  owner: ReportUnit,
  input: z.infer<typeof createReportFormBody>,
): Promise<string> {
  if (nonOwnerKinds.includes(owner.kind))
    throw new AppError(400, 'REPORT_FORM_OWNER_IS_CELL', { field: 'ownerUnitId' });
  if (owner.dissolvedOn) throw new AppError(400, 'REPORT_FORM_OWNER_DISSOLVED', { field: 'ownerUnitId' });
  assertSound(input.definition);
  // One code per owner: serialise creators of the same code, then look (the unique index is the backstop).
  await w.tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`report-form:${owner.id}:${input.code}`}))`);
  const [taken] = await w.tx
    .select({ id: reportForms.id })
    .from(reportForms)
    .where(and(eq(reportForms.ownerUnitId, owner.id), eq(reportForms.code, input.code)))
    .limit(1);
  if (taken)
    throw new AppError(409, 'REPORT_FORM_CODE_TAKEN', { field: 'code', params: { code: input.code } });
  const [form] = await w.tx
    .insert(reportForms)
    .values({
      ownerUnitId: owner.id,
      ownerPath: owner.path,
      code: input.code,
      name: input.name,
      description: input.description ?? null,
      periodType: input.periodType,
      submitterKinds: input.submitterKinds,
      dueDays: input.dueDays,
      opensDaysBefore: input.opensDaysBefore,
      startsOn: input.startsOn,
      createdBy: w.ctx.actor?.id ?? null,
    })
    .returning();
  if (!form) throw new Error('insert returned nothing');
  await w.tx.insert(reportFormVersions).values({
    formId: form.id,
    versionNo: 1,
    definition: input.definition,
    createdBy: w.ctx.actor?.id ?? null,
  });
  w.audit({
    action: 'report_form.created',
    entity: 'report_form',
    entityId: form.id,
    scopePath: owner.path,
    after: { ...form, definition: input.definition },
  });
  return form.id;
}

async function hasReports(tx: Tx, formId: string, sentOnly: boolean): Promise<boolean> {
  const [row] = await tx
    .select({ id: reportSubmissions.id })
    .from(reportSubmissions)
    .where(
      and(eq(reportSubmissions.formId, formId), sentOnly ? ne(reportSubmissions.status, 'draft') : undefined),
    )
    .limit(1);
  return Boolean(row);
}

/**
 * Refuses a change that would leave data without meaning: a new period type once any report exists (drafts
 * are filed under the old periods too), a field change of `orphansOf` once a report has been sent.
 */
async function assertNothingOrphaned(
  tx: Tx,
  form: FormRow,
  before: FormDefinition,
  after: { periodType: PeriodType; definition: FormDefinition },
) {
  if (form.periodType !== after.periodType && (await hasReports(tx, form.id, false)))
    throw new AppError(409, 'REPORT_FORM_PERIOD_TYPE_CHANGED', { field: 'periodType' });
  if (!(await hasReports(tx, form.id, true))) return;
  const [orphan] = orphansOf({ periodType: after.periodType, definition: before }, after);
  if (orphan) throw new AppError(409, orphan.code, { field: orphan.field, params: orphan.params });
}

/**
 * Settings change in place; a changed definition becomes the next version, which new reports and the form's
 * drafts use, while sent reports keep the version they were filled in.
 */
export async function updateForm(w: Writer, form: FormRow, input: z.infer<typeof updateReportFormBody>) {
  assertSound(input.definition);
  const current = await formDefinition(w.tx, form.id, form.currentVersionNo);
  if (!current) throw new Error(`form ${form.id} has no version ${form.currentVersionNo}`);
  const changed = !sameDefinition(current, input.definition);
  await assertNothingOrphaned(w.tx, form, current, input);
  const versionNo = changed ? form.currentVersionNo + 1 : form.currentVersionNo;
  if (changed)
    await w.tx.insert(reportFormVersions).values({
      formId: form.id,
      versionNo,
      definition: input.definition,
      changeNote: input.changeNote ?? null,
      createdBy: w.ctx.actor?.id ?? null,
    });
  const [after] = await w.tx
    .update(reportForms)
    .set({
      name: input.name,
      description: input.description ?? null,
      periodType: input.periodType,
      submitterKinds: input.submitterKinds,
      dueDays: input.dueDays,
      opensDaysBefore: input.opensDaysBefore,
      startsOn: input.startsOn,
      currentVersionNo: versionNo,
      version: form.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(reportForms.id, form.id))
    .returning();
  const draftsMoved = changed ? await moveDrafts(w.tx, form.id, versionNo, input.definition) : 0;
  w.audit({
    action: changed ? 'report_form.versioned' : 'report_form.updated',
    entity: 'report_form',
    entityId: form.id,
    scopePath: form.ownerPath,
    before: form,
    after: changed
      ? { ...after, definition: input.definition, changeNote: input.changeNote, draftsMoved }
      : after,
  });
}

export async function setFormStatus(w: Writer, form: FormRow, input: z.infer<typeof formStatusBody>) {
  if (form.status === input.status) throw new AppError(409, 'REPORT_FORM_STATUS_SAME', { field: 'status' });
  const [after] = await w.tx
    .update(reportForms)
    .set({ status: input.status, version: form.version + 1, updatedAt: new Date() })
    .where(eq(reportForms.id, form.id))
    .returning();
  w.audit({
    action: input.status === 'retired' ? 'report_form.retired' : 'report_form.reactivated',
    entity: 'report_form',
    entityId: form.id,
    scopePath: form.ownerPath,
    before: form,
    after,
  });
}
