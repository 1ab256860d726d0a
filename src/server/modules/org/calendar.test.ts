import { describe, expect, it } from 'vitest';
import { addDays, displayDate, todayIso } from './calendar';

describe('the committee calendar', () => {
  it('takes today in Hà Nội, seven hours ahead of UTC', () => {
    expect(todayIso(new Date('2026-01-01T16:59:59Z'))).toBe('2026-01-01');
    expect(todayIso(new Date('2026-01-01T17:00:00Z'))).toBe('2026-01-02');
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('shows dates as dd/mm/yyyy', () => {
    expect(displayDate('2009-08-07')).toBe('07/08/2009');
  });
});
