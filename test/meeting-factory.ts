import type { AttendanceStatus, MeetingKind, MeetingStatus } from '../src/domain/meeting-rules';
import { vnInstant } from '../src/domain/meeting-rules';
import type { Db } from '../src/server/db/client';
import { meetingAttendance, meetingMissedMonths, meetings } from '../src/server/modules/meetings/schema';

export interface MeetingSeed {
  kind?: MeetingKind;
  status?: MeetingStatus;
  /** Local date and time in Asia/Ho_Chi_Minh. */
  date: string;
  time?: string;
  minutesHtml?: string | null;
  topic?: string | null;
  place?: string | null;
  bodyId?: string | null;
  attendance?: ReadonlyArray<readonly [memberId: string, status: AttendanceStatus | null]>;
}

/** Inserts a meeting (and its roster) straight into the tables, as the meetings service leaves them. */
export async function makeMeeting(db: Db, unitId: string, seed: MeetingSeed) {
  const status = seed.status ?? 'closed';
  const startsAt = vnInstant(seed.date, seed.time ?? '19:30');
  const kind = seed.kind ?? 'regular';
  const [row] = await db
    .insert(meetings)
    .values({
      unitId,
      bodyId: seed.bodyId ?? null,
      kind,
      status,
      topic: seed.topic ?? (kind === 'regular' ? null : 'Học tập và làm theo tư tưởng Hồ Chí Minh'),
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      month: seed.date.slice(0, 7),
      place: seed.place === undefined ? 'Hội trường tầng 2' : seed.place,
      minutesHtml:
        seed.minutesHtml === undefined ? (status === 'closed' ? '<p>Biên bản</p>' : null) : seed.minutesHtml,
      closedAt: status === 'closed' ? new Date(startsAt.getTime() + 2 * 3_600_000) : null,
      qualityRating: status === 'closed' ? 'tot' : null,
      cancelReason: status === 'cancelled' ? 'Hoãn' : null,
    })
    .returning();
  if (!row) throw new Error('no meeting');
  if (seed.attendance?.length)
    await db
      .insert(meetingAttendance)
      .values(seed.attendance.map(([memberId, s]) => ({ meetingId: row.id, memberId, status: s })));
  return row;
}

/** Months a member missed (the removal rule's), as the service records them on close. */
export async function markMissed(db: Db, memberId: string, unitId: string, months: readonly string[]) {
  await db.insert(meetingMissedMonths).values(months.map((month) => ({ memberId, unitId, month })));
}
