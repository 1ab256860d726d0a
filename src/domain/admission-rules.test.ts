import { describe, expect, it } from 'vitest';
import {
  type AdmissionCaseDates,
  admissionProgress,
  admissionRulesOn,
  cellVotePassed,
  ceremonyDue,
  compareProgress,
  type EligibilityInput,
  eligibilityViolations,
  meetsEducation,
  officialVoteDue,
  parseGeneralEducation,
  probationEnd,
} from './admission-rules';
import { calendarOf, vietnamCalendar2025to2027 } from './holidays-vn';
import { emptyCalendar } from './working-days';

const vn = calendarOf(vietnamCalendar2025to2027);
const rules = admissionRulesOn('2026-01-01');

const eligible: EligibilityInput = {
  voteDate: '2026-03-16',
  birthDate: '2000-05-01',
  generalEducation: '12/12',
  youthUnionIntroduced: false,
  introducers: [
    { memberId: 'a', name: 'A', officialOnVote: true, knownSince: '2024-01-01' },
    { memberId: 'b', name: 'B', officialOnVote: true, knownSince: '2025-03-16' },
  ],
  courseDate: '2025-11-01',
  verificationDate: '2026-02-01',
  verificationResult: 'clear',
};
const codes = (input: Partial<EligibilityInput>) =>
  eligibilityViolations({ ...eligible, ...input }).map((v) => `${v.code}@${v.field}`);

describe('eligibility at the date the cell votes', () => {
  it('accepts an eligible applicant', () => {
    expect(eligibilityViolations(eligible)).toEqual([]);
  });

  it('counts age in months at the vote date: 18 years to 60 years inclusive', () => {
    // Turns 18 on 15/03/2026: the day before is too young, the birthday itself is fine.
    expect(codes({ birthDate: '2008-03-15', voteDate: '2026-03-14' })).toContain(
      'ADMISSION_AGE@cellVoteDate',
    );
    expect(codes({ birthDate: '2008-03-15', voteDate: '2026-03-15' })).not.toContain(
      'ADMISSION_AGE@cellVoteDate',
    );
    // Exactly 60 years (720 months) is still inside; 60 years and one month is over.
    expect(codes({ birthDate: '1966-01-10', voteDate: '2026-01-10' })).not.toContain(
      'ADMISSION_AGE@cellVoteDate',
    );
    expect(codes({ birthDate: '1966-01-10', voteDate: '2026-02-09' })).not.toContain(
      'ADMISSION_AGE@cellVoteDate',
    );
    expect(codes({ birthDate: '1966-01-10', voteDate: '2026-02-10' })).toContain(
      'ADMISSION_AGE@cellVoteDate',
    );
    const [age] = eligibilityViolations({ ...eligible, birthDate: '2008-03-15', voteDate: '2026-03-14' });
    expect(age?.params).toMatchObject({ years: 17, months: 11, min: 18, max: 60 });
  });

  it('needs at least lower-secondary education, in the 12-year or the old 10-year system', () => {
    expect(parseGeneralEducation('9/12')).toEqual({ grade: 9, of: 12 });
    expect(parseGeneralEducation(' 7 / 10 ')).toEqual({ grade: 7, of: 10 });
    expect(parseGeneralEducation('13/12')).toBeNull();
    expect(parseGeneralEducation('đại học')).toBeNull();
    expect(meetsEducation('9/12', rules)).toBe(true);
    expect(meetsEducation('12/12', rules)).toBe(true);
    expect(meetsEducation('8/12', rules)).toBe(false);
    expect(meetsEducation('7/10', rules)).toBe(true);
    expect(meetsEducation('6/10', rules)).toBe(false);
    expect(meetsEducation(null, rules)).toBe(false);
    expect(codes({ generalEducation: '8/12' })).toEqual(['ADMISSION_EDUCATION@generalEducation']);
  });

  it('needs two official introducers who knew the applicant for 12 months (one with the Youth Union)', () => {
    const [a, b] = eligible.introducers;
    if (!a || !b) throw new Error('fixture');
    expect(codes({ introducers: [a] })).toEqual(['ADMISSION_INTRODUCERS@introducers']);
    expect(codes({ introducers: [a], youthUnionIntroduced: true })).toEqual([]);
    expect(codes({ introducers: [a, { ...b, officialOnVote: false }] })).toEqual([
      'ADMISSION_INTRODUCER_NOT_OFFICIAL@introducers.1.memberId',
    ]);
    // Known since 17/03/2025: one day short of 12 months on 16/03/2026.
    expect(codes({ introducers: [a, { ...b, knownSince: '2025-03-17' }] })).toEqual([
      'ADMISSION_INTRODUCER_KNOWN@introducers.1.knownSince',
    ]);
  });

  it('needs the course and a clear background check before the vote', () => {
    expect(codes({ courseDate: null })).toEqual(['ADMISSION_STEP_MISSING@courseDate']);
    expect(codes({ courseDate: '2026-03-17' })).toEqual(['ADMISSION_STEP_ORDER@cellVoteDate']);
    expect(codes({ verificationResult: 'concerns' })).toEqual(['ADMISSION_STEP_MISSING@verificationResult']);
  });

  it('passes a cell vote with two thirds of the official members', () => {
    expect(cellVotePassed(6, 9, '2026-01-01')).toBe(true);
    expect(cellVotePassed(5, 9, '2026-01-01')).toBe(false);
    expect(cellVotePassed(2, 3, '2026-01-01')).toBe(true);
    expect(cellVotePassed(0, 0, '2026-01-01')).toBe(false);
  });
});

