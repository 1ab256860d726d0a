import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBandRanges, bandOf, partyAgeBandRanges, yearsBefore } from './member-bands';
import {
  completedMonths,
  completedYears,
  type MemberDates,
  memberRuleSets,
  memberViolations,
  ruleSetOn,
} from './member-rules';

const today = '2025-06-15';
const official: MemberDates = {
  birthDate: '1980-03-15',
  admissionDate: '2010-05-19',
  officialDate: '2011-05-19',
  status: 'official',
};
const codes = (m: Partial<MemberDates>) =>
  memberViolations({ ...official, ...m }, today).map((v) => `${v.code}:${v.field}`);

describe('completed months and years', () => {
  it('counts a month only when its day is reached', () => {
    expect(completedMonths('2000-01-15', '2000-02-14')).toBe(0);
    expect(completedMonths('2000-01-15', '2000-02-15')).toBe(1);
    expect(completedMonths('2000-01-15', '2018-01-14')).toBe(215);
    expect(completedMonths('2000-01-15', '2018-01-15')).toBe(216);
  });

  it('completes a month on the last day of a shorter month', () => {
    expect(completedMonths('2000-01-31', '2000-02-29')).toBe(1);
    expect(completedMonths('2000-02-29', '2018-02-28')).toBe(216);
    expect(completedMonths('2000-02-29', '2018-02-27')).toBe(215);
  });

  it('agrees with counting birthdays (property)', () => {
    const day = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2100-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const years = completedYears(from, to);
        // The years-th anniversary is on or before `to`, the next one after it (29/02 falls on 28/02).
        const anniversary = (n: number) => {
          const y = Number(from.slice(0, 4)) + n;
          const md = from.slice(5);
          const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
          return `${y}-${md === '02-29' && !leap ? '02-28' : md}`;
        };
        expect(anniversary(years) <= to).toBe(true);
        expect(anniversary(years + 1) > to).toBe(true);
      }),
    );
  });
});

describe('member dates', () => {
  it('accepts a consistent record', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ status: 'candidate', admissionDate: null, officialDate: null })).toEqual([]);
    expect(codes({ status: 'probationary', officialDate: null })).toEqual([]);
    expect(codes({ officialDate: official.admissionDate })).toEqual([]);
  });

  it('refuses dates in the future', () => {
    expect(codes({ officialDate: '2025-06-16' })).toContain('MEMBER_DATE_IN_FUTURE:officialDate');
    expect(codes({ birthDate: '2030-01-01' })).toContain('MEMBER_DATE_IN_FUTURE:birthDate');
    expect(codes({ statusSince: '2026-01-01' })).toContain('MEMBER_DATE_IN_FUTURE:statusSince');
    expect(codes({ officialDate: today })).toEqual([]);
  });

  it('needs birth before admission before or on official', () => {
    expect(codes({ admissionDate: '1980-03-15' })).toContain('MEMBER_DATES:admissionDate');
    expect(codes({ admissionDate: '1970-01-01' })).toContain('MEMBER_DATES:admissionDate');
    expect(codes({ officialDate: '2010-05-18' })).toEqual(['MEMBER_DATES:officialDate']);
    expect(codes({ admissionDate: null, status: 'candidate' })).toEqual(['MEMBER_DATES:admissionDate']);
    expect(codes({ birthDate: '1899-12-31' })).toContain('MEMBER_DATES:birthDate');
  });

  it('does not date a status before the admission or official date it rests on', () => {
    expect(codes({ statusSince: '2011-05-19' })).toEqual([]);
    expect(codes({ statusSince: '2011-05-18' })).toEqual(['MEMBER_DATES:statusSince']);
    expect(codes({ status: 'probationary', officialDate: null, statusSince: '2010-05-18' })).toEqual([
      'MEMBER_DATES:statusSince',
    ]);
    expect(codes({ status: 'deceased', statusSince: '2009-01-01' })).toEqual([]);
    expect(codes({ statusSince: '1980-03-14' })).toEqual(['MEMBER_DATES:statusSince']);
  });

  it('needs the dates a status implies', () => {
    expect(codes({ officialDate: null })).toEqual(['MEMBER_STATUS_DATES:officialDate']);
    expect(codes({ status: 'probationary' })).toEqual(['MEMBER_STATUS_DATES:officialDate']);
    expect(codes({ status: 'probationary', admissionDate: null, officialDate: null })).toEqual([
      'MEMBER_STATUS_DATES:admissionDate',
    ]);
    expect(codes({ status: 'exempted', officialDate: null })).toEqual([]);
  });
});

