import { describe, expect, it } from 'vitest';
import { hasNext, periodTypeOfKey, shownPeriod } from './periods';
import { parseAggregateSearch } from './search';

describe('the period shown', () => {
  it('is the one asked for when it is of the form type, else the last that ended', () => {
    expect(shownPeriod('month', '2026-03', '2026-12-01').key).toBe('2026-03');
    expect(shownPeriod('month', undefined, '2026-12-01').key).toBe('2026-11');
    expect(shownPeriod('month', '2026-Q1', '2026-12-01').key).toBe('2026-11');
    expect(shownPeriod('quarter', undefined, '2026-01-15').key).toBe('2025-Q4');
    expect(shownPeriod('week', undefined, '2026-01-07').key).toBe('2026-W01');
  });

  it('has a next period only once that period has begun', () => {
    expect(hasNext(shownPeriod('month', '2026-10', '2026-12-01'), '2026-12-01')).toBe(true);
    expect(hasNext(shownPeriod('month', '2026-11', '2026-12-01'), '2026-11-30')).toBe(false);
  });

  it('tells the type of a key by its shape', () => {
    expect(['2026-W05', '2026-03', '2026-Q1', '2026-H1', '2026', '2025-2030'].map(periodTypeOfKey)).toEqual([
      'week',
      'month',
      'quarter',
      'half',
      'year',
      'term',
    ]);
    expect(periodTypeOfKey('2026-13')).toBeNull();
  });
});

describe('the address bar', () => {
  it('keeps well-formed values and drops the rest', () => {
    const id = '0b0c3f9e-1f1a-4c55-9d3e-0a1b2c3d4e5f';
    expect(
      parseAggregateSearch({
        unitId: id,
        formId: 'nope',
        periodKey: 2026,
        field: 'ages.young.n',
        text: 'Bad Key',
      }),
    ).toEqual({ unitId: id, formId: undefined, periodKey: '2026', field: 'ages.young.n', text: undefined });
  });
});
