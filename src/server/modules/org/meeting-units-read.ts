import { and, count, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { UnitKind } from '../../../contracts/units';
import type { Tx } from '../../db/client';
import { positions, unitBodies, units } from './schema';

export interface MeetingUnit {
  id: string;
  name: string;
  path: string;
  kind: UnitKind;
  parentId: string | null;
  dissolvedOn: string | null;
  /** Holds its members itself: a cell, or a grassroots organisation without cells (chi bộ cơ sở). */
  holdsMembers: boolean;
}

/** The facts of a unit that the meetings module needs (the org module owns the tables). */
export async function meetingUnit(tx: Tx, id: string): Promise<MeetingUnit | null> {
  const [row] = await tx
    .select({
      id: units.id,
      name: units.name,
      path: units.path,
      kind: units.kind,
      parentId: units.parentId,
      dissolvedOn: units.dissolvedOn,
    })
    .from(units)
    .where(eq(units.id, id))
    .limit(1);
  if (!row) return null;
  let holdsMembers = row.kind === 'cell';
  if (row.kind === 'grassroots') {
    const [children] = await tx
      .select({ n: count() })
      .from(units)
      .where(and(eq(units.parentId, id), isNull(units.dissolvedOn)));
    holdsMembers = (children?.n ?? 0) === 0;
  }
  return { ...row, holdsMembers };
}

export async function unitBody(tx: Tx, id: string) {
  const [row] = await tx
    .select({ id: unitBodies.id, unitId: unitBodies.unitId, name: unitBodies.name, kind: unitBodies.kind })
    .from(unitBodies)
    .where(eq(unitBodies.id, id))
    .limit(1);
  return row ?? null;
}

/** Members holding an office in a body on a date: those called to the body's meetings. */
export async function bodyMemberIdsOn(tx: Tx, bodyId: string, date: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ memberId: positions.memberId })
    .from(positions)
    .where(
      and(
        eq(positions.bodyId, bodyId),
        lte(positions.startsOn, date),
        or(isNull(positions.endsOn), gte(positions.endsOn, date)),
      ),
    );
  return rows.map((r) => r.memberId);
}
