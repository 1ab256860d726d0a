import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error';
import { periodsInside, reviewNames, reviewPeriodOf, sourcePeriodName } from './synthesis-period';

describe('review periods', () => {
  it('takes a half year or a year and refuses anything else, naming the period key', () => {
    expect(reviewPeriodOf('2026-H1')).toMatchObject({ type: 'half', start: '2026-01-01', end: '2026-06-30' });
    expect(reviewPeriodOf('2026-H2')).toMatchObject({ type: 'half', start: '2026-07-01', end: '2026-12-31' });
    expect(reviewPeriodOf('2026')).toMatchObject({ type: 'year', start: '2026-01-01', end: '2026-12-31' });
    for (const key of ['2026-03', '2026-Q1', '2026-W05', '2025-2030', '2026-H3', 'abc', '']) {
      const error = (() => {
        try {
          reviewPeriodOf(key);
        } catch (e) {
          return e;
        }
      })();
      expect(error, key).toBeInstanceOf(AppError);
      expect(error, key).toMatchObject({
        statusCode: 400,
        code: 'REPORT_SYNTHESIS_PERIOD',
        options: { field: 'periodKey' },
      });
    }
  });

  it('compiles the periods of a form that lie wholly inside the review', () => {
    const h1 = reviewPeriodOf('2026-H1');
    expect(periodsInside(h1, 'month').map((p) => p.key)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(periodsInside(h1, 'quarter').map((p) => p.key)).toEqual(['2026-Q1', '2026-Q2']);
    expect(periodsInside(h1, 'half').map((p) => p.key)).toEqual(['2026-H1']);
    expect(periodsInside(h1, 'year')).toEqual([]);
    expect(periodsInside(reviewPeriodOf('2026'), 'year').map((p) => p.key)).toEqual(['2026']);
    // ISO week 1 of 2026 starts on 29/12/2025: it belongs to the year before's review, not this one.
    const weeks = periodsInside(h1, 'week');
    expect(weeks[0]?.key).toBe('2026-W02');
    expect((weeks.at(-1)?.end ?? '') <= '2026-06-30').toBe(true);
    expect(periodsInside(h1, 'term')).toEqual([]);
  });

  it('names the review, the next period and the source of a compiled paragraph in Vietnamese', () => {
    expect(reviewNames(reviewPeriodOf('2026-H1'))).toEqual({
      kind: 'Sơ kết 6 tháng đầu năm 2026',
      current: '6 tháng đầu năm 2026',
      next: '6 tháng cuối năm 2026',
      summary: 'Sơ kết công tác 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026',
    });
    expect(reviewNames(reviewPeriodOf('2026')).summary).toBe(
      'Tổng kết công tác năm 2026, phương hướng, nhiệm vụ năm 2027',
    );
    expect(reviewNames(reviewPeriodOf('2026-H2')).next).toBe('6 tháng đầu năm 2027');
    expect(sourcePeriodName(reviewPeriodOf('2026-H1'))).toBe('6 tháng đầu năm 2026');
  });
});
