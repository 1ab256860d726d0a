import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { defaultRange, rangeDates } from './range';

describe('month range of the ideology overview', () => {
  it('runs from the first day of the first month to the last day of the last', () => {
    expect(rangeDates({ from: dayjs('2026-02-17'), to: dayjs('2026-04-03') })).toEqual({
      from: '2026-02-01',
      to: '2026-04-30',
    });
    expect(rangeDates({ from: dayjs('2024-02-01'), to: dayjs('2024-02-01') })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
  });

  it('swaps months picked the wrong way round', () => {
    expect(rangeDates({ from: dayjs('2026-12-05'), to: dayjs('2026-10-20') })).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
    });
  });

  it('defaults to the last six months, across a year end', () => {
    const range = rangeDates(defaultRange(dayjs('2026-03-15')));
    expect(range).toEqual({ from: '2025-10-01', to: '2026-03-31' });
  });
});
