import { describe, expect, it } from 'vitest';
import { dueDateOf, isDoneOnTime, isLate, onTimeShare, quarterOf, quarterOfPeriod } from './program-periods';

describe('dueDateOf', () => {
  it('is the last day of the month, leap years included', () => {
    expect(dueDateOf(2026, { month: 1 })).toBe('2026-01-31');
    expect(dueDateOf(2026, { month: 2 })).toBe('2026-02-28');
    expect(dueDateOf(2028, { month: 2 })).toBe('2028-02-29');
    expect(dueDateOf(2026, { month: 4 })).toBe('2026-04-30');
    expect(dueDateOf(2026, { month: 12 })).toBe('2026-12-31');
  });

  it("is the last day of the quarter's last month", () => {
    expect([1, 2, 3, 4].map((quarter) => dueDateOf(2026, { quarter }))).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
  });
});

describe('quarters', () => {
  it('puts each month in its quarter', () => {
    expect(
      ['2026-01-01', '2026-03-31', '2026-04-01', '2026-09-30', '2026-10-01', '2026-12-31'].map(quarterOf),
    ).toEqual([1, 1, 2, 3, 4, 4]);
    expect(quarterOfPeriod({ month: 6 })).toBe(2);
    expect(quarterOfPeriod({ month: 7 })).toBe(3);
    expect(quarterOfPeriod({ quarter: 4 })).toBe(4);
  });
});

describe('isLate', () => {
  const due = '2026-03-31';
  it('an open item is late only once its period is over', () => {
    expect(isLate({ dueOn: due, status: 'planned', doneOn: null }, '2026-03-31')).toBe(false);
    expect(isLate({ dueOn: due, status: 'in_progress', doneOn: null }, '2026-04-01')).toBe(true);
  });
  it('a done item is late when done after its period; a cancelled one never', () => {
    expect(isLate({ dueOn: due, status: 'done', doneOn: '2026-03-31' }, '2026-12-01')).toBe(false);
    expect(isLate({ dueOn: due, status: 'done', doneOn: '2026-04-01' }, '2026-12-01')).toBe(true);
    expect(isLate({ dueOn: due, status: 'cancelled', doneOn: null }, '2026-12-01')).toBe(false);
  });
  it('on time means done by the last day', () => {
    expect(isDoneOnTime({ dueOn: due, status: 'done', doneOn: '2026-03-01' })).toBe(true);
    expect(isDoneOnTime({ dueOn: due, status: 'done', doneOn: '2026-04-02' })).toBe(false);
    expect(isDoneOnTime({ dueOn: due, status: 'planned', doneOn: null })).toBe(false);
  });
});

describe('onTimeShare', () => {
  const items = [
    { dueOn: '2026-03-31', status: 'done' as const, doneOn: '2026-03-10' },
    { dueOn: '2026-03-31', status: 'done' as const, doneOn: '2026-04-10' },
    { dueOn: '2026-03-31', status: 'planned' as const, doneOn: null },
    { dueOn: '2026-03-31', status: 'cancelled' as const, doneOn: null },
  ];
  it('counts due and done items, not cancelled ones', () => {
    expect(onTimeShare(items, '2026-05-01')).toBeCloseTo(1 / 3);
  });
  it('items of a running quarter that are not done yet do not lower the share', () => {
    expect(onTimeShare(items, '2026-03-20')).toBe(0.5);
  });
  it('is null when nothing counts yet', () => {
    expect(onTimeShare([{ dueOn: '2026-06-30', status: 'planned', doneOn: null }], '2026-05-01')).toBeNull();
    expect(onTimeShare([], '2026-05-01')).toBeNull();
  });
});
