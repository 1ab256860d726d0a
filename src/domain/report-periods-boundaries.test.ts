import { describe, expect, it } from 'vitest';
import { periodOf, reportWindow, timeliness } from './report-periods';

/** On-time computation at period boundaries (issue 8, tests). */
describe('timeliness at period boundaries', () => {
  const due = (type: Parameters<typeof periodOf>[0], key: string, dueDays: number) => {
    const period = periodOf(type, key);
    if (!period) throw new Error(key);
    return reportWindow(period, { dueDays, opensDaysBefore: 5 }).dueOn;
  };

  it('a monthly report due 5 days after a 31-, 30- and 28-day month', () => {
    expect(due('month', '2027-01', 5)).toBe('2027-02-05');
    expect(due('month', '2027-04', 5)).toBe('2027-05-05');
    expect(due('month', '2027-02', 5)).toBe('2027-03-05');
    expect(due('month', '2028-02', 0)).toBe('2028-02-29');
    expect(due('month', '2027-12', 5)).toBe('2028-01-05');
  });

  it('on the due day is on time; the day after is late', () => {
    const dueOn = due('month', '2027-12', 5);
    expect(timeliness(dueOn, '2028-01-05', '2028-02-01')).toBe('on_time');
    expect(timeliness(dueOn, '2028-01-06', '2028-02-01')).toBe('late');
    expect(timeliness(dueOn, '2027-12-20', '2028-02-01')).toBe('on_time');
  });

  it('an unsent report is pending through the due day and missing from the day after', () => {
    const dueOn = due('quarter', '2027-Q4', 10);
    expect(dueOn).toBe('2028-01-10');
    expect(timeliness(dueOn, null, '2028-01-10')).toBe('pending');
    expect(timeliness(dueOn, null, '2028-01-11')).toBe('missing');
  });

  it('a weekly report across the new year, due the Monday after', () => {
    // ISO week 2027-W52 runs Monday 27/12/2027 to Sunday 02/01/2028.
    const dueOn = due('week', '2027-W52', 1);
    expect(dueOn).toBe('2028-01-03');
    expect(timeliness(dueOn, '2028-01-03', '2028-01-04')).toBe('on_time');
    expect(timeliness(dueOn, '2028-01-04', '2028-01-04')).toBe('late');
  });
});
