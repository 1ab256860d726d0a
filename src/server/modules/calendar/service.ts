import { and, asc, gte, lte } from 'drizzle-orm';
import { calendarOf } from '../../../domain/holidays-vn';
import type { WorkingCalendar } from '../../../domain/working-days';
import type { Tx } from '../../db/client';
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
