import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';

/** A unit moved: petitions from or to units under `oldPath` now lie under `newPath` (asked by the org module). */
export async function repathPetitions(tx: Tx, oldPath: string, newPath: string): Promise<void> {
  for (const column of ['from_path', 'to_path'] as const) {
    // subpath() refuses an empty remainder, so rows of the moved unit itself take the new path whole.
    await tx.execute(sql`update petitions
      set ${sql.raw(column)} = case when ${sql.raw(column)} = ${oldPath}::ltree then ${newPath}::ltree
        else ${newPath}::ltree || subpath(${sql.raw(column)}, nlevel(${oldPath}::ltree)) end
      where ${sql.raw(column)} <@ ${oldPath}::ltree`);
  }
}
