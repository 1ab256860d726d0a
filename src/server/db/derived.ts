import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from './client';

/**
 * Tables that hold only what other tables imply, kept by triggers. Backups leave them out; a restore rebuilds
 * them from the restored rows with the statement named here.
 */
export const derivedTables: ReadonlyArray<{ table: string; rebuild: SQL }> = [
  { table: 'member_subtree_counts', rebuild: sql`select dangbo_rebuild_member_counts()` },
  { table: 'member_upper_facets', rebuild: sql`select dangbo_rebuild_member_facets()` },
  { table: 'member_name_suffixes', rebuild: sql`select dangbo_rebuild_member_suffixes()` },
  { table: 'meeting_cell_windows', rebuild: sql`select dangbo_rebuild_meeting_windows()` },
  { table: 'report_totals', rebuild: sql`select dangbo_rebuild_report_totals()` },
];

export const isDerivedTable = (name: string) => derivedTables.some((d) => d.table === name);

/** Every derived table from scratch: after a restore, or a bulk load that switched their triggers off. */
export async function rebuildDerivedTables(tx: Tx): Promise<void> {
  for (const { rebuild } of derivedTables) await tx.execute(rebuild);
}
