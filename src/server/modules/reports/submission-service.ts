import { and, eq, sql } from 'drizzle-orm';
import type { SubmissionValues } from '../../../contracts/reports';
import { checkValues, type ValueIssue } from '../../../domain/report-values';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { displayDate } from '../org/calendar';
import type { ReportUnit } from '../org/report-units-read';
import { type FormRow, formDefinition } from './form-read';
import { prefillFor } from './prefill';
import { canReviewUnit, type ReportAccess } from './report-access';
import { reportForms, reportSubmissionEvents, reportSubmissions } from './schema';
import type { SubmissionRow } from './submission-access';
import { expectedReport } from './submission-window';
import { clearThemeMentions, recordThemeMentions } from './theme-mentions';

const statusNames: Record<SubmissionRow['status'], string> = {
  draft: 'nháp',
  submitted: 'đã gửi',
  returned: 'bị trả lại',
  accepted: 'đã tiếp nhận',
};

/** The first issue of a value check as the 400 the user sees (the page shows them all beforehand). */
export function throwFirstIssue(issues: readonly ValueIssue[]): void {
  const first = issues[0];
  if (first) throw new AppError(400, first.code, { field: `values.${first.field}`, params: first.params });
}

const isEditable = (row: SubmissionRow) => row.status === 'draft' || row.status === 'returned';

function requireEditable(row: SubmissionRow) {
  if (!isEditable(row))
    throw new AppError(409, 'REPORT_NOT_EDITABLE', {
      field: 'status',
      params: { status: statusNames[row.status] },
    });
}

async function definitionOf(w: Writer, row: SubmissionRow) {
  const definition = await formDefinition(w.tx, row.formId, row.formVersionNo);
  if (!definition) throw new AppError(404, 'NOT_FOUND', { field: 'formId' });
  return definition;
}

/**
 * Holds the form against a concurrent change for the rest of the transaction (a change of the definition locks
 * it for update and moves the drafts to the new version), and answers it as it now is.
 */
async function lockForm(w: Writer, formId: string): Promise<FormRow> {
  const [row] = await w.tx.select().from(reportForms).where(eq(reportForms.id, formId)).for('share');
  if (!row) throw new AppError(404, 'NOT_FOUND', { field: 'formId' });
  return row;
}

const auditOf = (row: SubmissionRow) => ({
  entity: 'report_submission',
  entityId: row.id,
  scopePath: row.unitPath,
});

/**
 * Opens a unit's report for a period: the existing one, or a new draft with the figures the product knows.
 * Serialised per form, unit and period so two people opening it at once get the same report. The form is
 * locked first and read again, so the period and the version are those of the form as it stands.
 */