describe('age at admission (18 to 60 counted in months)', () => {
  const admittedAt = (birthDate: string, admissionDate: string, exception: string | null = null) =>
    codes({
      birthDate,
      admissionDate,
      officialDate: null,
      status: 'probationary',
      admissionAgeException: exception,
    });

  it('is eligible from the 18th birthday', () => {
    expect(admittedAt('2000-04-10', '2018-04-09')).toEqual(['MEMBER_ADMISSION_AGE:admissionDate']);
    expect(admittedAt('2000-04-10', '2018-04-10')).toEqual([]);
  });

  it('is eligible up to 60 years and 0 months, not 60 years and 1 month', () => {
    expect(admittedAt('1960-04-10', '2020-05-09')).toEqual([]);
    expect(admittedAt('1960-04-10', '2020-05-10')).toEqual(['MEMBER_ADMISSION_AGE:admissionDate']);
    expect(admittedAt('1950-04-10', '2020-05-10')).toEqual(['MEMBER_ADMISSION_AGE:admissionDate']);
  });

  it('allows any age with a recorded exception, but not a blank one', () => {
    expect(admittedAt('1950-04-10', '2020-05-10', 'QĐ 12-QĐ/ĐU cho phép')).toEqual([]);
    expect(admittedAt('2005-04-10', '2020-05-10', '   ')).toEqual(['MEMBER_ADMISSION_AGE:admissionDate']);
  });

  it('reports the age and the rule it broke', () => {
    const [v] = memberViolations(
      { birthDate: '1955-01-01', admissionDate: '2025-06-01', status: 'probationary' },
      today,
    );
    expect(v?.params).toMatchObject({ years: 70, months: 5, min: 18, max: 60 });
    expect(String(v?.params?.citation)).toContain('294-QĐ/TW');
  });

  it('applies the rule set in force on the admission date', () => {
    expect(ruleSetOn('2022-01-01')).toBe(memberRuleSets[0]);
    expect(ruleSetOn('2025-07-01')).toBe(memberRuleSets.at(-1));
    expect(ruleSetOn('1990-01-01')).toBe(memberRuleSets[0]);
    for (const set of memberRuleSets) expect(set.citation).toMatch(/Điều lệ Đảng/);
  });
});

describe('bands', () => {
  it('places every age in exactly the band its range names', () => {
    expect(bandOf(ageBandRanges, 29)).toBe('under_30');
    expect(bandOf(ageBandRanges, 30)).toBe('30_40');
    expect(bandOf(ageBandRanges, 40)).toBe('30_40');
    expect(bandOf(ageBandRanges, 41)).toBe('41_50');
    expect(bandOf(ageBandRanges, 70)).toBe('61_70');
    expect(bandOf(ageBandRanges, 71)).toBe('over_70');
    expect(bandOf(partyAgeBandRanges, 9)).toBe('under_10');
    expect(bandOf(partyAgeBandRanges, 10)).toBe('10_19');
    expect(bandOf(partyAgeBandRanges, 64)).toBe('50_plus');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), (years) => {
        const matching = Object.values(ageBandRanges).filter(
          (r) => years >= r.from && (r.to === null || years < r.to),
        );
        expect(matching).toHaveLength(1);
      }),
    );
  });
});

describe('yearsBefore', () => {
  it('is the latest start date that completes the years (property)', () => {
    const day = fc
      .date({
        min: new Date('1950-01-01T00:00:00Z'),
        max: new Date('2100-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const nextDay = (iso: string) =>
      new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 49 }), (onDate, years) => {
        const boundary = yearsBefore(onDate, years);
        expect(completedYears(boundary, onDate)).toBe(years);
        expect(completedYears(nextDay(boundary), onDate)).toBe(years - 1);
      }),
    );
  });
});
