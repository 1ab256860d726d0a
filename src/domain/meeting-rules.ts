import { inForceOn } from './rule-sets';

/**
 * Rules of cell meetings (sinh hoạt chi bộ), DOMAIN.md §4. Two rule sets by date: Chỉ thị 10-CT/TW (2007) with
 * Hướng dẫn 12-HD/BTCTW (2018) before 23/07/2025, then Chỉ thị 50-CT/TW (23/07/2025) with Hướng dẫn
 * 42-HD/BTCTW (28/10/2025). Under both: a regular meeting every month, a thematic meeting at least once a
 * quarter, at least 90 minutes (120 when the thematic meeting is held together with the regular one), the
 * meeting's documents with the members at least one day before, and a quality self-rating on a four-level
 * scale. Where the guidance changes (the thematic frequency is to be verified under 42-HD), that is a new
 * rule set with its effective date; the checks below always take the set in force on the meeting's date.
 */
export const meetingKinds = ['regular', 'thematic', 'combined', 'extraordinary'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

export const meetingStatuses = ['planned', 'closed', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const attendanceStatuses = [
  'present',
  'absent_excused',
  'absent_unexcused',
  'exempted',
  'temporary_transfer',
] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export interface MeetingRuleSet {
  effectiveFrom: string;
  citation: string;
  /** Regular meetings a cell holds each calendar month (at least). */
  regularPerMonth: number;
  /** Thematic meetings a cell holds each calendar quarter (at least). */
  thematicPerQuarter: number;
  /** Shortest length of a meeting, in minutes. */
  minMinutes: number;
  /** Shortest length of a regular meeting held together with a thematic one. */
  minMinutesCombined: number;
  /** Documents reach the members at least this many hours before the meeting starts. */
  documentLeadHours: number;
  /** The quality self-rating levels, best first (the administrator may set another scale by date). */
  ratingScale: readonly string[];
}

export const meetingRuleSets: readonly MeetingRuleSet[] = [
  {
    effectiveFrom: '2007-03-30',
    citation:
      'Chỉ thị 10-CT/TW (30/03/2007) về nâng cao chất lượng sinh hoạt chi bộ; Hướng dẫn 12-HD/BTCTW (18/01/2018) về một số vấn đề cụ thể nâng cao chất lượng sinh hoạt chi bộ',
    regularPerMonth: 1,
    thematicPerQuarter: 1,
    minMinutes: 90,
    minMinutesCombined: 120,
    documentLeadHours: 24,
    ratingScale: ['tot', 'kha', 'trung_binh', 'kem'],
  },
  {
    effectiveFrom: '2025-07-23',
    citation:
      'Chỉ thị 50-CT/TW (23/07/2025) về tiếp tục nâng cao chất lượng sinh hoạt chi bộ; Hướng dẫn 42-HD/BTCTW (28/10/2025) (tần suất sinh hoạt chuyên đề: verify)',
    regularPerMonth: 1,
    thematicPerQuarter: 1,
    minMinutes: 90,
    minMinutesCombined: 120,
    documentLeadHours: 24,
    ratingScale: ['tot', 'kha', 'trung_binh', 'kem'],
  },
];

export function meetingRuleSetOn(date: string): MeetingRuleSet {
  return inForceOn(meetingRuleSets, date, 'meeting');
}

/** A combined meeting is both the month's regular meeting and the quarter's thematic one. */
export const countsAsRegular = (kind: MeetingKind) => kind === 'regular' || kind === 'combined';
export const countsAsThematic = (kind: MeetingKind) => kind === 'thematic' || kind === 'combined';

/** Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset gives the local calendar. */
const vnOffsetMs = 7 * 3_600_000;

/** The calendar date (YYYY-MM-DD) of an instant in Asia/Ho_Chi_Minh. */
export function vnDateOf(instant: Date): string {
  return new Date(instant.getTime() + vnOffsetMs).toISOString().slice(0, 10);
}

/** The instant of a local time in Asia/Ho_Chi_Minh: `vnInstant('2026-03-05', '08:00')`. */
export function vnInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+07:00`);
}

/** YYYY-MM of a date. */
export const monthOf = (date: string) => date.slice(0, 7);

/** The quarter (1-4) of a date or month. */
export const quarterOf = (date: string) => Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;

/** First and last month (YYYY-MM) of the quarter holding a date. */
export function quarterMonths(date: string): [string, string] {
  const q = quarterOf(date);
  const y = date.slice(0, 4);
  const first = String((q - 1) * 3 + 1).padStart(2, '0');
  const last = String(q * 3).padStart(2, '0');
  return [`${y}-${first}`, `${y}-${last}`];
}

export interface DurationCheck {
  minutes: number;
  required: number;
  /** The meeting was shorter than the rules ask. */
  short: boolean;
}

/** Length of a meeting against the minimum of the rule set in force on the meeting's date. */
export function checkDuration(kind: MeetingKind, startedAt: Date, endedAt: Date): DurationCheck {
  const rules = meetingRuleSetOn(vnDateOf(startedAt));
  const minutes = Math.round((endedAt.getTime() - startedAt.getTime()) / 60_000);
  const required = kind === 'combined' ? rules.minMinutesCombined : rules.minMinutes;
  return { minutes, required, short: minutes < required };
}

/** A document is late when it reaches the members less than the lead time before the meeting starts. */
export function isLateDocument(attachedAt: Date, meetingStartsAt: Date): boolean {
  const rules = meetingRuleSetOn(vnDateOf(meetingStartsAt));
  return meetingStartsAt.getTime() - attachedAt.getTime() < rules.documentLeadHours * 3_600_000;
}

/** What a cell has held in a month and its quarter (closed meetings), for the compliance checks. */
export interface CellMonthFacts {
  /** Regular (or combined) meetings closed in the month. */
  regularInMonth: number;
  /** Thematic (or combined) meetings closed in the quarter so far. */
  thematicInQuarter: number;
}

export interface CellCompliance {
  missingRegular: boolean;
  missingThematic: boolean;
  citation: string;
}

/** Whether a cell is behind on a date: no regular meeting in the month, no thematic one in the quarter. */
export function cellCompliance(facts: CellMonthFacts, date: string): CellCompliance {
  const rules = meetingRuleSetOn(date);
  return {
    missingRegular: facts.regularInMonth < rules.regularPerMonth,
    missingThematic: facts.thematicInQuarter < rules.thematicPerQuarter,
    citation: rules.citation,
  };
}

/**
 * Attendance counts against those the cell expects: exempted members and members on temporary transfer
 * elsewhere are not expected; everyone else is, present or not.
 */
export const isExpected = (status: AttendanceStatus) =>
  status !== 'exempted' && status !== 'temporary_transfer';

/** Present / expected, as a fraction (null when nobody was expected). */
export function attendanceRate(statuses: readonly AttendanceStatus[]): number | null {
  const expected = statuses.filter(isExpected);
  if (expected.length === 0) return null;
  return expected.filter((s) => s === 'present').length / expected.length;
}

/**
 * A member's month for the removal rule (src/domain/removal-rules.ts): attended when present at a meeting of
 * the month; missed when absent without reason from the month's regular meeting and present at none; excused
 * otherwise (absent with reason, exempted, away on temporary transfer).
 */
export function monthAttendance(
  entries: readonly { kind: MeetingKind; status: AttendanceStatus }[],
): 'attended' | 'excused' | 'missed' | null {
  if (entries.length === 0) return null;
  if (entries.some((e) => e.status === 'present')) return 'attended';
  if (entries.some((e) => countsAsRegular(e.kind) && e.status === 'absent_unexcused')) return 'missed';
  return 'excused';
}

/** The local time (HH:MM) of an instant in Asia/Ho_Chi_Minh. */
export function vnTimeOf(instant: Date): string {
  return new Date(instant.getTime() + vnOffsetMs).toISOString().slice(11, 16);
}
