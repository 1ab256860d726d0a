import { describe, expect, it } from 'vitest';
import { calendarOf, vietnamCalendar2025to2027 } from './holidays-vn';
import { latestDuePeriod, reportReminderDays, reportReminderReached } from './report-reminders';
import { emptyCalendar } from './working-days';

const vn = calendarOf(vietnamCalendar2025to2027);
const firstDays = (dueOn: string, n: number, calendar = emptyCalendar) => {
  const out: string[] = [];
  for (const day of reportReminderDays(dueOn, calendar)) {
    out.push(day);
    if (out.length === n) return out;
  }
  return out;
};

describe('report reminders', () => {
  it('fall on the due day, the working day after, then every 3 working days', () => {
    // Due Monday 05/04/2027: Mon 05/04, Tue 06/04, Fri 09/04, Wed 14/04, Mon 19/04.
    expect(firstDays('2027-04-05', 5)).toEqual([
      '2027-04-05',
      '2027-04-06',
      '2027-04-09',
      '2027-04-14',
      '2027-04-19',
    ]);
  });

  it('remind on the due day even when it is a weekend, then skip to working days', () => {
    // Due Saturday 05/06/2027: Sat 05/06, Mon 07/06, Thu 10/06.
    expect(firstDays('2027-06-05', 3)).toEqual(['2027-06-05', '2027-06-07', '2027-06-10']);
  });

  it('skip the days off of the calendar: Tết 2026 (14–22/02)', () => {
    // Due Friday 13/02/2026: the working day after is Monday 23/02, then Thursday 26/02.
    expect(firstDays('2026-02-13', 3, vn)).toEqual(['2026-02-13', '2026-02-23', '2026-02-26']);
  });

  it('reach nothing before the due day, and only the latest day when sweeps missed some', () => {
    expect(reportReminderReached('2027-04-05', '2027-04-04', emptyCalendar)).toBeNull();
    expect(reportReminderReached('2027-04-05', '2027-04-05', emptyCalendar)).toBe('2027-04-05');
    expect(reportReminderReached('2027-04-05', '2027-04-08', emptyCalendar)).toBe('2027-04-06');
    expect(reportReminderReached('2027-04-05', '2027-04-09', emptyCalendar)).toBe('2027-04-09');
    expect(reportReminderReached('2027-04-05', '2027-04-13', emptyCalendar)).toBe('2027-04-09');
  });

  it('stop a month after the due day', () => {
    expect(reportReminderReached('2027-04-05', '2027-05-05', emptyCalendar)).not.toBeNull();
    expect(reportReminderReached('2027-04-05', '2027-05-06', emptyCalendar)).toBeNull();
  });

  it('chase the latest period whose due day has come', () => {
    const monthly = { dueDays: 5, opensDaysBefore: 5 };
    expect(latestDuePeriod('month', monthly, '2027-04-04').key).toBe('2027-02');
    expect(latestDuePeriod('month', monthly, '2027-04-05').key).toBe('2027-03');
    expect(latestDuePeriod('month', { dueDays: 0, opensDaysBefore: 0 }, '2027-04-30').key).toBe('2027-04');
    expect(latestDuePeriod('week', { dueDays: 1, opensDaysBefore: 2 }, '2028-01-03').key).toBe('2027-W52');
  });
});
