import type { Tx } from '../../db/client';
import { admittedByUnit } from './queries';

/** What periodic reports read of the admission pipeline (they never read its tables themselves). */

/** Admissions decided within `from`..`to` in the subtree at `path`: the targets table's "admitted". */
export async function admittedBetween(tx: Tx, path: string, from: string, to: string): Promise<number> {
  const rows = await admittedByUnit(tx, path, from, to);
  return rows.reduce((sum, r) => sum + Number(r.n), 0);
}
