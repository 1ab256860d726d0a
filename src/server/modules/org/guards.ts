import { eq, type SQL } from 'drizzle-orm';
import type { UnitEventKind } from '../../../contracts/units';
import type { Tx } from '../../db/client';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { displayDate, todayIso } from './calendar';
import { unitEvents, units } from './schema';
import { latestRecordedChange, placedSince } from './versions';

export type UnitRecord = typeof units.$inferSelect;

/** Reads a unit and locks it until the transaction ends (two changes to one unit run one after the other). */
export async function lockUnit(tx: Tx, id: string, field?: string): Promise<UnitRecord> {
  const [unit] = await tx.select().from(units).where(eq(units.id, id)).for('update').limit(1);
  if (!unit) throw new AppError(404, 'NOT_FOUND', field ? { field } : {});
  return unit;
}

/** A dissolved or merged unit is history: it takes no changes, children, members or offices. */
export function assertActive(unit: UnitRecord, field?: string): void {
  if (unit.dissolvedOn) {
    throw new AppError(409, 'UNIT_DISSOLVED', {
      ...(field ? { field } : {}),
      params: { name: unit.name, date: displayDate(unit.dissolvedOn) },
    });
  }
}

export function assertVersion(unit: UnitRecord, version: number): void {
  if (unit.version !== version) throw staleVersion();
}

/** Tree changes are recorded once they take effect; a decision for next month is entered next month. */
export function assertNotFuture(date: string, field = 'effectiveOn'): void {
  const today = todayIso();
  if (date > today) {
    throw new AppError(400, 'DATE_IN_FUTURE', { field, params: { today: displayDate(today) } });
  }
}

/** The change must not predate anything already recorded about the units matching `where` (alias `u`). */
export async function assertAfterRecorded(tx: Tx, where: SQL, effectiveOn: string): Promise<void> {
  const latest = await latestRecordedChange(tx, where);
  if (latest && effectiveOn < latest.changedOn) {
    throw new AppError(400, 'UNIT_EFFECTIVE_TOO_EARLY', {
      field: 'effectiveOn',
      params: { date: displayDate(latest.changedOn), name: latest.name },
    });
  }
}

/** A unit can receive children or members on a date only if it stood where it stands now on that date. */
export async function assertPlacedBy(tx: Tx, target: UnitRecord, effectiveOn: string): Promise<void> {
  const since = await placedSince(tx, target.id);
  if (!since || effectiveOn < since) {
    throw new AppError(400, 'UNIT_TARGET_TOO_EARLY', {
      field: 'effectiveOn',
      params: { date: displayDate(since ?? effectiveOn), name: target.name },
    });
  }
}

export interface Decision {
  effectiveOn: string;
  decisionRef?: string | null;
  note?: string | null;
}

export async function recordEvent(
  w: Writer,
  unitId: string,
  kind: UnitEventKind,
  decision: Decision,
  details: Record<string, unknown>,
): Promise<void> {
  await w.tx.insert(unitEvents).values({
    unitId,
    kind,
    effectiveOn: decision.effectiveOn,
    decisionRef: decision.decisionRef ?? null,
    note: decision.note ?? null,
    details,
    createdBy: w.ctx.actor?.id ?? null,
  });
}
