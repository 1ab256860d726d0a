import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { attendanceStatuses, meetingKinds, meetingStatuses } from '../../../domain/meeting-rules';
import { createdAt, id, tstz } from '../../db/columns';
import { users } from '../../platform/auth/schema';
import { members } from '../members/schema';
import { unitBodies, units } from '../org/schema';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** An agenda item with its preparation assignment (who prepares what, by when). */
export interface AgendaItem {
  title: string;
  preparedByMemberId?: string | null;
  preparation?: string | null;
  dueOn?: string | null;
}

/**
 * A meeting of a cell (sinh hoạt chi bộ) or of a committee's body (executive or standing committee:
 * `body_id`). `month` is the local (Asia/Ho_Chi_Minh) month of the planned start, kept for the compliance
 * checks (regular per month, thematic per quarter). The minutes are editable until the meeting is closed;
 * after that every change is a new row of `meeting_minutes_versions` (and an audit entry).
 */
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    bodyId: uuid('body_id').references(() => unitBodies.id),
    kind: text('kind', { enum: meetingKinds }).notNull(),
    status: text('status', { enum: meetingStatuses }).notNull().default('planned'),
    topic: text('topic'),
    startsAt: tstz('starts_at').notNull(),
    endsAt: tstz('ends_at').notNull(),
    month: text('month').notNull(),
    place: text('place'),
    onlineLink: text('online_link'),
    chairMemberId: uuid('chair_member_id').references(() => members.id),
    minuteTakerMemberId: uuid('minute_taker_member_id').references(() => members.id),
    agenda: jsonb('agenda').$type<AgendaItem[]>().notNull().default([]),
    /** The meeting this one's plan was drafted from (next month's plan from this month's conclusions). */
    draftedFromId: uuid('drafted_from_id'),
    startedAt: tstz('started_at'),
    endedAt: tstz('ended_at'),
    minutesHtml: text('minutes_html'),
    minutesVersion: integer('minutes_version').notNull().default(0),
    attendeeCount: integer('attendee_count'),
    qualityRating: text('quality_rating'),
    closedAt: tstz('closed_at'),
    closedBy: uuid('closed_by').references(() => users.id),
    cancelReason: text('cancel_reason'),
    /** SHA-256 of the self check-in secret (the QR code carries the secret; valid only in the meeting window). */
    checkInHash: text('check_in_hash'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    /**
     * Derived from `meeting_attendance` by statement triggers (migration 0013): members marked present, and
     * members marked and expected (`isExpected`). They feed `meeting_cell_windows`, so the committee's panel
     * never reads attendance rows.
     */
    presentCount: integer('present_count').notNull().default(0),
    expectedCount: integer('expected_count').notNull().default(0),
  },
  (t) => [
    // The panel: held or past meetings still without minutes (few, so a small partial index).
    index('meetings_without_minutes_idx')
      .on(t.unitId, t.startsAt)
      .where(
        sql`${t.status} <> 'cancelled' and ${t.bodyId} is null and coalesce(btrim(${t.minutesHtml}), '') in ('', '<p></p>')`,
      ),
    index('meetings_unit_month_idx').on(t.unitId, t.month, t.status),
    index('meetings_unit_starts_idx').on(t.unitId, t.startsAt),
    index('meetings_month_idx').on(t.month, t.status, t.unitId),
    uniqueIndex('meetings_check_in_uq').on(t.checkInHash),
    check('meetings_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** The cell's members as called to a meeting, and how each attended. `status` null: not yet marked. */
export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    status: text('status', { enum: attendanceStatuses }),
    reason: text('reason'),
    checkedInAt: tstz('checked_in_at'),
    markedBy: uuid('marked_by').references(() => users.id),
    markedAt: tstz('marked_at'),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.memberId] }),
    index('meeting_attendance_member_idx').on(t.memberId, t.meetingId),
  ],
);

/**
 * Months in which a member was absent without reason from a regular meeting and present at none — the
 * removal rule's "missed" months (src/domain/meeting-rules.ts monthAttendance), kept by the service when a
 * meeting closes or its attendance changes after closing, so the committee's panel counts them by subtree
 * without reading every attendance row.
 */
export const meetingMissedMonths = pgTable(
  'meeting_missed_months',
  {
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    month: text('month').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [
    primaryKey({ columns: [t.memberId, t.month] }),
    index('meeting_missed_months_unit_idx').on(t.unitId, t.month),
  ],
);

/**
 * The committee's panel, precomputed: for each cell and month, the closed cell meetings that count for that
 * month — regular (or combined) ones of the month itself, thematic (or combined) ones of its quarter up to it,
 * and all of the 12 months ending with it with their attendance tallies. Kept by statement triggers on
 * `meetings` (migration 0013), so the panel reads one row per cell instead of a year of meetings. Derived:
 * backups leave it out and a restore rebuilds it (`db/derived.ts`).
 */
export const meetingCellWindows = pgTable(
  'meeting_cell_windows',
  {
    unitId: uuid('unit_id').notNull(),
    month: text('month').notNull(),
    regular: integer('regular').notNull(),
    thematic: integer('thematic').notNull(),
    meetings: integer('meetings').notNull(),
    present: integer('present').notNull(),
    expected: integer('expected').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.month] }),
    index('meeting_cell_windows_month_idx').on(
      t.month,
      t.unitId,
      t.regular,
      t.thematic,
      t.meetings,
      t.present,
      t.expected,
    ),
  ],
);

export const meetingDocuments = pgTable(
  'meeting_documents',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    /** Attached less than the rules' lead time before the meeting (DOMAIN.md §4: at least 1 day). */
    late: boolean('late').notNull(),
    attachedBy: uuid('attached_by').references(() => users.id),
    attachedAt: createdAt(),
  },
  (t) => [index('meeting_documents_meeting_idx').on(t.meetingId)],
);

/** Earlier texts of locked minutes: each change after closing keeps the text it replaced. */
export const meetingMinutesVersions = pgTable(
  'meeting_minutes_versions',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    html: text('html').notNull(),
    reason: text('reason'),
    savedBy: uuid('saved_by').references(() => users.id),
    savedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.version] })],
);

/**
 * A conclusion of a meeting; one with an owner and a deadline is a task (the work-program module shows
 * them on its board and tracks `task_status`).
 */
export const meetingConclusions = pgTable(
  'meeting_conclusions',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    ownerMemberId: uuid('owner_member_id').references(() => members.id),
    dueOn: date('due_on', { mode: 'string' }),
    taskStatus: text('task_status', { enum: ['open', 'done'] }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index('meeting_conclusions_meeting_idx').on(t.meetingId, t.position),
    index('meeting_conclusions_owner_idx').on(t.ownerMemberId, t.dueOn),
    check(
      'meeting_conclusions_task_shape',
      sql`(${t.taskStatus} is null and ${t.ownerMemberId} is null and ${t.dueOn} is null) or (${t.taskStatus} is not null and ${t.ownerMemberId} is not null and ${t.dueOn} is not null)`,
    ),
  ],
);

/** Quality self-rating scales set by the administrator, each from a date (else the rule set's scale). */
export const meetingRatingScales = pgTable('meeting_rating_scales', {
  id: id(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull().unique(),
  levels: jsonb('levels').$type<{ key: string; label: string }[]>().notNull(),
  citation: text('citation'),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
});

/** A user's secret iCalendar feed URL (only its SHA-256 is kept); revoking sets `revoked_at`. */
export const calendarFeedTokens = pgTable(
  'calendar_feed_tokens',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    revokedAt: tstz('revoked_at'),
  },
  (t) => [index('calendar_feed_tokens_user_idx').on(t.userId)],
);
