import { asc, eq } from 'drizzle-orm';
import { bodyKinds, type Position, type UnitOffices } from '../../../contracts/units';
import { textSortKey } from '../../../domain/name-sort';
import type { Tx } from '../../db/client';
import { memberNames } from '../members/org-hooks';
import { todayIso } from './calendar';
import { positions, unitBodies, units, unitTerms } from './schema';

const heldOn = (p: { startsOn: string; endsOn: string | null }, date: string) =>
  p.startsOn <= date && (p.endsOn === null || p.endsOn >= date);

/**
 * The unit page's organisation part: its bodies with today's office holders, the offices held in the unit
 * itself, and its terms (newest first) with every office held during each.
 */
export async function unitOffices(tx: Tx, unit: { id: string; name: string }): Promise<UnitOffices> {
  const today = todayIso();
  const [bodies, terms, held] = await Promise.all([
    tx.select().from(unitBodies).where(eq(unitBodies.unitId, unit.id)),
    tx.select().from(unitTerms).where(eq(unitTerms.unitId, unit.id)).orderBy(asc(unitTerms.startsOn)),
    tx
      .select({
        id: positions.id,
        unitId: positions.unitId,
        bodyId: positions.bodyId,
        bodyName: unitBodies.name,
        termId: positions.termId,
        termLabel: unitTerms.label,
        memberId: positions.memberId,
        title: positions.title,
        startsOn: positions.startsOn,
        endsOn: positions.endsOn,
        decisionRef: positions.decisionRef,
        version: positions.version,
      })
      .from(positions)
      .leftJoin(unitBodies, eq(unitBodies.id, positions.bodyId))
      .leftJoin(unitTerms, eq(unitTerms.id, positions.termId))
      .where(eq(positions.unitId, unit.id))
      .orderBy(asc(positions.startsOn), asc(positions.id)),
  ]);
  const names = await memberNames(tx, [...new Set(held.map((p) => p.memberId))]);
  const all: Position[] = held.map((p) => ({
    ...p,
    unitName: unit.name,
    memberName: names.get(p.memberId) ?? '',
    current: heldOn(p, today),
  }));
  const current = all.filter((p) => p.current);
  const sortedBodies = [...bodies].sort(
    (a, b) =>
      bodyKinds.indexOf(a.kind) - bodyKinds.indexOf(b.kind) ||
      (textSortKey(a.name) < textSortKey(b.name) ? -1 : textSortKey(a.name) > textSortKey(b.name) ? 1 : 0),
  );
  return {
    bodies: sortedBodies.map(({ createdAt: _c, ...body }) => ({
      ...body,
      holders: current.filter((p) => p.bodyId === body.id),
    })),
    unitHolders: current.filter((p) => p.bodyId === null),
    terms: terms.reverse().map((term) => ({
      ...presentTerm(term),
      // An office taken on the congress day that ends a term belongs to the next term.
      positions: all.filter(
        (p) => p.startsOn < term.endsOn && (p.endsOn === null || p.endsOn >= term.startsOn),
      ),
    })),
  };
}

/** The path of the unit a position belongs to (access checks), or null when there is no such position. */
export async function positionUnitPath(tx: Tx, positionId: string): Promise<string | null> {
  const [row] = await tx
    .select({ path: units.path })
    .from(positions)
    .innerJoin(units, eq(units.id, positions.unitId))
    .where(eq(positions.id, positionId))
    .limit(1);
  return row?.path ?? null;
}

/** One position as the API returns it. */
export async function findPosition(tx: Tx, id: string): Promise<Position | null> {
  const [row] = await tx
    .select({
      id: positions.id,
      unitId: positions.unitId,
      unitName: units.name,
      bodyId: positions.bodyId,
      bodyName: unitBodies.name,
      termId: positions.termId,
      termLabel: unitTerms.label,
      memberId: positions.memberId,
      title: positions.title,
      startsOn: positions.startsOn,
      endsOn: positions.endsOn,
      decisionRef: positions.decisionRef,
      version: positions.version,
    })
    .from(positions)
    .innerJoin(units, eq(units.id, positions.unitId))
    .leftJoin(unitBodies, eq(unitBodies.id, positions.bodyId))
    .leftJoin(unitTerms, eq(unitTerms.id, positions.termId))
    .where(eq(positions.id, id))
    .limit(1);
  if (!row) return null;
  const names = await memberNames(tx, [row.memberId]);
  return { ...row, memberName: names.get(row.memberId) ?? '', current: heldOn(row, todayIso()) };
}

export function presentTerm({ createdAt: _c, ...term }: typeof unitTerms.$inferSelect) {
  const today = todayIso();
  return { ...term, current: term.startsOn <= today && term.endsOn >= today };
}
