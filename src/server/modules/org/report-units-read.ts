import { eq } from 'drizzle-orm';
import type { UnitKind } from '../../../contracts/units';
import type { Tx } from '../../db/client';
import { units } from './schema';

export interface ReportUnit {
  id: string;
  name: string;
  path: string;
  kind: UnitKind;
  parentId: string | null;
  foundedOn: string | null;
  dissolvedOn: string | null;
}

/** The facts of a unit that the reports module needs (the org module owns the tables). */
export async function reportUnit(tx: Tx, id: string): Promise<ReportUnit | null> {
  const [row] = await tx
    .select({
      id: units.id,
      name: units.name,
      path: units.path,
      kind: units.kind,
      parentId: units.parentId,
      foundedOn: units.foundedOn,
      dissolvedOn: units.dissolvedOn,
    })
    .from(units)
    .where(eq(units.id, id))
    .limit(1);
  return row ?? null;
}

/** The path of a unit's parent: its path without the last label (null for a root). */
export const parentPathOf = (path: string): string | null =>
  path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : null;
