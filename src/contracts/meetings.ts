import { z } from 'zod';
import { attendanceStatuses, meetingKinds, meetingStatuses } from '../domain/meeting-rules';
import { line } from './common';
import { isoDate } from './dates';

export const meetingKind = z.enum(meetingKinds);
export const meetingStatus = z.enum(meetingStatuses);
export const attendanceStatus = z.enum(attendanceStatuses);
/** yyyy-mm */
export const monthString = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'dạng yyyy-mm / like yyyy-mm');
/** An instant with its offset, e.g. `2026-03-05T08:00:00+07:00` (the web sends Asia/Ho_Chi_Minh times). */
export const instant = z.iso.datetime({ offset: true });

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const agendaItem = z.object({
  title: line(500),
  /** The member who prepares this item (report, draft resolution, topic). */
  preparedByMemberId: z.uuid().nullable().optional(),
  preparation: optionalText(1000),
  dueOn: isoDate.nullable().optional(),
});

/** Plans a meeting of a cell, or of a committee's body (executive or standing committee) when `bodyId` is given. */
export const createMeetingBody = z.object({
  unitId: z.uuid(),
  bodyId: z.uuid().nullable().optional(),
  kind: meetingKind,
  /** The theme of a thematic or combined meeting; required for those. */
  topic: optionalText(500),
  startsAt: instant,
  endsAt: instant,
  place: optionalText(300),
  onlineLink: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .optional(),
  chairMemberId: z.uuid().nullable().optional(),
  minuteTakerMemberId: z.uuid().nullable().optional(),
  agenda: z.array(agendaItem).max(50).default([]),
  /** The meeting whose conclusions this plan was drafted from. */
  draftedFromId: z.uuid().nullable().optional(),
});

export const updateMeetingBody = createMeetingBody
  .omit({ unitId: true, bodyId: true, draftedFromId: true })
  .extend({
    version: z.int32().min(1),
  });

export const cancelMeetingBody = z.object({ reason: line(1000), version: z.int32().min(1) });

export const attendanceEntryInput = z.object({
  memberId: z.uuid(),
  status: attendanceStatus,
  /** Required for "absent with a reason". */
  reason: optionalText(500),
});
/** Marks some or all of the roster; members left out keep their marks. */
export const markAttendanceBody = z.object({ entries: z.array(attendanceEntryInput).min(1).max(2000) });

export const minutesBody = z.object({
  /** Rich text; sanitised on the server (tags outside a small safe set are dropped). */
  html: z.string().max(500_000),
  startedAt: instant.nullable().optional(),
  endedAt: instant.nullable().optional(),
  /** Required once the meeting is closed: every change then is a new version. */
  reason: optionalText(1000),
  version: z.int32().min(1),
});

export const conclusionInput = z.object({
  id: z.uuid().optional(),
  text: line(2000),
  /** An owner and a deadline together make the conclusion a task. */
  ownerMemberId: z.uuid().nullable().optional(),
  dueOn: isoDate.nullable().optional(),
});
export const conclusionsBody = z.object({
  items: z.array(conclusionInput).max(100),
  version: z.int32().min(1),
});

export const closeMeetingBody = z.object({
  startedAt: instant,
  endedAt: instant,
  qualityRating: line(100),
  version: z.int32().min(1),
});

export const meetingDocument = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  late: z.boolean(),
  attachedAt: z.string(),
});

export const attendanceEntry = z.object({
  memberId: z.uuid(),
  fullName: z.string(),
  memberStatus: z.string(),
  status: attendanceStatus.nullable(),
  reason: z.string().nullable(),
  checkedInAt: z.string().nullable(),
});

export const conclusion = z.object({
  id: z.uuid(),
  position: z.number().int(),
  text: z.string(),
  ownerMemberId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  dueOn: isoDate.nullable(),
  taskStatus: z.enum(['open', 'done']).nullable(),
  /** The task the conclusion became when the meeting closed (its page tracks progress). */
  taskId: z.uuid().nullable(),
});

export const durationCheck = z.object({
  minutes: z.number().int(),
  required: z.number().int(),
  short: z.boolean(),
});

export const meetingSummary = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  bodyId: z.uuid().nullable(),
  bodyName: z.string().nullable(),
  kind: meetingKind,
  status: meetingStatus,
  topic: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  month: monthString,
  place: z.string().nullable(),
  onlineLink: z.string().nullable(),
  hasMinutes: z.boolean(),
  /** Present / expected, 0..1; null until attendance is marked. */
  attendanceRate: z.number().nullable(),
  attendeeCount: z.number().int().nullable(),
  qualityRating: z.string().nullable(),
  lateDocuments: z.number().int(),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

