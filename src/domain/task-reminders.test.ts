import { describe, expect, it } from 'vitest';
import { calendarOf, vietnamCalendar2025to2027 } from './holidays-vn';
import { daysOverdue, reminderFrom, reminderReached } from './task-reminders';
import { emptyCalendar, subtractWorkingDays } from './working-days';

const vn = calendarOf(vietnamCalendar2025to2027);

describe('task reminders', () => {
  it('fall 3 working days before, on the deadline, the working day after, then every 5 working days', () => {
    // Deadline Monday 15/03/2027: reminders Wed 10/03, Mon 15/03, Tue 16/03, Tue 23/03, Tue 30/03.
    const due = '2027-03-15';
    expect(reminderFrom(due, '2027-03-01', emptyCalendar)).toEqual({ stage: 'upcoming', on: '2027-03-10' });
    expect(reminderFrom(due, '2027-03-11', emptyCalendar)).toEqual({ stage: 'due', on: '2027-03-15' });
    expect(reminderFrom(due, '2027-03-16', emptyCalendar)).toEqual({ stage: 'overdue', on: '2027-03-16' });
    expect(reminderFrom(due, '2027-03-17', emptyCalendar)).toEqual({ stage: 'overdue', on: '2027-03-23' });
    expect(reminderFrom(due, '2027-03-24', emptyCalendar)).toEqual({ stage: 'overdue', on: '2027-03-30' });
  });

  it('skip holidays: a deadline right after Tết is reminded before it', () => {
    // Tết 2026 closes 14–22/02; three working days before Tuesday 24/02/2026 are Fri 13/02 (23/02 is Monday).
    expect(subtractWorkingDays('2026-02-24', 3, vn)).toBe('2026-02-12');
    expect(reminderFrom('2026-02-24', '2026-02-01', vn)).toEqual({ stage: 'upcoming', on: '2026-02-12' });
    // The working day after Friday 13/02/2026 is Monday 23/02/2026.
    expect(reminderFrom('2026-02-13', '2026-02-14', vn)).toEqual({ stage: 'overdue', on: '2026-02-23' });
  });

  it('send only the latest one reached when a sweep missed some days', () => {
    expect(reminderReached('2027-03-15', '2027-03-09', emptyCalendar)).toBeNull();
    expect(reminderReached('2027-03-15', '2027-03-12', emptyCalendar)).toEqual({
      stage: 'upcoming',
      on: '2027-03-10',
    });
    expect(reminderReached('2027-03-15', '2027-03-25', emptyCalendar)).toEqual({
      stage: 'overdue',
      on: '2027-03-23',
    });
  });

  it('count calendar days overdue', () => {
    expect(daysOverdue('2027-03-15', '2027-03-15')).toBe(0);
    expect(daysOverdue('2027-03-15', '2027-03-10')).toBe(0);
    expect(daysOverdue('2027-02-27', '2027-03-02')).toBe(3);
  });
});
