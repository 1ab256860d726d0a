import { describe, expect, it } from 'vitest';
import {
  attendanceRate,
  cellCompliance,
  checkDuration,
  isLateDocument,
  meetingRuleSetOn,
  monthAttendance,
  quarterMonths,
  vnDateOf,
  vnInstant,
} from './meeting-rules';
import { removalGrounds } from './removal-rules';

const before = '2025-03-10';
const after = '2026-03-10';

describe('meeting rule sets by date', () => {
  it('takes Chỉ thị 10 / Hướng dẫn 12 before 23/07/2025 and Chỉ thị 50 / Hướng dẫn 42 from that day', () => {
    expect(meetingRuleSetOn(before).citation).toContain('10-CT/TW');
    expect(meetingRuleSetOn('2025-07-22').citation).toContain('12-HD/BTCTW');
    expect(meetingRuleSetOn('2025-07-23').citation).toContain('50-CT/TW');
    expect(meetingRuleSetOn(after).citation).toContain('42-HD/BTCTW');
  });

  it.each([before, after])(
    'asks for a regular meeting each month and a thematic one each quarter (%s)',
    (d) => {
      expect(cellCompliance({ regularInMonth: 0, thematicInQuarter: 1 }, d)).toMatchObject({
        missingRegular: true,
        missingThematic: false,
      });
      expect(cellCompliance({ regularInMonth: 1, thematicInQuarter: 0 }, d)).toMatchObject({
        missingRegular: false,
        missingThematic: true,
      });
      expect(cellCompliance({ regularInMonth: 2, thematicInQuarter: 1 }, d)).toMatchObject({
        missingRegular: false,
        missingThematic: false,
        citation: meetingRuleSetOn(d).citation,
      });
    },
  );

  it.each([before, after])('flags a meeting under 90 minutes, a combined one under 120 (%s)', (d) => {
    const start = vnInstant(d, '19:30');
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    expect(checkDuration('regular', start, at(89))).toEqual({ minutes: 89, required: 90, short: true });
    expect(checkDuration('regular', start, at(90)).short).toBe(false);
    expect(checkDuration('thematic', start, at(90)).short).toBe(false);
    expect(checkDuration('combined', start, at(119))).toEqual({ minutes: 119, required: 120, short: true });
    expect(checkDuration('combined', start, at(120)).short).toBe(false);
  });
});

describe('local time in Asia/Ho_Chi_Minh', () => {
  it('puts a meeting at 06:00 on the 1st in that month, though it is the previous day in UTC', () => {
    const start = vnInstant('2026-03-01', '06:00');
    expect(start.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(vnDateOf(start)).toBe('2026-03-01');
  });

  it('gives the months of a quarter', () => {
    expect(quarterMonths('2026-01-15')).toEqual(['2026-01', '2026-03']);
    expect(quarterMonths('2026-12-01')).toEqual(['2026-10', '2026-12']);
  });
});

describe('documents at least one day before', () => {
  const start = vnInstant('2026-03-05', '19:30');
  it('accepts a document attached 24 hours before and flags one attached later', () => {
    expect(isLateDocument(new Date(start.getTime() - 24 * 3_600_000), start)).toBe(false);
    expect(isLateDocument(new Date(start.getTime() - 24 * 3_600_000 + 60_000), start)).toBe(true);
  });
});

describe('attendance', () => {
  it('counts present against the expected, leaving exempted and temporarily transferred members out', () => {
    expect(
      attendanceRate(['present', 'present', 'absent_excused', 'exempted', 'temporary_transfer']),
    ).toBeCloseTo(2 / 3);
    expect(attendanceRate(['exempted'])).toBeNull();
  });

  it('makes a missed month only of an unexcused absence from the regular meeting with no presence that month', () => {
    expect(monthAttendance([{ kind: 'regular', status: 'absent_unexcused' }])).toBe('missed');
    expect(monthAttendance([{ kind: 'thematic', status: 'absent_unexcused' }])).toBe('excused');
    expect(
      monthAttendance([
        { kind: 'regular', status: 'absent_unexcused' },
        { kind: 'extraordinary', status: 'present' },
      ]),
    ).toBe('attended');
    expect(monthAttendance([{ kind: 'combined', status: 'absent_excused' }])).toBe('excused');
    expect(monthAttendance([])).toBeNull();
  });

  it.each([
    ['2025-06-30', ['2024-09', '2025-01', '2025-06']],
    ['2026-06-30', ['2025-09', '2026-01', '2026-06']],
  ])('three missed months within 12 make a ground for removal (as of %s)', (asOf, missed) => {
    const months = missed.map((month) => ({ month, attendance: 'missed' as const }));
    expect(removalGrounds({ months }, asOf)).toEqual([{ ground: 'missed_activities', evidence: missed }]);
    const spread = [missed[0] as string, missed[2] as string].map((month) => ({
      month,
      attendance: 'missed' as const,
    }));
    expect(removalGrounds({ months: spread }, asOf)).toEqual([]);
  });
});
