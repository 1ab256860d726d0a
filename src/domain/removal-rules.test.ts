import { describe, expect, it } from 'vitest';
import { type MonthFact, removalGrounds } from './removal-rules';

const missed = (...months: string[]): MonthFact[] => months.map((month) => ({ month, attendance: 'missed' }));
const unpaid = (...months: string[]): MonthFact[] => months.map((month) => ({ month, dues: 'unpaid' }));
const grounds = (facts: Parameters<typeof removalGrounds>[0], asOf = '2026-12-31') =>
  removalGrounds(facts, asOf).map((f) => f.ground);

describe('removal grounds', () => {
  it('3 missed months in total within 12 consecutive months, not necessarily in a row', () => {
    expect(grounds({ months: missed('2026-01', '2026-05', '2026-12') })).toEqual(['missed_activities']);
    expect(
      removalGrounds({ months: missed('2026-01', '2026-05', '2026-12') }, '2026-12-31')[0]?.evidence,
    ).toEqual(['2026-01', '2026-05', '2026-12']);
    // 13 months apart: no window of 12 holds all three.
    expect(grounds({ months: missed('2025-12', '2026-05', '2026-12') })).toEqual([]);
    // A rolling window: November to January across the new year counts.
    expect(grounds({ months: missed('2025-11', '2025-12', '2026-01') })).toEqual(['missed_activities']);
    expect(grounds({ months: missed('2026-01', '2026-02') })).toEqual([]);
  });

  it('excused months do not count, and missed and unpaid months are not added together', () => {
    const months: MonthFact[] = [
      ...missed('2026-01', '2026-02'),
      { month: '2026-03', attendance: 'excused' },
      ...unpaid('2026-04', '2026-05'),
      { month: '2026-06', dues: 'excused' },
    ];
    expect(grounds({ months })).toEqual([]);
    expect(grounds({ months: [...months, ...unpaid('2026-07')] })).toEqual(['unpaid_dues']);
  });

  it('ignores months after the date asked about', () => {
    expect(grounds({ months: missed('2026-01', '2026-02', '2026-03') }, '2026-02-28')).toEqual([]);
    expect(grounds({ months: missed('2026-01', '2026-02', '2026-03') }, '2026-03-01')).toEqual([
      'missed_activities',
    ]);
  });

  it('12 months of education without progress', () => {
    const facts = { months: [], educationStartedOn: '2025-06-15', educationProgress: false };
    expect(grounds(facts, '2026-06-14')).toEqual([]);
    expect(grounds(facts, '2026-06-15')).toEqual(['lost_will']);
    expect(grounds({ ...facts, educationProgress: true }, '2027-01-01')).toEqual([]);
  });

  it('two consecutive years failing the standard', () => {
    expect(grounds({ months: [], failedStandardYears: [2023, 2025] })).toEqual([]);
    expect(grounds({ months: [], failedStandardYears: [2024, 2025] })).toEqual(['failed_standard']);
  });
});
