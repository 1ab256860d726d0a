import { describe, expect, it } from 'vitest';
import {
  type BadgeCandidate,
  badgeDueOn,
  badgeLists,
  isLongOverdue,
  isOverdue,
  nextAwardDates,
  previousAwardDate,
} from './party-badges';

const member = (admissionDate: string, extra: Partial<BadgeCandidate> = {}): BadgeCandidate => ({
  id: admissionDate,
  admissionDate,
  gaps: [],
  awarded: [],
  seriouslyIll: false,
  ...extra,
});

describe('award dates', () => {
  it('are 03/02, 19/05, 02/09 and 07/11, from the given day on', () => {
    expect(nextAwardDates('2026-12-01')).toEqual(['2027-02-03', '2027-05-19', '2027-09-02', '2027-11-07']);
    expect(nextAwardDates('2027-05-19', 2)).toEqual(['2027-05-19', '2027-09-02']);
    expect(nextAwardDates('2027-05-20', 3)).toEqual(['2027-09-02', '2027-11-07', '2028-02-03']);
  });
});

describe('overdue badges', () => {
  it('are those whose age was reached by the previous award date', () => {
    expect(previousAwardDate('2027-02-03')).toBe('2026-11-07');
    expect(previousAwardDate('2027-05-19')).toBe('2027-02-03');
    expect(isOverdue({ years: 30, reachesOn: '2026-11-07', early: false }, '2027-02-03')).toBe(true);
    expect(isOverdue({ years: 30, reachesOn: '2026-11-08', early: false }, '2027-02-03')).toBe(false);
    // Reached by 07/11/2026 but after 02/09/2026: presented on 07/11 and maybe not recorded yet.
    expect(isLongOverdue({ years: 30, reachesOn: '2026-09-03', early: false }, '2027-02-03')).toBe(false);
    expect(isLongOverdue({ years: 30, reachesOn: '2026-09-02', early: false }, '2027-02-03')).toBe(true);
  });
});

describe('the badge due on an award date', () => {
  it('is due on the award date the member reaches the age, not the day before', () => {
    expect(badgeDueOn(member('1997-05-19'), '2027-05-19')).toEqual({
      years: 30,
      reachesOn: '2027-05-19',
      early: false,
    });
    expect(badgeDueOn(member('1997-05-20'), '2027-05-19')).toBeNull();
    expect(badgeDueOn(member('1997-05-20'), '2027-09-02')?.years).toBe(30);
  });

  it('gives the highest badge reached above those already awarded', () => {
    expect(badgeDueOn(member('1980-01-01'), '2027-02-03')?.years).toBe(45);
    expect(badgeDueOn(member('1980-01-01', { awarded: [30, 40, 45] }), '2027-02-03')).toBeNull();
    expect(badgeDueOn(member('1980-01-01', { awarded: [30, 40] }), '2027-02-03')?.years).toBe(45);
  });

  it('counts gaps: a member out for a year reaches the age a year later', () => {
    const gaps = [{ from: '2000-01-01', to: '2001-01-01' }];
    expect(badgeDueOn(member('1997-05-19', { gaps }), '2027-05-19')).toBeNull();
    expect(badgeDueOn(member('1997-05-19', { gaps }), '2028-05-19')?.reachesOn).toBe('2028-05-19');
  });

  it('lets a seriously ill member receive 30-65 year badges up to 12 months early', () => {
    const ill = { seriouslyIll: true };
    // 30 years on 19/05/2028: 12 months early is 19/05/2027, the award day itself.
    expect(badgeDueOn(member('1998-05-19', ill), '2027-05-19')).toEqual({
      years: 30,
      reachesOn: '2028-05-19',
      early: true,
    });
    expect(badgeDueOn(member('1998-05-20', ill), '2027-05-19')).toBeNull();
    expect(badgeDueOn(member('1998-05-19'), '2027-05-19')).toBeNull();
    // 65 years: still 12 months.
    expect(badgeDueOn(member('1963-05-20', { ...ill, awarded: [60] }), '2027-05-19')).toBeNull();
    expect(badgeDueOn(member('1963-05-19', { ...ill, awarded: [60] }), '2027-05-19')?.years).toBe(65);
  });

  it('lets a seriously ill member receive 70-90 year badges up to 24 months early', () => {
    const ill = { seriouslyIll: true, awarded: [65] };
    // 70 years on 19/05/2029: 24 months early is 19/05/2027.
    expect(badgeDueOn(member('1959-05-19', ill), '2027-05-19')).toEqual({
      years: 70,
      reachesOn: '2029-05-19',
      early: true,
    });
    expect(badgeDueOn(member('1959-05-20', ill), '2027-05-19')).toBeNull();
  });
});

describe('lists for the next award dates', () => {
  it('puts each member under the first date they qualify, overdue ones in the first', () => {
    const dates = nextAwardDates('2027-01-01');
    const lists = badgeLists(
      [
        member('1990-01-01', { id: 'overdue' }),
        member('1997-02-03', { id: 'feb' }),
        member('1997-02-04', { id: 'may' }),
        member('1997-11-07', { id: 'nov' }),
        member('1997-11-08', { id: 'later' }),
        member('1997-02-03', { id: 'done', awarded: [30] }),
      ],
      dates,
    );
    expect(lists.map((l) => [l.awardDate, l.entries.map((e) => e.candidate.id)])).toEqual([
      ['2027-02-03', ['overdue', 'feb']],
      ['2027-05-19', ['may']],
      ['2027-09-02', []],
      ['2027-11-07', ['nov']],
    ]);
    // 1987 admission: 30 years long past (never awarded), 40 years on 01/01/2027: the 40-year badge.
    const overdue = badgeLists([member('1987-01-01', { id: 'x' })], dates);
    expect(overdue[0]?.entries[0]?.due).toMatchObject({ years: 40, early: false });
  });
});
