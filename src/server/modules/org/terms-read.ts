import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { unitTerms } from './schema';

export interface TermFacts {
  id: string;
  unitId: string;
  label: string;
  startsOn: string;
  endsOn: string;
}

const columns = {
  id: unitTerms.id,
  unitId: unitTerms.unitId,
  label: unitTerms.label,
  startsOn: unitTerms.startsOn,
  endsOn: unitTerms.endsOn,
};

/** The congress term of a unit that a date falls in (bounds inclusive), if one is recorded. */
export async function termOn(tx: Tx, unitId: string, date: string): Promise<TermFacts | null> {
  const [row] = await tx
    .select(columns)
    .from(unitTerms)
    .where(and(eq(unitTerms.unitId, unitId), lte(unitTerms.startsOn, date), gte(unitTerms.endsOn, date)))
    .orderBy(unitTerms.startsOn)
    .limit(1);
  return row ?? null;
}

export async function termsByIds(tx: Tx, ids: readonly string[]): Promise<Map<string, TermFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select(columns)
    .from(unitTerms)
    .where(inArray(unitTerms.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r]));
}
