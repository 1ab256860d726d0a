import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { UnitKind } from '../../../contracts/units';
import type { Tx } from '../../db/client';
import { units } from '../org/schema';

/**
 * The few facts of organisation units the register needs (read only; the org module owns these tables).
 */
export interface MemberUnit {
  id: string;
  name: string;
  path: string;
  kind: UnitKind;
  dissolvedOn: string | null;
}

export async function unitForMembers(tx: Tx, id: string): Promise<MemberUnit | null> {
  const [row] = await tx
    .select({
      id: units.id,
      name: units.name,
      path: units.path,
      kind: units.kind,
      dissolvedOn: units.dissolvedOn,
    })
    .from(units)
    .where(eq(units.id, id))
    .limit(1);
  return row ?? null;
}

export async function unitNames(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(inArray(units.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Active units of a subtree (the unit itself included): where an import may place members. */
export async function activeUnitsUnder(tx: Tx, path: string): Promise<MemberUnit[]> {
  return tx
    .select({
      id: units.id,
      name: units.name,
      path: units.path,
      kind: units.kind,
      dissolvedOn: units.dissolvedOn,
    })
    .from(units)
    .where(and(sql`${units.path} <@ ${path}::ltree`, isNull(units.dissolvedOn)));
}

/** Several units by id (their paths and names as they are now). */
export async function unitsByIds(tx: Tx, ids: readonly string[]): Promise<Map<string, MemberUnit>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({
      id: units.id,
      name: units.name,
      path: units.path,
      kind: units.kind,
      dissolvedOn: units.dissolvedOn,
    })
    .from(units)
    .where(inArray(units.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}