export async function openSubmission(
  w: Writer,
  form: FormRow,
  unit: ReportUnit,
  periodKey: string,
  today: string,
): Promise<string> {
  const current = await lockForm(w, form.id);
  const { period, window } = expectedReport(current, unit, periodKey, today);
  await w.tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`report:${form.id}:${unit.id}:${period.key}`}))`,
  );
  const [existing] = await w.tx
    .select({ id: reportSubmissions.id })
    .from(reportSubmissions)
    .where(
      and(
        eq(reportSubmissions.formId, form.id),
        eq(reportSubmissions.unitId, unit.id),
        eq(reportSubmissions.periodKey, period.key),
      ),
    )
    .limit(1);
  if (existing) return existing.id;
  const versionNo = current.currentVersionNo;
  const definition = await formDefinition(w.tx, form.id, versionNo);
  if (!definition) throw new AppError(404, 'NOT_FOUND', { field: 'formId' });
  const { values, prefill } = await prefillFor(w.tx, unit, period, definition, today);
  const [row] = await w.tx
    .insert(reportSubmissions)
    .values({
      formId: form.id,
      formVersionNo: versionNo,
      unitId: unit.id,
      unitPath: unit.path,
      periodKey: period.key,
      periodStart: period.start,
      periodEnd: period.end,
      opensOn: window.opensOn,
      dueOn: window.dueOn,
      values,
      prefill,
      createdBy: w.ctx.actor?.id ?? null,
    })
    .returning();
  if (!row) throw new Error('report not created');
  w.audit({
    action: 'report.opened',
    ...auditOf(row),
    after: { form: current.code, period: period.key, values },
  });
  return row.id;
}

/** Autosave: the values replace the draft's (checked for shape only). */
export async function saveSubmission(w: Writer, row: SubmissionRow, input: SubmissionValues): Promise<void> {
  requireEditable(row);
  const { values, issues } = checkValues(await definitionOf(w, row), input, 'draft');
  throwFirstIssue(issues);
  await w.tx
    .update(reportSubmissions)
    .set({ values, version: row.version + 1, updatedAt: new Date() })
    .where(eq(reportSubmissions.id, row.id));
  w.audit({ action: 'report.saved', ...auditOf(row), before: { values: row.values }, after: { values } });
}

/** The known figures again (e.g. after the member register changed); the user's other values stay. */
export async function refreshPrefill(
  w: Writer,
  row: SubmissionRow,
  unit: ReportUnit,
  today: string,
): Promise<void> {
  requireEditable(row);
  const definition = await definitionOf(w, row);
  const period = { start: row.periodStart, end: row.periodEnd };
  const { values, prefill } = await prefillFor(w.tx, unit, period, definition, today);
  const merged = { ...row.values, ...values };
  await w.tx
    .update(reportSubmissions)
    .set({ values: merged, prefill, version: row.version + 1, updatedAt: new Date() })
    .where(eq(reportSubmissions.id, row.id));
  w.audit({
    action: 'report.prefilled',
    ...auditOf(row),
    before: { values: row.values },
    after: { values: merged },
  });
}

async function addEvent(
  w: Writer,
  row: SubmissionRow,
  kind: SubmissionRow['status'] | 'reopened',
  comment: string | null,
) {
  await w.tx.insert(reportSubmissionEvents).values({
    submissionId: row.id,
    kind: kind === 'draft' ? 'submitted' : kind,
    comment,
    byUserId: w.ctx.actor?.id ?? null,
  });
}

/**
 * Sends a report: every value checked with the form's rules. The level above entering a paper report gives the
 * day it arrived (between the window's opening and today); on time is judged on that day, else on today.
 */
export async function submitSubmission(
  w: Writer,
  access: ReportAccess,
  row: SubmissionRow,
  receivedOn: string | null,
  today: string,
): Promise<void> {
  requireEditable(row);
  const definition = await definitionOf(w, row);
  const { values, issues } = checkValues(definition, row.values, 'submit');
  throwFirstIssue(issues);
  if (receivedOn !== null) {
    if (!canReviewUnit(access, row.unitPath))
      throw new AppError(403, 'REPORT_RECEIVED_ON_REVIEWER_ONLY', { field: 'receivedOn' });
    if (receivedOn < row.opensOn || receivedOn > today)
      throw new AppError(400, 'REPORT_RECEIVED_ON_OUT_OF_RANGE', {
        field: 'receivedOn',
        params: { opensOn: displayDate(row.opensOn) },
      });
  }
  const sentOn = receivedOn ?? today;
  await w.tx
    .update(reportSubmissions)
    .set({
      values,
      status: 'submitted',
      sentOn,
      sentAt: new Date(),
      sentBy: w.ctx.actor?.id ?? null,
      receivedOnPaper: receivedOn !== null,
      onTime: sentOn <= row.dueOn,
      reviewComment: null,
      version: row.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(reportSubmissions.id, row.id));
  await recordThemeMentions(w.tx, { ...row, values }, definition);
  await addEvent(
    w,
    row,
    'submitted',
    receivedOn ? `Nhận báo cáo giấy ngày ${displayDate(receivedOn)}` : null,
  );
  w.audit({
    action: 'report.submitted',
    ...auditOf(row),
    before: { status: row.status },
    after: { status: 'submitted', sentOn, onTime: sentOn <= row.dueOn, receivedOnPaper: receivedOn !== null },
  });
}

function requireReviewer(access: ReportAccess, row: SubmissionRow) {
  if (!canReviewUnit(access, row.unitPath)) throw new AppError(403, 'REPORT_NOT_REVIEWER', { field: 'id' });
}

/** The level above decides on a sent report: accepted (its figures now count upward, locked) or returned. */
export async function reviewSubmission(
  w: Writer,
  access: ReportAccess,
  row: SubmissionRow,
  decision: 'accepted' | 'returned',
  comment: string | null,
): Promise<void> {
  requireReviewer(access, row);
  if (row.status !== 'submitted') throw new AppError(409, 'REPORT_NOT_SUBMITTED', { field: 'status' });
  await w.tx
    .update(reportSubmissions)
    .set({
      status: decision,
      reviewedBy: w.ctx.actor?.id ?? null,
      reviewedAt: new Date(),
      reviewComment: comment,
      version: row.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(reportSubmissions.id, row.id));
  if (decision === 'returned') await clearThemeMentions(w.tx, row.id);
  await addEvent(w, row, decision, comment);
  w.audit({
    action: decision === 'accepted' ? 'report.accepted' : 'report.returned',
    ...auditOf(row),
    before: { status: row.status },
    after: { status: decision, comment },
  });
}

/** An accepted report unlocked by the level above, with the reason: it goes back to the unit, out of the totals. */
export async function reopenSubmission(w: Writer, access: ReportAccess, row: SubmissionRow, reason: string) {
  requireReviewer(access, row);
  if (row.status !== 'accepted') throw new AppError(409, 'REPORT_NOT_ACCEPTED', { field: 'status' });
  await w.tx
    .update(reportSubmissions)
    .set({ status: 'returned', reviewComment: reason, version: row.version + 1, updatedAt: new Date() })
    .where(eq(reportSubmissions.id, row.id));
  await clearThemeMentions(w.tx, row.id);
  await addEvent(w, row, 'reopened', reason);
  w.audit({
    action: 'report.reopened',
    ...auditOf(row),
    before: { status: row.status },
    after: { status: 'returned' },
    reason,
  });
}
