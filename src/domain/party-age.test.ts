import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completedYears } from './member-rules';
import {
  addMonthsIso,
  calendarDistance,
  dateReaching,
  gapDaysBefore,
  partyAge,
  partyAgeYears,
} from './party-age';

describe('party age', () => {
  it('without gaps equals the completed years since admission', () => {
    expect(partyAge({ admissionDate: '1995-05-19', gaps: [] }, '2025-05-18')).toMatchObject({
      years: 29,
      months: 11,
      gapDays: 0,
    });
    expect(partyAge({ admissionDate: '1995-05-19', gaps: [] }, '2025-05-19')).toMatchObject({
      years: 30,
      months: 0,
      days: 0,
    });
    expect(partyAge({ admissionDate: '2025-05-19', gaps: [] }, '2025-05-18')).toBeNull();
  });

  it('deducts the days of gaps (to is exclusive), once for overlapping gaps', () => {
    const gaps = [
      { from: '2000-01-01', to: '2000-01-11' },
      { from: '2000-01-06', to: '2000-01-21' },
    ];
    expect(gapDaysBefore('1990-01-01', gaps, '2030-01-01')).toBe(20);
    const age = partyAge({ admissionDate: '1990-01-01', gaps }, '2020-01-21');
    expect(age).toMatchObject({ years: 30, months: 0, days: 0, gapDays: 20 });
    expect(partyAgeYears({ admissionDate: '1990-01-01', gaps }, '2020-01-20')).toBe(29);
  });

  it('counts an open gap up to the date asked, and a gap only from admission', () => {
    const gaps = [{ from: '2020-01-01', to: null }];
    expect(partyAge({ admissionDate: '2010-01-01', gaps }, '2025-01-01')).toMatchObject({ years: 10 });
    expect(gapDaysBefore('2010-01-01', [{ from: '2005-01-01', to: '2010-01-11' }], '2011-01-01')).toBe(10);
  });

  it('a re-admitted member counts from the first admission minus the time out of the Party', () => {
    // Admitted 19/05/1980, removed 01/03/1990, re-admitted 01/03/1993: three years out.
    const member = {
      admissionDate: '1980-05-19',
      gaps: [{ from: '1990-03-01', to: '1993-03-01', reason: 'removal' as const }],
    };
    expect(partyAgeYears(member, '2013-05-19')).toBe(30);
    expect(partyAgeYears(member, '2013-05-18')).toBe(29);
    expect(partyAge(member, '2013-05-19')?.gapDays).toBe(1096);
    // 30 years: 19/05/2010 pushed by 1096 days → 19/05/2013 (gap of exactly 3 years incl. one 29/02).
    expect(dateReaching(member, 30)).toBe('2013-05-19');
  });

  it('stops at death, removal or expulsion', () => {
    const age = partyAge({ admissionDate: '1980-01-01', gaps: [], endedOn: '2000-06-30' }, '2025-01-01');
    expect(age).toMatchObject({ years: 20, months: 5, countedTo: '2000-06-30' });
    expect(dateReaching({ admissionDate: '1980-01-01', gaps: [], endedOn: '2000-06-30' }, 30)).toBeNull();
  });

  it('has no reaching date while a gap is open', () => {
    expect(
      dateReaching({ admissionDate: '1980-01-01', gaps: [{ from: '2000-01-01', to: null }] }, 30),
    ).toBeNull();
  });

  it('reads years, months and days across month ends and 29 February', () => {
    expect(calendarDistance('2000-01-31', '2000-03-01')).toEqual({ years: 0, months: 1, days: 1 });
    expect(addMonthsIso('2000-02-29', 12)).toBe('2001-02-28');
    expect(calendarDistance('2000-02-29', '2001-02-28')).toEqual({ years: 1, months: 0, days: 0 });
  });

  it('reaches n years on the first day whose party age is n (property)', () => {
    const day = fc
      .integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(1995, 11, 31) })
      .map((t) => new Date(t).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 900 }),
        (admission, offset, length) => {
          const from = addMonthsIso(admission, 0);
          const start = new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const end = new Date(Date.parse(`${start}T00:00:00Z`) + length * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const member = { admissionDate: admission, gaps: [{ from: start, to: end }] };
          const reached = dateReaching(member, 30);
          if (!reached) return false;
          const before = new Date(Date.parse(`${reached}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
          return partyAgeYears(member, reached) === 30 && partyAgeYears(member, before) === 29;
        },
      ),
      { numRuns: 300 },
    );
    expect(completedYears('1990-01-01', '2020-01-01')).toBe(30);
  });
});
