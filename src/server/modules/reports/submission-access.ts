import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { inScope } from '../../platform/access/scope-sql';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { checkUnitReach, type ReportAccess } from './report-access';
import { reportForms, reportSubmissions } from './schema';

export type SubmissionRow = typeof reportSubmissions.$inferSelect;

/**
 * Holds a report's form against a change for the rest of the transaction. Taken before the report's own row,
 * the order a form change locks them in (form, then its drafts), so a send and a change never deadlock and one
 * of them sees the other: the change the sent report (409, data would be orphaned), or the send the draft moved
 * to the new version (409, stale).
 */
async function lockFormOfSubmission(tx: Tx, id: string): Promise<void> {
  const [ref] = await tx
    .select({ formId: reportSubmissions.formId })
    .from(reportSubmissions)
    .where(eq(reportSubmissions.id, id))
    .limit(1);
  if (ref)
    await tx
      .select({ id: reportForms.id })
      .from(reportForms)
      .where(eq(reportForms.id, ref.formId))
      .for('share');
}

/**
 * The report a request is about, locked for writes (its form first, see `lockFormOfSubmission`): unseen → 404;
 * read-only → 403; stale → 409.
 */
export async function checkedSubmission(
  tx: Tx,
  access: ReportAccess,
  id: string,
  action: 'read' | 'write',
  version?: number,
): Promise<SubmissionRow> {
  const query = tx
    .select()
    .from(reportSubmissions)
    .where(
      sql`${eq(reportSubmissions.id, id)} and (${inScope(reportSubmissions.unitPath, access.read)} or ${inScope(reportSubmissions.unitPath, access.write)})`,
    )
    .limit(1);
  if (action === 'write') await lockFormOfSubmission(tx, id);
  const [row] = action === 'write' ? await query.for('update') : await query;
  if (!row) throw new AppError(404, 'NOT_FOUND');
  if (action === 'write') checkUnitReach(access, row.unitPath, 'write', 'id');
  if (version !== undefined && row.version !== version) throw staleVersion();
  return row;
}
