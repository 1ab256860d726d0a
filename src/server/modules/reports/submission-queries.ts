import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type DueReport,
  type SubmissionDetail,
  type SubmissionSummary,
  submissionCountCap,
  type submissionsQuery,
} from '../../../contracts/reports';
import {
  type PeriodType,
  periodContaining,
  periodsEndingWith,
  reportWindow,
  shiftPeriod,
  timeliness,
} from '../../../domain/report-periods';
import { queryRows, type Tx } from '../../db/client';
import { scopeIncludes } from '../../platform/access/grants';
import { inScope } from '../../platform/access/scope-sql';
import { users } from '../../platform/auth/schema';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor';
import { unitNamesAndPaths } from '../org/document-units-read';
import type { ReportUnit } from '../org/report-units-read';
import { type FormRow, formDefinition } from './form-read';
import { canReviewUnit, type ReportAccess } from './report-access';
import { reportForms, reportSubmissionEvents, reportSubmissions } from './schema';
import type { SubmissionRow } from './submission-access';
import { periodInfoOf, summaryOf } from './submission-read';
import { unitActiveAt } from './submission-window';

async function formsById(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, FormRow>();
  const rows = await tx
    .select()
    .from(reportForms)
    .where(inArray(reportForms.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

async function summaries(tx: Tx, rows: SubmissionRow[], today: string): Promise<SubmissionSummary[]> {
  const forms = await formsById(
    tx,
    rows.map((r) => r.formId),
  );
  const names = await unitNamesAndPaths(
    tx,
    rows.map((r) => r.unitId),
  );
  return rows.map((row) =>
    summaryOf(row, forms.get(row.formId) as FormRow, names.get(row.unitId)?.name ?? '', today),
  );
}

export async function submissionDetail(
  tx: Tx,
  access: ReportAccess,
  row: SubmissionRow,
  today: string,
): Promise<SubmissionDetail> {
  const [summary] = await summaries(tx, [row], today);
  const definition = await formDefinition(tx, row.formId, row.formVersionNo);
  const events = await tx
    .select({
      kind: reportSubmissionEvents.kind,
      at: reportSubmissionEvents.at,
      by: users.fullName,
      comment: reportSubmissionEvents.comment,
    })
    .from(reportSubmissionEvents)
    .leftJoin(users, eq(users.id, reportSubmissionEvents.byUserId))
    .where(eq(reportSubmissionEvents.submissionId, row.id))
    .orderBy(asc(reportSubmissionEvents.at));
  const editable = row.status === 'draft' || row.status === 'returned';
  return {
    ...(summary as SubmissionSummary),
    formVersionNo: row.formVersionNo,
    definition: definition ?? { sections: [], rules: [] },
    values: row.values,
    prefill: row.prefill,
    receivedOnPaper: row.receivedOnPaper,
    reviewComment: row.reviewComment,
    events: events.map((e) => ({ ...e, at: e.at.toISOString(), by: e.by ?? null })),
    canEdit: editable && scopeIncludes(access.write, row.unitPath),
    canReview:
      (row.status === 'submitted' || row.status === 'accepted') && canReviewUnit(access, row.unitPath),
    canEnterPaper:
      editable && scopeIncludes(access.write, row.unitPath) && canReviewUnit(access, row.unitPath),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Reports of a unit's subtree, newest period first, paged by (period end, id). */
export async function listSubmissions(
  tx: Tx,
  access: ReportAccess,
  unit: ReportUnit,
  query: z.infer<typeof submissionsQuery>,
  today: string,
) {
  const after = decodeCursor(query.cursor, 2);
  const conditions: SQL[] = [
    sql`${reportSubmissions.unitPath} <@ ${unit.path}::ltree`,
    sql`(${inScope(reportSubmissions.unitPath, access.read)} or ${inScope(reportSubmissions.unitPath, access.write)})`,
  ];
  if (query.formId) conditions.push(eq(reportSubmissions.formId, query.formId));
  if (query.periodKey) conditions.push(eq(reportSubmissions.periodKey, query.periodKey));
  if (query.status) conditions.push(eq(reportSubmissions.status, query.status));
  const [counted] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from (select 1 from ${reportSubmissions} where ${and(...conditions)}
      limit ${submissionCountCap + 1}) x`,
  );
  const total = counted?.n ?? 0;
  const page = [...conditions];
  if (after)
    page.push(
      sql`(${reportSubmissions.periodEnd}, ${reportSubmissions.id}) < (${after[0] as string}::date, ${after[1] as string}::uuid)`,
    );
  const rows = await tx
    .select()
    .from(reportSubmissions)
    .where(and(...page))
    .orderBy(desc(reportSubmissions.periodEnd), desc(reportSubmissions.id))
    .limit(query.limit + 1);
  const shown = rows.slice(0, query.limit);
  const last = shown.at(-1);
  return {
    items: await summaries(tx, shown, today),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.periodEnd, last.id]) : null,
    total: Math.min(total, submissionCountCap),
    totalCapped: total > submissionCountCap,
  };
}

/** Active forms the unit sends: owned by the unit or an ancestor (or built in), naming its kind. */
export async function formsForUnit(tx: Tx, unit: ReportUnit): Promise<FormRow[]> {
  return tx
    .select()
    .from(reportForms)
    .where(
      sql`${reportForms.status} = 'active' and (${reportForms.ownerPath} is null or ${unit.path}::ltree <@ ${reportForms.ownerPath})
        and ${unit.kind} = any(${reportForms.submitterKinds})`,
    )
    .orderBy(asc(reportForms.code));
}

/** The periods of a form whose window has opened by today (and that the form asks), newest first. */
export function openedPeriods(form: FormRow, today: string, count: number) {
  const type = form.periodType as PeriodType;
  const candidates = periodsEndingWith(shiftPeriod(periodContaining(type, today), 1), count + 1);
  return candidates
    .map((period) => ({ period, window: reportWindow(period, form) }))
    .filter(({ period, window }) => window.opensOn <= today && period.end >= form.startsOn)
    .reverse()
    .slice(0, count);
}

/**
 * What a unit has to report now: for each form it sends, the periods of the last year whose window has opened
 * and whose report is not sent (none yet, a draft, or returned), the most urgent first.
 */
export async function dueReports(tx: Tx, unit: ReportUnit, today: string): Promise<DueReport[]> {
  const forms = await formsForUnit(tx, unit);
  const out: DueReport[] = [];
  for (const form of forms) {
    const perYear = { week: 53, month: 12, quarter: 4, half: 2, year: 1, term: 1 }[form.periodType];
    const periods = openedPeriods(form, today, perYear).filter(({ period }) =>
      unitActiveAt(unit, period.end),
    );
    if (periods.length === 0) continue;
    const existing = await tx
      .select({
        id: reportSubmissions.id,
        key: reportSubmissions.periodKey,
        status: reportSubmissions.status,
      })
      .from(reportSubmissions)
      .where(
        and(
          eq(reportSubmissions.formId, form.id),
          eq(reportSubmissions.unitId, unit.id),
          inArray(
            reportSubmissions.periodKey,
            periods.map((p) => p.period.key),
          ),
        ),
      );
    const byKey = new Map(existing.map((e) => [e.key, e]));
    for (const { period, window } of periods) {
      const found = byKey.get(period.key);
      if (found && found.status !== 'draft' && found.status !== 'returned') continue;
      out.push({
        form: { id: form.id, code: form.code, name: form.name },
        unit: { id: unit.id, name: unit.name },
        period: periodInfoOf(period),
        opensOn: window.opensOn,
        dueOn: window.dueOn,
        submissionId: found?.id ?? null,
        status: found?.status ?? null,
        timeliness: timeliness(window.dueOn, null, today),
      });
    }
  }
  return out.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** Sent reports waiting for the user's decision: units strictly below a unit the user writes for. */
export async function reviewQueue(tx: Tx, access: ReportAccess, unit: ReportUnit | null, today: string) {
  const parent = sql`subpath(${reportSubmissions.unitPath}, 0, nlevel(${reportSubmissions.unitPath}) - 1)`;
  const conditions: SQL[] = [
    eq(reportSubmissions.status, 'submitted'),
    sql`nlevel(${reportSubmissions.unitPath}) > 1`,
    inScope(parent, access.write),
  ];
  if (unit) conditions.push(sql`${reportSubmissions.unitPath} <@ ${unit.path}::ltree`);
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(reportSubmissions)
    .where(and(...conditions));
  const rows = await tx
    .select()
    .from(reportSubmissions)
    .where(and(...conditions))
    .orderBy(asc(reportSubmissions.sentAt), asc(reportSubmissions.id))
    .limit(100);
  return { items: await summaries(tx, rows, today), total: count?.n ?? 0 };
}
