import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { units } from './schema';

/** The facts of a unit that petitions need (the org module owns the tables). */
export interface PetitionUnit {
  id: string;
  name: string;
  path: string;
  dissolvedOn: string | null;
}

export async function petitionUnit(tx: Tx, id: string): Promise<PetitionUnit | null> {
  const [row] = await tx
    .select({ id: units.id, name: units.name, path: units.path, dissolvedOn: units.dissolvedOn })
    .from(units)
    .where(eq(units.id, id))
    .limit(1);
  return row ?? null;
}

/** Unit names as a row source `(id, name)` to join in petition reads. */
export const petitionUnitNames = sql`(select u.id, u.name from ${units} u)`;

/** The ancestors of a unit (not the unit itself), nearest first. */
export async function ancestorsOf(tx: Tx, path: string): Promise<{ id: string; name: string }[]> {
  return tx
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(sql`${units.path} @> ${path}::ltree and ${units.path} <> ${path}::ltree`)
    .orderBy(sql`${units.level} desc`);
}
