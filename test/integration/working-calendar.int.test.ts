import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamCalendar2025to2027 } from '../../src/domain/holidays-vn';
import { addWorkingDays } from '../../src/domain/working-days';
import { listCalendarDays, loadWorkingCalendar } from '../../src/server/modules/calendar/service';
import { createTestApp, type TestApp } from '../harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('the working-day calendar in the database', () => {
  it('is seeded with the 2025-2027 calendar of the domain', async () => {
    const rows = await listCalendarDays(t.database.db, '2025-01-01', '2027-12-31');
    expect(rows.map(({ date, kind, name }) => ({ date, kind, name }))).toEqual(
      [...vietnamCalendar2025to2027]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map(({ date, kind, name }) => ({ date, kind, name })),
    );
  });

  it('gives deadlines that skip Tết', async () => {
    const calendar = await loadWorkingCalendar(t.database.db, '2026-01-01', '2026-12-31');
    expect(addWorkingDays('2026-02-13', 1, calendar)).toBe('2026-02-23');
  });
});
