import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { UnitKind } from '../../../contracts/units';
import type { Tx } from '../../db/client';
import { units } from './schema';

/** The facts of a unit the study of documents needs (the org module owns the tables). */
export interface StudyUnit {
  id: string;
  name: string;
  path: string;
  kind: UnitKind;
  dissolvedOn: string | null;
}

const columns = {
  id: units.id,
  name: units.name,
  path: units.path,
  kind: units.kind,
  dissolvedOn: units.dissolvedOn,
};

export async function studyUnit(tx: Tx, id: string): Promise<StudyUnit | null> {
  const [row] = await tx.select(columns).from(units).where(eq(units.id, id)).limit(1);
  return row ?? null;
}

/**
 * The units of a subtree that study a document themselves: active cells, and active grassroots organisations
 * without active units below them (they hold their members directly). With `ids`, only those among them.
 */
export async function studyCellsUnder(tx: Tx, path: string, ids?: readonly string[]): Promise<StudyUnit[]> {
  const holdsMembers = or(
    eq(units.kind, 'cell'),
    and(
      eq(units.kind, 'grassroots'),
      sql`not exists (select 1 from ${units} c where c.parent_id = ${units.id} and c.dissolved_on is null)`,
    ),
  );
  return tx
    .select(columns)
    .from(units)
    .where(
      and(
        sql`${units.path} <@ ${path}::ltree`,
        isNull(units.dissolvedOn),
        holdsMembers,
        ids ? inArray(units.id, [...new Set(ids)]) : undefined,
      ),
    )
    .orderBy(asc(units.sortKey), asc(units.id))
    .limit(5000);
}

/** Unit names and sort keys as a row source `(id, name, sort_key)` to join in grouped reads. */
export const unitLabels = sql`(select u.id, u.name, u.sort_key from ${units} u)`;
