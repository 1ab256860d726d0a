import { and, asc, count, eq, exists, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { MeetingDetail, MeetingSummary, meetingsListQuery } from '../../../contracts/meetings';
import { checkDuration, meetingRuleSetOn, vnDateOf, vnInstant } from '../../../domain/meeting-rules';
import type { Db, Tx } from '../../db/client';
import { type Scope, scopeIncludes } from '../../platform/access/grants';
import { inScope } from '../../platform/access/scope-sql';
import { AppError } from '../../platform/errors/app-error';
import { decodeCursor, encodeCursor, pageTotal } from '../../platform/http/cursor';
import { rosterMembersByIds } from '../members/for-meetings';
import { addDays } from '../org/calendar';
import { unitBodies, units } from '../org/schema';
import { taskIdsOfConclusions } from '../programs/for-meetings';
import { findMeeting, type MeetingRow } from './meeting-row';
import { ratingScaleOn } from './rating-scales';
import { meetingAttendance, meetingConclusions, meetingDocuments, meetings } from './schema';

export interface MeetingAccess {
  read: Scope;
  write: Scope;
  /** The signed-in user's member record, when they have one. */
  memberId: string | null;
}

const lateCount = sql<number>`(select count(*) from ${meetingDocuments} d where d.meeting_id = ${meetings.id} and d.late)::int`;

const summaryColumns = {
  meeting: meetings,
  unitName: units.name,
  unitPath: units.path,
  bodyName: unitBodies.name,
  // Kept by triggers on meeting_attendance (migration 0013).
  present: meetings.presentCount,
  expected: meetings.expectedCount,
  late: lateCount,
};

type SummaryRow = {
  meeting: MeetingRow;
  unitName: string;
  unitPath: string;
  bodyName: string | null;
  present: number;
  expected: number;
  late: number;
};

const summaryBase = (db: Db | Tx) =>
  db
    .select(summaryColumns)
    .from(meetings)
    .innerJoin(units, eq(units.id, meetings.unitId))
    .leftJoin(unitBodies, eq(unitBodies.id, meetings.bodyId));

function presentSummary(r: SummaryRow): MeetingSummary {
  const m = r.meeting;
  return {
    id: m.id,
    unitId: m.unitId,
    unitName: r.unitName,
    bodyId: m.bodyId,
    bodyName: r.bodyName,
    kind: m.kind,
    status: m.status,
    topic: m.topic,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    month: m.month,
    place: m.place,
    onlineLink: m.onlineLink,
    hasMinutes: Boolean(m.minutesHtml && m.minutesHtml.length > 0),
    attendanceRate: r.expected > 0 ? r.present / r.expected : null,
    attendeeCount: m.attendeeCount,
    qualityRating: m.qualityRating,
    lateDocuments: r.late,
  };
}

/** Meetings of the units in scope (a subtree, or one unit's own), by start time, keyset-paginated. */
export async function listMeetings(
  db: Db,
  access: MeetingAccess,
  query: z.infer<typeof meetingsListQuery>,
  unit: { id: string; path: string } | null,
) {
  const conditions: (SQL | undefined)[] = [inScope(units.path, access.read)];
  if (unit)
    conditions.push(query.ownOnly ? eq(meetings.unitId, unit.id) : sql`${units.path} <@ ${unit.path}::ltree`);
  if (query.from) conditions.push(gte(meetings.startsAt, vnInstant(query.from, '00:00')));
  if (query.to) conditions.push(lt(meetings.startsAt, vnInstant(addDays(query.to, 1), '00:00')));
  if (query.status) conditions.push(eq(meetings.status, query.status));
  if (query.mine)
    conditions.push(
      access.memberId
        ? exists(
            db
              .select({ one: sql`1` })
              .from(meetingAttendance)
              .where(
                and(
                  eq(meetingAttendance.meetingId, meetings.id),
                  eq(meetingAttendance.memberId, access.memberId),
                ),
              ),
          )
        : sql`false`,
    );
  const where = and(...conditions);
  const cursor = decodeCursor(query.cursor, 2);
  let after: SQL | undefined;
  if (cursor) {
    const [at, id] = cursor;
    if (
      typeof at !== 'string' ||
      typeof id !== 'string' ||
      !/^[0-9a-f-]{36}$/i.test(id) ||
      Number.isNaN(Date.parse(at))
    )
      throw new AppError(400, 'VALIDATION', {
        field: 'cursor',
        params: { reason: 'không hợp lệ / invalid' },
      });
    after = sql`(${meetings.startsAt}, ${meetings.id}) > (${at}::timestamptz, ${id}::uuid)`;
  }
  const rows = await summaryBase(db)
    .where(after ? and(where, after) : where)
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .limit(query.limit + 1);
  const total = await pageTotal(!after, rows.length, query.limit, async () => {
    const [row] = await db
      .select({ n: count() })
      .from(meetings)
      .innerJoin(units, eq(units.id, meetings.unitId))
      .where(where);
    return row?.n ?? 0;
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentSummary),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor([last.meeting.startsAt.toISOString(), last.meeting.id])
        : null,
    total,
  };
}

/** The meeting's unit path (for access checks), or null when there is no such meeting. */
export async function meetingPath(
  tx: Db | Tx,
  id: string,
): Promise<{ row: MeetingRow; path: string } | null> {
  const row = await findMeeting(tx, id);
  if (!row) return null;
  const [unit] = await tx.select({ path: units.path }).from(units).where(eq(units.id, row.unitId)).limit(1);
  return unit ? { row, path: unit.path } : null;
}

export async function meetingDetail(db: Db | Tx, id: string, access: MeetingAccess): Promise<MeetingDetail> {
  const [summary] = await summaryBase(db).where(eq(meetings.id, id)).limit(1);
  if (!summary || !scopeIncludes(access.read, summary.unitPath)) throw new AppError(404, 'NOT_FOUND');
  const m = summary.meeting;
  const [attendance, documents, conclusions] = await Promise.all([
    db.select().from(meetingAttendance).where(eq(meetingAttendance.meetingId, id)),
    db
      .select({
        id: meetingDocuments.id,
        fileName: meetingDocuments.fileName,
        contentType: meetingDocuments.contentType,
        size: meetingDocuments.size,
        late: meetingDocuments.late,
        attachedAt: meetingDocuments.attachedAt,
      })
      .from(meetingDocuments)
      .where(eq(meetingDocuments.meetingId, id))
      .orderBy(asc(meetingDocuments.attachedAt)),
    db
      .select()
      .from(meetingConclusions)
      .where(eq(meetingConclusions.meetingId, id))
      .orderBy(asc(meetingConclusions.position)),
  ]);
  const people = await rosterMembersByIds(db, [
    ...attendance.map((a) => a.memberId),
    ...conclusions.flatMap((c) => (c.ownerMemberId ? [c.ownerMemberId] : [])),
    ...m.agenda.flatMap((a) => (a.preparedByMemberId ? [a.preparedByMemberId] : [])),
    ...[m.chairMemberId, m.minuteTakerMemberId].filter((x): x is string => Boolean(x)),
  ]);
  const taskIds = await taskIdsOfConclusions(
    db,
    conclusions.map((c) => c.id),
  );
  const byId = new Map(people.map((p) => [p.id, p]));
  const nameOf = (memberId: string | null | undefined) =>
    memberId ? (byId.get(memberId)?.fullName ?? null) : null;
  const order = new Map(people.map((p, i) => [p.id, i]));
  const day = vnDateOf(m.startsAt);
  const canWrite = scopeIncludes(access.write, summary.unitPath);
  const planned = m.status === 'planned';
  return {
    ...presentSummary(summary),
    chairMemberId: m.chairMemberId,
    chairName: nameOf(m.chairMemberId),
    minuteTakerMemberId: m.minuteTakerMemberId,
    minuteTakerName: nameOf(m.minuteTakerMemberId),
    agenda: m.agenda.map((a) => ({ ...a, preparedByName: nameOf(a.preparedByMemberId) })),
    draftedFromId: m.draftedFromId,
    startedAt: m.startedAt?.toISOString() ?? null,
    endedAt: m.endedAt?.toISOString() ?? null,
    duration: m.startedAt && m.endedAt ? checkDuration(m.kind, m.startedAt, m.endedAt) : null,
    minutesHtml: m.minutesHtml,
    minutesVersion: m.minutesVersion,
    closedAt: m.closedAt?.toISOString() ?? null,
    cancelReason: m.cancelReason,
    attendance: [...attendance]
      .sort((a, b) => (order.get(a.memberId) ?? 0) - (order.get(b.memberId) ?? 0))
      .map((a) => ({
        memberId: a.memberId,
        fullName: nameOf(a.memberId) ?? '',
        memberStatus: byId.get(a.memberId)?.status ?? '',
        status: a.status,
        reason: a.reason,
        checkedInAt: a.checkedInAt?.toISOString() ?? null,
      })),
    documents: documents.map((d) => ({ ...d, attachedAt: d.attachedAt.toISOString() })),
    conclusions: conclusions.map((c) => ({
      id: c.id,
      position: c.position,
      text: c.text,
      ownerMemberId: c.ownerMemberId,
      ownerName: nameOf(c.ownerMemberId),
      dueOn: c.dueOn,
      taskStatus: c.taskStatus,
      taskId: taskIds.get(c.id) ?? null,
    })),
    ratingScale: await ratingScaleOn(db, day),
    citation: meetingRuleSetOn(day).citation,
    version: m.version,
    canEdit: canWrite && planned,
    canMarkAttendance: canWrite && planned,
    canEditMinutes: canWrite && m.status !== 'cancelled',
    canClose: canWrite && planned,
    myMemberId:
      access.memberId && attendance.some((a) => a.memberId === access.memberId) ? access.memberId : null,
  };
}
