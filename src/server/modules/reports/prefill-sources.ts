import type { PrefillSource } from '../../../contracts/report-forms';
import type { Tx } from '../../db/client';

/** Figures of the product for a unit's subtree and a period, for the sources asked (filled by the modules). */
export async function computePrefill(
  _tx: Tx,
  _unit: { id: string; path: string },
  _period: { start: string; end: string },
  _sources: readonly PrefillSource[],
  _today: string,
): Promise<Partial<Record<PrefillSource, number | null>>> {
  return {};
}
