import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, fromDay, toDay } from './calendar';

const iso = (date: Date) => date.toISOString().slice(0, 10);
const days = fc.integer({ min: -80_000, max: 80_000 });

describe('demo calendar arithmetic', () => {
  it('agrees with Date on days since 1970', () => {
    fc.assert(
      fc.property(days, (day) => {
        const date = iso(new Date(day * 86_400_000));
        return fromDay(day) === date && toDay(date) === day;
      }),
      { numRuns: 5000 },
    );
  });

  it('adds days and months like the calendar, clamping to the end of the month', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2000-03-15', -3)).toBe('1999-12-15');
    fc.assert(
      fc.property(days, fc.integer({ min: -1200, max: 1200 }), (day, months) => {
        const start = new Date(day * 86_400_000);
        const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
        const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
        target.setUTCDate(Math.min(start.getUTCDate(), last));
        return addMonths(iso(start), months) === iso(target);
      }),
      { numRuns: 5000 },
    );
  });
});
