import { and, eq, gte } from 'drizzle-orm';
import { type AttendanceStatus, type MeetingKind, monthAttendance } from '../../../domain/meeting-rules';
import type { MonthFact } from '../../../domain/removal-rules';
import { addMonths } from '../../../domain/working-days';
import type { Db } from '../../db/client';
import type { RemovalFactsProvider } from '../lifecycle/queries';
import { meetingAttendance, meetings } from './schema';

/** How far back the attendance facts reach: two removal windows, so a past ground still shows. */
const monthsBack = 24;

/** A member's months of the last two years, from the closed meetings they were called to. */
export async function attendanceMonths(db: Db, memberId: string, asOf: string): Promise<MonthFact[]> {
  const since = addMonths(asOf, -monthsBack).slice(0, 7);
  const rows = await db
    .select({ month: meetings.month, kind: meetings.kind, status: meetingAttendance.status })
    .from(meetingAttendance)
    .innerJoin(meetings, eq(meetings.id, meetingAttendance.meetingId))
    .where(
      and(
        eq(meetingAttendance.memberId, memberId),
        eq(meetings.status, 'closed'),
        gte(meetings.month, since),
      ),
    );
  const byMonth = new Map<string, { kind: MeetingKind; status: AttendanceStatus }[]>();
  for (const r of rows) {
    if (!r.status || r.month > asOf.slice(0, 7)) continue;
    byMonth.set(r.month, [...(byMonth.get(r.month) ?? []), { kind: r.kind, status: r.status }]);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([month, entries]) => {
      const attendance = monthAttendance(entries);
      return attendance ? [{ month, attendance }] : [];
    });
}

/** Attendance facts for removal proposals (dues join them when the dues module exists). */
export const meetingRemovalFacts: RemovalFactsProvider = {
  factsOf: async (db, memberId, asOf) => ({ months: await attendanceMonths(db, memberId, asOf) }),
};
