import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  periodContaining,
  periodLabel,
  periodOf,
  periodsEndingBetween,
  periodsEndingWith,
  periodTypes,
  reportWindow,
  shiftPeriod,
  timeliness,
} from './report-periods';

const day = fc
  .integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2032, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

describe('periods', () => {
  it('names each kind of period by its key', () => {
    expect(periodOf('month', '2026-02')).toMatchObject({ start: '2026-02-01', end: '2026-02-28' });
    expect(periodOf('month', '2028-02')?.end).toBe('2028-02-29');
    expect(periodOf('quarter', '2026-Q3')).toMatchObject({ start: '2026-07-01', end: '2026-09-30' });
    expect(periodOf('half', '2026-H2')).toMatchObject({ start: '2026-07-01', end: '2026-12-31' });
    expect(periodOf('year', '2026')).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
    expect(periodOf('term', '2025-2030')).toMatchObject({ start: '2025-01-01', end: '2029-12-31' });
    // ISO weeks: 2026-W01 starts on Monday 29/12/2025; 2026 has 53 weeks, 2025 has 52.
    expect(periodOf('week', '2026-W01')).toMatchObject({ start: '2025-12-29', end: '2026-01-04' });
    expect(periodOf('week', '2026-W53')).toMatchObject({ start: '2026-12-28', end: '2027-01-03' });
    expect(periodOf('week', '2025-W53')).toBeNull();
  });

  it('refuses keys that name no period', () => {
    for (const [type, key] of [
      ['month', '2026-13'],
      ['month', '2026-00'],
      ['month', '2026-3'],
      ['quarter', '2026-Q5'],
      ['half', '2026-H3'],
      ['year', '26'],
      ['term', '2025-2029'],
      ['week', '2026-W00'],
      ['month', '2026-Q1'],
    ] as const)
      expect(periodOf(type, key), `${type} ${key}`).toBeNull();
  });

  it('finds the one period of each type that holds any day, and steps to its neighbours', () => {
    fc.assert(
      fc.property(day, fc.constantFrom(...periodTypes), (date, type) => {
        const period = periodContaining(type, date);
        expect(period.start <= date && date <= period.end).toBe(true);
        expect(periodOf(type, period.key)).toEqual(period);
        const next = shiftPeriod(period, 1);
        expect(next.start).toBe(addDays(period.end, 1));
        expect(shiftPeriod(next, -1)).toEqual(period);
      }),
    );
  });

  it('lists periods in time order', () => {
    const last = periodOf('month', '2026-02');
    if (!last) throw new Error('no period');
    expect(periodsEndingWith(last, 3).map((p) => p.key)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(periodsEndingBetween('quarter', '2026-02-01', '2026-12-31').map((p) => p.key)).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
  });

  it('names periods in Vietnamese', () => {
    const label = (type: (typeof periodTypes)[number], key: string) => {
      const period = periodOf(type, key);
      if (!period) throw new Error(key);
      return periodLabel(period);
    };
    expect(label('month', '2026-03')).toBe('Tháng 03/2026');
    expect(label('quarter', '2026-Q2')).toBe('Quý II/2026');
    expect(label('half', '2026-H1')).toBe('6 tháng đầu năm 2026');
    expect(label('half', '2026-H2')).toBe('6 tháng cuối năm 2026');
    expect(label('year', '2026')).toBe('Năm 2026');
    expect(label('term', '2025-2030')).toBe('Nhiệm kỳ 2025–2030');
    expect(label('week', '2026-W05')).toBe('Tuần 05/2026 (26/01–01/02)');
  });
});

describe('report deadlines', () => {
  const march = periodOf('month', '2026-03');
  if (!march) throw new Error('no period');

  it('opens the window before the period ends and makes the report due after', () => {
    expect(reportWindow(march, { dueDays: 5, opensDaysBefore: 3 })).toEqual({
      opensOn: '2026-03-28',
      dueOn: '2026-04-05',
    });
    // A window longer than the period opens on its first day.
    expect(reportWindow(march, { dueDays: 0, opensDaysBefore: 90 })).toEqual({
      opensOn: '2026-03-01',
      dueOn: '2026-03-31',
    });
  });

  it('counts a report sent on the due day as on time and one sent the day after as late', () => {
    expect(timeliness('2026-04-05', '2026-04-05', '2026-05-01')).toBe('on_time');
    expect(timeliness('2026-04-05', '2026-04-06', '2026-05-01')).toBe('late');
    expect(timeliness('2026-04-05', null, '2026-04-05')).toBe('pending');
    expect(timeliness('2026-04-05', null, '2026-04-06')).toBe('missing');
  });
});
