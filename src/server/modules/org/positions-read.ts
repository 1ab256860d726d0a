import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { PositionTitle } from '../../../contracts/units';
import type { Tx } from '../../db/client';
import { todayIso } from './calendar';
import { positions, unitBodies, units, unitTerms } from './schema';

/**
 * Offices as the member register shows them (the members module reads positions only through these).
 */

export interface HeldPosition {
  title: PositionTitle;
  unitName: string;
  bodyName: string | null;
}

/** Offices each member holds on a date (default today). */
export async function currentPositionsOf(
  tx: Tx,
  memberIds: readonly string[],
  onDate: string = todayIso(),
): Promise<Map<string, HeldPosition[]>> {
  const result = new Map<string, HeldPosition[]>();
  if (memberIds.length === 0) return result;
  const rows = await tx
    .select({
      memberId: positions.memberId,
      title: positions.title,
      unitName: units.name,
      bodyName: unitBodies.name,
    })
    .from(positions)
    .innerJoin(units, eq(units.id, positions.unitId))
    .leftJoin(unitBodies, eq(unitBodies.id, positions.bodyId))
    .where(
      and(
        inArray(positions.memberId, [...memberIds]),
        lte(positions.startsOn, onDate),
        or(isNull(positions.endsOn), gte(positions.endsOn, onDate)),
      ),
    )
    .orderBy(asc(positions.startsOn));
  for (const { memberId, ...held } of rows) {
    const list = result.get(memberId) ?? [];
    list.push(held);
    result.set(memberId, list);
  }
  return result;
}

/** Every office a member has held, newest first. */
export async function positionsOfMember(tx: Tx, memberId: string) {
  return tx
    .select({
      id: positions.id,
      title: positions.title,
      unitName: units.name,
      bodyName: unitBodies.name,
      termLabel: unitTerms.label,
      startsOn: positions.startsOn,
      endsOn: positions.endsOn,
    })
    .from(positions)
    .innerJoin(units, eq(units.id, positions.unitId))
    .leftJoin(unitBodies, eq(unitBodies.id, positions.bodyId))
    .leftJoin(unitTerms, eq(unitTerms.id, positions.termId))
    .where(eq(positions.memberId, memberId))
    .orderBy(desc(positions.startsOn), sql`${positions.id}`);
}
