import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarOf, vietnamCalendar2025to2027 } from './holidays-vn';
import {
  addMonths,
  addWorkingDays,
  emptyCalendar,
  isWeekend,
  isWorkingDay,
  workingDaysBetween,
} from './working-days';

const vn = calendarOf(vietnamCalendar2025to2027);

describe('working days', () => {
  it('skips weekends', () => {
    // Friday 05/12/2025 + 1 working day is Monday 08/12/2025.
    expect(addWorkingDays('2025-12-05', 1, emptyCalendar)).toBe('2025-12-08');
    expect(addWorkingDays('2025-12-05', 0, emptyCalendar)).toBe('2025-12-05');
    expect(addWorkingDays('2025-12-01', 5, emptyCalendar)).toBe('2025-12-08');
  });

  it('skips the whole Tết holiday of 2026', () => {
    // Friday 13/02/2026: the next working day is Monday 23/02/2026, after nine days off (14–22/02).
    expect(addWorkingDays('2026-02-13', 1, vn)).toBe('2026-02-23');
    expect(workingDaysBetween('2026-02-13', '2026-02-23', vn)).toBe(1);
    // 30 working days from a decision of 02/02/2026 cross Tết: 10 days in February before it, the rest after.
    expect(addWorkingDays('2026-02-02', 30, vn)).toBe('2026-03-23');
    expect(addWorkingDays('2026-02-02', 30, emptyCalendar)).toBe('2026-03-16');
  });

  it('counts a worked Saturday and skips the day off it pays for (30/4–4/5/2025)', () => {
    expect(isWorkingDay('2025-04-26', vn)).toBe(true);
    expect(isWorkingDay('2025-05-02', vn)).toBe(false);
    // Friday 25/04/2025 → Saturday 26/04 (worked) → Monday 28, Tuesday 29 → Monday 05/05.
    expect(addWorkingDays('2025-04-25', 1, vn)).toBe('2025-04-26');
    expect(addWorkingDays('2025-04-25', 4, vn)).toBe('2025-05-05');
  });

  it('skips holidays in lieu and national day', () => {
    expect(isWorkingDay('2026-04-27', vn)).toBe(false);
    expect(addWorkingDays('2025-08-29', 1, vn)).toBe('2025-09-03');
  });

  it('the seed calendar puts days off on weekdays and worked days on weekends', () => {
    for (const entry of vietnamCalendar2025to2027)
      expect(isWeekend(entry.date), `${entry.date} ${entry.name}`).toBe(entry.kind === 'worked_weekend');
  });

  it('addWorkingDays and workingDaysBetween agree', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2025-01-01T00:00:00Z'),
          max: new Date('2027-10-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 90 }),
        (start, n) => {
          const from = start.toISOString().slice(0, 10);
          const end = addWorkingDays(from, n, vn);
          expect(workingDaysBetween(from, end, vn)).toBe(n);
          if (n > 0) expect(isWorkingDay(end, vn)).toBe(true);
        },
      ),
    );
  });

  it('adds calendar months, keeping the last day of short months', () => {
    expect(addMonths('2025-03-15', 12)).toBe('2026-03-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
  });
});
