import { eq, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { scopeIncludes } from '../../platform/access/grants';
import { inScope } from '../../platform/access/scope-sql';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import type { FormRow } from './form-read';
import type { ReportAccess } from './report-access';
import { reportForms } from './schema';

/** The unit kinds that define forms: committees, never cells (a cell submits what the level above asks). */
export const nonOwnerKinds = ['cell', 'party_group'];

/**
 * A form is seen by those who read its owner's subtree and by those below it (they submit it); built-in forms
 * by everyone in the module.
 */
export function formVisible(ownerPath: SQLWrapper, access: ReportAccess): SQL {
  const reached = [...access.read.subtrees, ...access.read.exact];
  const above =
    reached.length > 0
      ? sql`${ownerPath} @> array[${sql.join(
          reached.map((p) => sql`${p}`),
          sql`, `,
        )}]::ltree[]`
      : sql`false`;
  return sql`(${ownerPath} is null or ${inScope(ownerPath, access.read)} or ${above})`;
}

/**
 * A writer of the owner unit changes its forms; the built-in forms, shared by the whole tree, only an
 * administrator at a root of the tree.
 */
export function canEditForm(access: ReportAccess, form: Pick<FormRow, 'ownerPath'>): boolean {
  if (form.ownerPath === null) return access.grants.some((g) => g.role === 'admin' && !g.path.includes('.'));
  return scopeIncludes(access.write, form.ownerPath);
}

/** The form a request is about: unseen → 404; a write it may not make → 403; stale version → 409. Locked for writes. */
export async function checkedForm(
  tx: Tx,
  access: ReportAccess,
  id: string,
  action: 'read' | 'write',
  version?: number,
): Promise<FormRow> {
  const query = tx
    .select()
    .from(reportForms)
    .where(sql`${eq(reportForms.id, id)} and ${formVisible(reportForms.ownerPath, access)}`)
    .limit(1);
  const [row] = action === 'write' ? await query.for('update') : await query;
  if (!row) throw new AppError(404, 'NOT_FOUND');
  if (action === 'write' && !canEditForm(access, row)) throw new AppError(403, 'FORBIDDEN');
  if (version !== undefined && row.version !== version) throw staleVersion();
  return row;
}
