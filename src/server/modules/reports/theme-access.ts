import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { isInside, scopeIncludes } from '../../platform/access/grants';
import { AppError } from '../../platform/errors/app-error';
import type { ReportAccess } from './report-access';
import { reportThemes } from './schema';

export type ThemeRow = typeof reportThemes.$inferSelect;

/**
 * A theme is seen by the readers of its committee and by those of any unit below it (their reports name it);
 * it is changed by the committee's writers.
 */
export function themeVisible(access: ReportAccess, ownerPath: string): boolean {
  if (scopeIncludes(access.read, ownerPath) || scopeIncludes(access.write, ownerPath)) return true;
  return [...access.read.subtrees, ...access.read.exact].some((path) => isInside(path, ownerPath));
}

export const canEditTheme = (access: ReportAccess, ownerPath: string): boolean =>
  scopeIncludes(access.write, ownerPath);

/** The theme a request is about: unseen → 404, seen but not the user's to change → 403. */
export async function checkedTheme(
  tx: Tx,
  access: ReportAccess,
  id: string,
  action: 'read' | 'write',
): Promise<ThemeRow> {
  const [row] = await tx.select().from(reportThemes).where(eq(reportThemes.id, id)).limit(1);
  if (!row || !themeVisible(access, row.ownerPath)) throw new AppError(404, 'NOT_FOUND');
  if (action === 'write' && !canEditTheme(access, row.ownerPath)) throw new AppError(403, 'FORBIDDEN');
  return row;
}
