import { describe, expect, it } from 'vitest';
import { daysPast, taskState } from './status';

const task = { status: 'open' as const, late: false, overdue: false, dueOn: '2026-12-01' };

describe('task status line', () => {
  it('counts calendar days past the deadline across a month end', () => {
    expect(daysPast('2026-11-28', '2026-12-02')).toBe(4);
    expect(daysPast('2026-12-05', '2026-12-02')).toBe(-3);
  });

  it('says overdue with the days when the server marks it so', () => {
    expect(taskState({ ...task, overdue: true }, '2026-12-04')).toEqual({
      key: 'overdue',
      tone: 'bad',
      days: 3,
    });
  });

  it('says due today, or the days left, for an open task', () => {
    expect(taskState(task, '2026-12-01').key).toBe('dueToday');
    expect(taskState(task, '2026-11-25')).toEqual({ key: 'open', tone: 'off', days: 6 });
  });

  it('tells a late completion from an on-time one, and a cancelled task from both', () => {
    expect(taskState({ ...task, status: 'done', late: true }, '2026-12-09').key).toBe('doneLate');
    expect(taskState({ ...task, status: 'done' }, '2026-12-09').key).toBe('done');
    expect(taskState({ ...task, status: 'cancelled', overdue: true }, '2026-12-09').key).toBe('cancelled');
  });
});
