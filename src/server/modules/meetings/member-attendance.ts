import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { isExpected } from '../../../domain/meeting-rules';
import { addMonths } from '../../../domain/working-days';
import type { Tx } from '../../db/client';
import { membersCalledIn } from '../members/for-meetings';
import { meetingAttendance, meetingMissedMonths, meetings } from './schema';

/**
 * Attendance of each member a unit holds today over the 12 months ending with `month`: meetings of the unit
 * closed in those months, present / expected (exempted and temporarily transferred left out), and the missed
 * months the removal rule counts.
 */
export async function memberAttendanceOf(tx: Tx, unit: { id: string; path: string }, month: string) {
  const unitId = unit.id;
  const from = addMonths(`${month}-01`, -11).slice(0, 7);
  const roster = await membersCalledIn(tx, unit.path);
  const [held] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(meetings)
    .where(
      and(
        eq(meetings.unitId, unitId),
        eq(meetings.status, 'closed'),
        gte(meetings.month, from),
        lte(meetings.month, month),
      ),
    );
  const ids = roster.map((m) => m.id);
  const marks =
    ids.length === 0
      ? []
      : await tx
          .select({ memberId: meetingAttendance.memberId, status: meetingAttendance.status })
          .from(meetingAttendance)
          .innerJoin(meetings, eq(meetings.id, meetingAttendance.meetingId))
          .where(
            and(
              inArray(meetingAttendance.memberId, ids),
              eq(meetings.unitId, unitId),
              eq(meetings.status, 'closed'),
              gte(meetings.month, from),
              lte(meetings.month, month),
            ),
          );
  const missed =
    ids.length === 0
      ? []
      : await tx
          .select()
          .from(meetingMissedMonths)
          .where(
            and(
              inArray(meetingMissedMonths.memberId, ids),
              gte(meetingMissedMonths.month, from),
              lte(meetingMissedMonths.month, month),
            ),
          );
  return {
    from,
    to: month,
    meetings: held?.n ?? 0,
    items: roster.map((m) => {
      const own = marks.filter((r) => r.memberId === m.id && r.status !== null);
      const expected = own.filter((r) => r.status && isExpected(r.status)).length;
      const present = own.filter((r) => r.status === 'present').length;
      return {
        memberId: m.id,
        fullName: m.fullName,
        present,
        expected,
        rate: expected > 0 ? present / expected : null,
        missedMonths: missed
          .filter((r) => r.memberId === m.id)
          .map((r) => r.month)
          .sort(),
      };
    }),
  };
}