export const meetingDetail = meetingSummary.extend({
  chairMemberId: z.uuid().nullable(),
  chairName: z.string().nullable(),
  minuteTakerMemberId: z.uuid().nullable(),
  minuteTakerName: z.string().nullable(),
  agenda: z.array(agendaItem.extend({ preparedByName: z.string().nullable().optional() })),
  draftedFromId: z.uuid().nullable(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  /** Length against the minimum (90, or 120 for combined), once start and end are recorded. */
  duration: durationCheck.nullable(),
  minutesHtml: z.string().nullable(),
  minutesVersion: z.number().int(),
  closedAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  attendance: z.array(attendanceEntry),
  documents: z.array(meetingDocument),
  conclusions: z.array(conclusion),
  /** The rating levels in force on the meeting's date (keys and labels). */
  ratingScale: z.array(z.object({ key: z.string(), label: z.string() })),
  citation: z.string(),
  version: z.number().int(),
  canEdit: z.boolean(),
  canMarkAttendance: z.boolean(),
  canEditMinutes: z.boolean(),
  canClose: z.boolean(),
  /** The signed-in user is on the roster (may check in during the meeting window). */
  myMemberId: z.uuid().nullable(),
});
export type MeetingDetail = z.infer<typeof meetingDetail>;

export const meetingsListQuery = z.object({
  /** The unit and its subtree; all units the user reaches when left out. */
  unitId: z.uuid().optional(),
  /** Only the unit itself (a cell's or a committee's own calendar), not its subtree. */
  ownOnly: z.coerce.boolean().default(false),
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: meetingStatus.optional(),
  /** Only the meetings the signed-in user is called to. */
  mine: z.coerce.boolean().default(false),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(500).optional(),
});
export const meetingPage = z.object({
  items: z.array(meetingSummary),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});

/** The plan of next month drafted from a meeting: same time and place a month on, agenda from its conclusions. */
export const draftPlan = createMeetingBody;

export const checkInLink = z.object({
  /** Path inside the web app that the QR code points to (`/check-in/<secret>`). */
  path: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
});
export const checkInResult = z.object({
  meetingId: z.uuid(),
  unitName: z.string(),
  startsAt: z.string(),
  checkedInAt: z.string(),
});

export const minutesVersion = z.object({
  version: z.number().int(),
  html: z.string(),
  reason: z.string().nullable(),
  savedAt: z.string(),
  savedByName: z.string().nullable(),
});
export const minutesVersions = z.object({ items: z.array(minutesVersion) });

export const behindQuery = z.object({
  unitId: z.uuid().optional(),
  /** yyyy-mm; the current month when left out. */
  month: monthString.optional(),
});
const behindCell = z.object({ unitId: z.uuid(), name: z.string(), parentName: z.string().nullable() });
const behindList = <T extends z.ZodType>(item: T) =>
  z.object({ total: z.number().int(), items: z.array(item) });
export const behindPanel = z.object({
  month: monthString,
  quarter: z.string(),
  cellCount: z.number().int(),
  noRegular: behindList(behindCell),
  noThematic: behindList(behindCell),
  withoutMinutes: behindList(
    behindCell.extend({ meetingId: z.uuid(), startsAt: z.string(), kind: meetingKind }),
  ),
  /** Members with 3 or more months of unexcused absence within the last 12 months (the removal rule). */
  absentees: behindList(
    z.object({
      memberId: z.uuid(),
      fullName: z.string(),
      unitId: z.uuid(),
      unitName: z.string(),
      months: z.array(monthString),
    }),
  ),
  /** Attendance over the last 12 months by cell, lowest first (the first 200 cells). */
  attendanceByCell: behindList(
    behindCell.extend({ rate: z.number().nullable(), meetings: z.number().int() }),
  ),
  citation: z.string(),
});
export type BehindPanel = z.infer<typeof behindPanel>;

export const ratingScale = z.object({
  id: z.uuid().nullable(),
  effectiveFrom: isoDate,
  levels: z.array(z.object({ key: z.string(), label: z.string() })),
  citation: z.string().nullable(),
});
export const ratingScales = z.object({ items: z.array(ratingScale) });
export const ratingScaleBody = z.object({
  effectiveFrom: isoDate,
  levels: z
    .array(
      z.object({
        key: z
          .string()
          .trim()
          .regex(/^[a-z_]{1,40}$/),
        label: line(100),
      }),
    )
    .min(2)
    .max(10),
  citation: optionalText(500),
});

export const calendarFeed = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable(),
  /** The feed's full URL: shown once, when the feed is created or renewed. */
  url: z.string().nullable(),
});

/** Attendance of each member of a unit over the 12 months ending with `month` (closed meetings). */
export const memberAttendanceQuery = z.object({
  unitId: z.uuid(),
  /** yyyy-mm; the current month when left out. */
  month: monthString.optional(),
});
export const memberAttendance = z.object({
  from: monthString,
  to: monthString,
  meetings: z.number().int(),
  items: z.array(
    z.object({
      memberId: z.uuid(),
      fullName: z.string(),
      present: z.number().int(),
      expected: z.number().int(),
      /** Present / expected, 0..1; null when the member was expected at none. */
      rate: z.number().nullable(),
      /** Months counted as missed for the removal rule (absent without reason from the regular meeting). */
      missedMonths: z.array(monthString),
    }),
  ),
});
