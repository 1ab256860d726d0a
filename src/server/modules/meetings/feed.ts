import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { MeetingKind } from '../../../domain/meeting-rules';
import { queryRows, type Tx } from '../../db/client';
import { newToken, tokenHash } from '../../platform/auth/tokens';
import type { Writer } from '../../platform/mutate';
import { calendarFeedTokens } from './schema';

/** The feed reaches this far back and ahead (months). */
const monthsBack = 3;
const monthsAhead = 12;
const timezone = 'Asia/Ho_Chi_Minh';
const vnOffsetMs = 7 * 3_600_000;

export const feedPath = (token: string) => `/api/ical/${token}`;

export interface FeedState {
  active: boolean;
  createdAt: string | null;
}

/** The user's feed as it is now (the secret itself is never kept, only its SHA-256). */
export async function feedState(tx: Tx, userId: string): Promise<FeedState> {
  const [row] = await tx
    .select({ createdAt: calendarFeedTokens.createdAt })
    .from(calendarFeedTokens)
    .where(and(eq(calendarFeedTokens.userId, userId), isNull(calendarFeedTokens.revokedAt)))
    .orderBy(desc(calendarFeedTokens.createdAt))
    .limit(1);
  return { active: Boolean(row), createdAt: row ? row.createdAt.toISOString() : null };
}

async function revokeActive(w: Writer, userId: string): Promise<number> {
  const revoked = await w.tx
    .update(calendarFeedTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(calendarFeedTokens.userId, userId), isNull(calendarFeedTokens.revokedAt)))
    .returning({ id: calendarFeedTokens.id });
  for (const { id } of revoked)
    w.audit({ action: 'calendar_feed.revoked', entity: 'calendar_feed', entityId: id });
  return revoked.length;
}

/** A new secret feed URL for the user; the one before it stops working. Returns the secret (shown once). */
export async function renewFeed(w: Writer, userId: string): Promise<{ token: string; createdAt: string }> {
  await revokeActive(w, userId);
  const token = newToken();
  const [row] = await w.tx
    .insert(calendarFeedTokens)
    .values({ userId, tokenHash: tokenHash(token) })
    .returning({ id: calendarFeedTokens.id, createdAt: calendarFeedTokens.createdAt });
  if (!row) throw new Error('calendar feed token not created');
  w.audit({ action: 'calendar_feed.created', entity: 'calendar_feed', entityId: row.id });
  return { token, createdAt: row.createdAt.toISOString() };
}

export async function revokeFeed(w: Writer, userId: string): Promise<number> {
  return revokeActive(w, userId);
}

/** The user whose live feed this secret is, or null (unknown or revoked). */
export async function feedOwner(tx: Tx, token: string): Promise<string | null> {
  const [row] = await tx
    .select({ userId: calendarFeedTokens.userId })
    .from(calendarFeedTokens)
    .where(and(eq(calendarFeedTokens.tokenHash, tokenHash(token)), isNull(calendarFeedTokens.revokedAt)))
    .limit(1);
  return row?.userId ?? null;
}

interface FeedMeeting {
  id: string;
  kind: MeetingKind;
  status: string;
  topic: string | null;
  starts_at: Date | string;
  ends_at: Date | string;
  place: string | null;
  online_link: string | null;
  unit_name: string;
  body_name: string | null;
  version: number;
  modified_at: Date | string;
}

/**
 * Meetings the user must attend: those whose roster holds the user's member record, and those of the
 * member's own unit that have no roster yet — not cancelled, from 3 months back to 12 months ahead.
 */
async function meetingsToAttend(tx: Tx, userId: string, now: Date): Promise<FeedMeeting[]> {
  const from = new Date(now);
  from.setUTCMonth(from.getUTCMonth() - monthsBack);
  const to = new Date(now);
  to.setUTCMonth(to.getUTCMonth() + monthsAhead);
  return queryRows<FeedMeeting>(
    tx,
    sql`select m.id, m.kind, m.status, m.topic, m.starts_at, m.ends_at, m.place, m.online_link, m.version,
        u.name as unit_name, b.name as body_name, greatest(m.created_at, m.closed_at) as modified_at
      from members me
      join meetings m on (
        exists (select 1 from meeting_attendance a where a.meeting_id = m.id and a.member_id = me.id)
        or (m.unit_id = me.unit_id and m.body_id is null
            and not exists (select 1 from meeting_attendance a where a.meeting_id = m.id)))
      join org_units u on u.id = m.unit_id
      left join org_bodies b on b.id = m.body_id
      where me.user_id = ${userId} and m.status <> 'cancelled'
        and m.starts_at >= ${from.toISOString()}::timestamptz and m.starts_at < ${to.toISOString()}::timestamptz
      order by m.starts_at, m.id`,
  );
}

export const meetingKindTitles: Record<MeetingKind, string> = {
  regular: 'Sinh hoạt chi bộ thường kỳ',
  thematic: 'Sinh hoạt chuyên đề',
  combined: 'Sinh hoạt thường kỳ kết hợp chuyên đề',
  extraordinary: 'Họp bất thường',
};

/** Local wall-clock time in Asia/Ho_Chi_Minh (no daylight saving), written with the zone's TZID. */
const vnLocal = (instant: Date | string) =>
  new Date(new Date(instant).getTime() + vnOffsetMs).toISOString().slice(0, 19);

const vtimezone = (tz: string) =>
  [
    'BEGIN:VTIMEZONE',
    `TZID:${tz}`,
    `X-LIC-LOCATION:${tz}`,
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0700',
    'TZOFFSETTO:+0700',
    'TZNAME:+07',
    'DTSTART:19700101T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');

/** The user's meetings as an iCalendar document. */
export async function feedCalendar(tx: Tx, userId: string, publicUrl: string, now = new Date()) {
  const calendar = ical({ name: 'Lịch sinh hoạt Đảng', method: ICalCalendarMethod.PUBLISH });
  calendar.prodId({ company: 'Dang bo so', product: 'Lich sinh hoat', language: 'VI' });
  calendar.timezone({ name: null, generator: vtimezone });
  const host = new URL(publicUrl).hostname;
  for (const m of await meetingsToAttend(tx, userId, now)) {
    const link = `${publicUrl}/meetings/${m.id}`;
    const modified = new Date(m.modified_at);
    calendar.createEvent({
      id: `meeting-${m.id}@${host}`,
      sequence: m.version - 1,
      stamp: modified,
      lastModified: modified,
      timezone,
      start: vnLocal(m.starts_at),
      end: vnLocal(m.ends_at),
      summary: `${meetingKindTitles[m.kind]} — ${m.body_name ?? m.unit_name}`,
      description: [m.topic, m.online_link ? `Trực tuyến: ${m.online_link}` : null, link]
        .filter(Boolean)
        .join('\n'),
      location: m.place ?? m.online_link ?? null,
      url: link,
    });
  }
  return calendar.toString();
}
