import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ReportFormDetail,
  ReportFormSummary,
  reportFormsQuery,
  reportFormVersion,
} from '../../../contracts/report-forms';
import type { UnitKind } from '../../../contracts/units';
import type { Db, Tx } from '../../db/client';
import { users } from '../../platform/auth/schema';
import { units } from '../org/schema';
import { canEditForm, checkedForm, formVisible } from './form-access';
import { type FormRow, formDefinition } from './form-read';
import type { ReportAccess } from './report-access';
import { reportForms, reportFormVersions, reportSubmissions } from './schema';

type Row = FormRow & { ownerName: string | null };

function summaryOf(access: ReportAccess, row: Row): ReportFormSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    owner: row.ownerUnitId ? { id: row.ownerUnitId, name: row.ownerName ?? '' } : null,
    builtIn: row.builtIn,
    periodType: row.periodType,
    submitterKinds: row.submitterKinds as UnitKind[],
    dueDays: row.dueDays,
    opensDaysBefore: row.opensDaysBefore,
    startsOn: row.startsOn,
    status: row.status,
    currentVersionNo: row.currentVersionNo,
    version: row.version,
    canEdit: canEditForm(access, row),
  };
}

const withOwner = (db: Tx) =>
  db
    .select({ form: reportForms, ownerName: units.name })
    .from(reportForms)
    .leftJoin(units, eq(units.id, reportForms.ownerUnitId));

/**
 * The forms a unit's subtree submits (owned by the unit or an ancestor, and the built-in ones), or with no
 * unit every form the user sees. A handful per committee chain, so no paging.
 */
export async function listForms(
  db: Db,
  access: ReportAccess,
  unitPath: string | null,
  query: z.infer<typeof reportFormsQuery>,
): Promise<{ items: ReportFormSummary[] }> {
  const reach =
    unitPath === null
      ? formVisible(reportForms.ownerPath, access)
      : sql`(${reportForms.ownerPath} is null or ${reportForms.ownerPath} @> ${unitPath}::ltree)`;
  const rows = await withOwner(db)
    .where(and(reach, query.includeRetired ? undefined : eq(reportForms.status, 'active')))
    .orderBy(sql`${reportForms.ownerPath} is null`, asc(reportForms.code), asc(reportForms.id));
  return { items: rows.map((r) => summaryOf(access, { ...r.form, ownerName: r.ownerName })) };
}

/** A form with its current definition and every version (who made it, why, how many reports use it). */
export async function formDetail(tx: Tx, access: ReportAccess, id: string): Promise<ReportFormDetail> {
  const form = await checkedForm(tx, access, id, 'read');
  const [owner] = form.ownerUnitId
    ? await tx.select({ name: units.name }).from(units).where(eq(units.id, form.ownerUnitId))
    : [];
  const definition = await formDefinition(tx, id, form.currentVersionNo);
  if (!definition) throw new Error(`form ${id} has no version ${form.currentVersionNo}`);
  const versions = await tx
    .select({
      versionNo: reportFormVersions.versionNo,
      createdAt: reportFormVersions.createdAt,
      createdBy: users.fullName,
      changeNote: reportFormVersions.changeNote,
    })
    .from(reportFormVersions)
    .leftJoin(users, eq(users.id, reportFormVersions.createdBy))
    .where(eq(reportFormVersions.formId, id))
    .orderBy(asc(reportFormVersions.versionNo));
  const counts = await tx
    .select({ versionNo: reportSubmissions.formVersionNo, n: count() })
    .from(reportSubmissions)
    .where(eq(reportSubmissions.formId, id))
    .groupBy(reportSubmissions.formVersionNo);
  const used = new Map(counts.map((c) => [c.versionNo, Number(c.n)]));
  return {
    ...summaryOf(access, { ...form, ownerName: owner?.name ?? null }),
    description: form.description,
    definition,
    versions: versions.map((v) => ({
      versionNo: v.versionNo,
      createdAt: v.createdAt.toISOString(),
      createdBy: v.createdBy,
      changeNote: v.changeNote,
      submissions: used.get(v.versionNo) ?? 0,
    })),
  };
}

export async function formVersion(
  db: Db,
  access: ReportAccess,
  id: string,
  versionNo: number,
): Promise<z.infer<typeof reportFormVersion> | null> {
  await checkedForm(db, access, id, 'read');
  const [row] = await db
    .select({ definition: reportFormVersions.definition })
    .from(reportFormVersions)
    .where(and(eq(reportFormVersions.formId, id), eq(reportFormVersions.versionNo, versionNo)))
    .limit(1);
  return row ? { versionNo, definition: row.definition } : null;
}
