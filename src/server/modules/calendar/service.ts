import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { calendarOf } from '../../../domain/holidays-vn';
import { isWeekend, type WorkingCalendar } from '../../../domain/working-days';
import type { Tx } from '../../db/client';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { displayDate } from '../org/calendar';
import { workingCalendarDays } from './schema';

/**
 * The calendar between two dates, for deadline computations. Callers pass a range wide enough for the
 * deadlines they compute (e.g. the start date and one year after it).
 */
export async function loadWorkingCalendar(tx: Tx, from: string, to: string): Promise<WorkingCalendar> {
  const rows = await tx
    .select({ date: workingCalendarDays.date, kind: workingCalendarDays.kind })
    .from(workingCalendarDays)
    .where(and(gte(workingCalendarDays.date, from), lte(workingCalendarDays.date, to)));
  return calendarOf(rows);
}

export async function listCalendarDays(tx: Tx, from: string, to: string) {
  return tx
    .select()
    .from(workingCalendarDays)
    .where(and(gte(workingCalendarDays.date, from), lte(workingCalendarDays.date, to)))
    .orderBy(asc(workingCalendarDays.date));
}

/**
 * Adds or changes a day. A day off must be a weekday (a weekend is off anyway); a worked day must be a
 * Saturday or Sunday (a weekday is worked anyway). Changing needs the row's version; adding, none.
 */
export async function putCalendarDay(
  w: Writer,
  date: string,
  input: { kind: 'day_off' | 'worked_weekend'; name: string; version?: number },
) {
  if (input.kind === 'day_off' && isWeekend(date))
    throw new AppError(400, 'CALENDAR_DAY_OFF_WEEKEND', {
      field: 'kind',
      params: { date: displayDate(date) },
    });
  if (input.kind === 'worked_weekend' && !isWeekend(date))
    throw new AppError(400, 'CALENDAR_WORKED_WEEKDAY', {
      field: 'kind',
      params: { date: displayDate(date) },
    });
  const [before] = await w.tx
    .select()
    .from(workingCalendarDays)
    .where(eq(workingCalendarDays.date, date))
    .for('update');
  if (before ? before.version !== input.version : input.version !== undefined) throw staleVersion();
  const actor = w.ctx.actor?.id ?? null;
  const [after] = before
    ? await w.tx
        .update(workingCalendarDays)
        .set({
          kind: input.kind,
          name: input.name,
          version: before.version + 1,
          updatedBy: actor,
          updatedAt: new Date(),
        })
        .where(and(eq(workingCalendarDays.date, date), eq(workingCalendarDays.version, before.version)))
        .returning()
    : await w.tx
        .insert(workingCalendarDays)
        .values({ date, kind: input.kind, name: input.name, updatedBy: actor })
        .onConflictDoNothing()
        .returning();
  if (!after) throw staleVersion();
  w.audit({
    action: before ? 'calendar.day_changed' : 'calendar.day_added',
    entity: 'working_calendar_day',
    entityId: null,
    before: before ? { date, kind: before.kind, name: before.name } : null,
    after: { date, kind: after.kind, name: after.name },
  });
  return { date: after.date, kind: after.kind, name: after.name, version: after.version };
}

export async function deleteCalendarDay(w: Writer, date: string, version: number): Promise<void> {
  const [before] = await w.tx
    .select()
    .from(workingCalendarDays)
    .where(eq(workingCalendarDays.date, date))
    .for('update');
  if (!before) throw new AppError(404, 'NOT_FOUND', { field: 'date' });
  if (before.version !== version) throw staleVersion();
  await w.tx.delete(workingCalendarDays).where(eq(workingCalendarDays.date, date));
  w.audit({
    action: 'calendar.day_deleted',
    entity: 'working_calendar_day',
    before: { date, kind: before.kind, name: before.name },
  });
}
