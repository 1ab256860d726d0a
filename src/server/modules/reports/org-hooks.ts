import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';

/** The copied unit paths of this module's tables. */
const pathColumns = [
  ['report_forms', 'owner_path'],
  ['report_submissions', 'unit_path'],
  ['report_themes', 'owner_path'],
  ['report_theme_mentions', 'unit_path'],
] as const;

/**
 * A unit moved: forms, reports and themes of units under `oldPath` now lie under `newPath` (asked by the org
 * module). Rewriting the reports' paths moves their accepted figures to the new ancestors' totals (the
 * statement trigger of `report_totals` subtracts them from the old ones).
 */
export async function repathReports(tx: Tx, oldPath: string, newPath: string): Promise<void> {
  for (const [table, column] of pathColumns) {
    await tx.execute(sql`update ${sql.raw(table)}
      set ${sql.raw(column)} = case when ${sql.raw(column)} = ${oldPath}::ltree then ${newPath}::ltree
        else ${newPath}::ltree || subpath(${sql.raw(column)}, nlevel(${oldPath}::ltree)) end
      where ${sql.raw(column)} <@ ${oldPath}::ltree`);
  }
}
