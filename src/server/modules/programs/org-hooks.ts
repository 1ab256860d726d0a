import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';

/** The copied unit paths of this module's tables. */
const pathColumns = [
  ['work_programs', 'unit_path'],
  ['tasks', 'owner_path'],
  ['tasks', 'assignee_path'],
  ['working_sessions', 'unit_path'],
  ['petitions', 'from_path'],
  ['petitions', 'to_path'],
] as const;

/**
 * A unit moved: programs, tasks, sessions and petitions of units under `oldPath` now lie under `newPath`
 * (asked by the org module).
 */
export async function repathPrograms(tx: Tx, oldPath: string, newPath: string): Promise<void> {
  for (const [table, column] of pathColumns) {
    // subpath() refuses an empty remainder, so rows of the moved unit itself take the new path whole.
    await tx.execute(sql`update ${sql.raw(table)}
      set ${sql.raw(column)} = case when ${sql.raw(column)} = ${oldPath}::ltree then ${newPath}::ltree
        else ${newPath}::ltree || subpath(${sql.raw(column)}, nlevel(${oldPath}::ltree)) end
      where ${sql.raw(column)} <@ ${oldPath}::ltree`);
  }
}