describe('deadlines in working days', () => {
  it('gives the ceremony 30 working days after the decision, across Tết 2026 (14–22/02 off)', () => {
    expect(ceremonyDue('2026-02-02', vn)).toBe('2026-03-23');
    expect(ceremonyDue('2026-02-02', emptyCalendar)).toBe('2026-03-16');
  });

  it('skips 27/04, 30/04 and 01/05/2026', () => {
    expect(ceremonyDue('2026-04-20', vn)).toBe('2026-06-04');
    expect(ceremonyDue('2026-04-20', emptyCalendar)).toBe('2026-06-01');
  });

  it('ends probation 12 calendar months after the ceremony', () => {
    expect(probationEnd('2025-02-10')).toBe('2026-02-10');
    expect(probationEnd('2024-02-29')).toBe('2025-02-28');
  });

  it('gives the official vote 30 working days after probation, across Tết', () => {
    expect(officialVoteDue('2026-02-10', vn)).toBe('2026-03-31');
    expect(officialVoteDue('2026-02-10', emptyCalendar)).toBe('2026-03-24');
  });
});

const blank: AdmissionCaseDates = {
  nominatedOn: '2025-06-01',
  courseDate: null,
  introducersRecorded: false,
  verificationDate: null,
  verificationResult: null,
  cellVoteDate: null,
  cellVoteResult: null,
  decisionDate: null,
  ceremonyDate: null,
  officialVoteDate: null,
  officialVoteResult: null,
  closedOn: null,
};

describe('stage and what is due next', () => {
  it('walks through the steps in order', () => {
    const at = (c: Partial<AdmissionCaseDates>, today = '2026-01-05') =>
      admissionProgress({ ...blank, ...c }, vn, today);
    expect(at({})).toMatchObject({ stage: 'candidate', next: 'course', dueOn: null, overdue: false });
    expect(at({ courseDate: '2025-07-01' }).next).toBe('introducers');
    expect(at({ courseDate: '2025-07-01', introducersRecorded: true }).next).toBe('verification');
    const checked = {
      courseDate: '2025-07-01',
      introducersRecorded: true,
      verificationDate: '2025-09-01',
      verificationResult: 'clear' as const,
    };
    expect(at(checked).next).toBe('cell_vote');
    expect(at({ ...checked, cellVoteDate: '2025-10-01', cellVoteResult: 'passed' })).toMatchObject({
      stage: 'voted',
      next: 'decision',
    });
    expect(at({ ...checked, cellVoteDate: '2025-10-01', cellVoteResult: 'failed' })).toMatchObject({
      stage: 'closed',
      next: null,
    });
  });

  it('marks a ceremony overdue the day after its deadline, across Tết', () => {
    const decided = { ...blank, cellVoteDate: '2026-01-20', cellVoteResult: 'passed' as const };
    const c = { ...decided, decisionDate: '2026-02-02' };
    expect(admissionProgress(c, vn, '2026-03-23')).toMatchObject({
      stage: 'decided',
      next: 'ceremony',
      dueOn: '2026-03-23',
      overdue: false,
    });
    // Without the holidays the deadline would have passed already on 17/03.
    expect(admissionProgress(c, vn, '2026-03-17').overdue).toBe(false);
    expect(admissionProgress(c, emptyCalendar, '2026-03-17').overdue).toBe(true);
    expect(admissionProgress(c, vn, '2026-03-24').overdue).toBe(true);
  });

  it('waits for probation, then asks for the official vote, and dates official membership from its end', () => {
    const c = { ...blank, decisionDate: '2025-01-20', ceremonyDate: '2025-02-10' };
    const during = admissionProgress(c, vn, '2025-08-01');
    expect(during).toMatchObject({
      stage: 'probation',
      next: 'official_vote',
      notBefore: '2026-02-10',
      probationEndsOn: '2026-02-10',
      dueOn: '2026-03-31',
      overdue: false,
    });
    expect(admissionProgress(c, vn, '2026-04-01').overdue).toBe(true);
    // A late vote still makes the member official from the end of probation.
    const late = admissionProgress(
      { ...c, officialVoteDate: '2026-04-15', officialVoteResult: 'admitted' },
      vn,
      '2026-04-15',
    );
    expect(late).toMatchObject({ stage: 'official', next: null, probationEndsOn: '2026-02-10' });
  });

  it('orders the board overdue first, then by due date, undated last', () => {
    const p = (c: Partial<AdmissionCaseDates>, today: string) =>
      admissionProgress({ ...blank, ...c }, vn, today);
    const overdue = p({ decisionDate: '2025-01-02' }, '2026-01-05');
    const soon = p({ decisionDate: '2025-12-20' }, '2026-01-05');
    const later = p({ ceremonyDate: '2025-06-01' }, '2026-01-05');
    const none = p({}, '2026-01-05');
    expect([none, later, soon, overdue].sort(compareProgress)).toEqual([overdue, soon, later, none]);
  });
});
