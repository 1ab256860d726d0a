import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { inScope } from '../../platform/access/scope-sql';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { checkUnitReach, type ReportAccess } from './report-access';
import { reportSubmissions } from './schema';

export type SubmissionRow = typeof reportSubmissions.$inferSelect;

/** The report a request is about, locked for writes: unseen → 404; read-only → 403; stale → 409. */
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
  const [row] = action === 'write' ? await query.for('update') : await query;
  if (!row) throw new AppError(404, 'NOT_FOUND');
  if (action === 'write') checkUnitReach(access, row.unitPath, 'write', 'id');
  if (version !== undefined && row.version !== version) throw staleVersion();
  return row;
}
