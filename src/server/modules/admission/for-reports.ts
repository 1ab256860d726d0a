import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { admittedByUnit } from './queries';

/**
 * What periodic reports read of the admission pipeline (they never read its tables themselves), as a one-row
 * query the reports module runs together with the other modules' in one statement. `admitted`: admissions
 * decided within `from`..`to` in the subtree at `path` — the targets table's "admitted", summed.
 */
export const admittedRow = (tx: Tx, path: string, from: string, to: string): SQL =>
  sql`select coalesce(sum(a.n), 0)::int as admitted from (${admittedByUnit(tx, path, from, to)}) a`;
