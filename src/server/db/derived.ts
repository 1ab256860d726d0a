import { type SQL, sql } from 'drizzle-orm';

/**
 * Tables that hold only what other tables imply, kept by triggers. Backups leave them out; a restore rebuilds
 * them from the restored rows with the statement named here.
 */
export const derivedTables: ReadonlyArray<{ table: string; rebuild: SQL }> = [
  { table: 'member_subtree_counts', rebuild: sql`select dangbo_rebuild_member_counts()` },
  { table: 'member_upper_facets', rebuild: sql`select dangbo_rebuild_member_facets()` },
];

export const isDerivedTable = (name: string) => derivedTables.some((d) => d.table === name);
