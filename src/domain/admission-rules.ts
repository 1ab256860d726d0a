import { completedMonths, ruleSetOn as memberRuleSetOn } from './member-rules';
import { inForceOn } from './rule-sets';
import { addMonths, addWorkingDays, type WorkingCalendar } from './working-days';

/**
 * The admission pipeline (phát triển đảng viên, DOMAIN.md §3): who may be admitted, at the date the cell
 * considers the case (the cell's vote), and the deadlines after the superior's admission decision — in
 * working days (src/domain/working-days.ts), probation in calendar months.
 *
 * Charter (Điều lệ Đảng) Art. 4: age 18 and over (Quy định on its implementation: 18 to 60 counted in months),
 * at least lower-secondary general education, two official members introduce the applicant (in the age of
 * the Youth Union: the Youth Union's executive committee and one official member), each having worked with
 * the applicant for at least 12 months; the cell proposes admission when at least two thirds of its official
 * members agree. Art. 5: probation 12 months from the ceremony; the cell considers official membership within
 * 30 working days after probation ends; official membership dates from the end of probation. Quy định
 * 294-QĐ/TW (2025) and Hướng dẫn 01-HD/TW: the ceremony within 30 working days of the admission decision.
 */
export interface AdmissionRuleSet {
  effectiveFrom: string;
  citation: string;
  /** Lowest general education, as the last grade completed in the 12-year and in the old 10-year system. */
  minGrade12: number;
  minGrade10: number;
  /** Official members who introduce the applicant; one fewer when the Youth Union introduces as well. */
  introducers: number;
  introducerKnownMonths: number;
  /** Share of the cell's official members who must agree (numerator / denominator). */
  cellVoteShare: readonly [number, number];
  ceremonyWorkingDays: number;
  probationMonths: number;
  officialVoteWorkingDays: number;
}

export const admissionRuleSets: readonly AdmissionRuleSet[] = [
  {
    effectiveFrom: '2021-07-30',
    citation:
      'Điều lệ Đảng, Điều 4 và Điều 5; Quy định 24-QĐ/TW (30/07/2021); Hướng dẫn 01-HD/TW (28/09/2021)',
    minGrade12: 9,
    minGrade10: 7,
    introducers: 2,
    introducerKnownMonths: 12,
    cellVoteShare: [2, 3],
    ceremonyWorkingDays: 30,
    probationMonths: 12,
    officialVoteWorkingDays: 30,
  },
  {
    // Same date as member-rules' 294-QĐ/TW rule set (verify).
    effectiveFrom: '2025-05-26',
    citation: 'Điều lệ Đảng, Điều 4 và Điều 5; Quy định 294-QĐ/TW (2025); Hướng dẫn 01-HD/TW',
    minGrade12: 9,
    minGrade10: 7,
    introducers: 2,
    introducerKnownMonths: 12,
    cellVoteShare: [2, 3],
    ceremonyWorkingDays: 30,
    probationMonths: 12,
    officialVoteWorkingDays: 30,
  },
];

export function admissionRulesOn(
  date: string,
  sets: readonly AdmissionRuleSet[] = admissionRuleSets,
): AdmissionRuleSet {
  return inForceOn(sets, date, 'admission');
}

/** "9/12", "12/12", "7/10" → grade and system; anything else is null. */
export function parseGeneralEducation(
  text: string | null | undefined,
): { grade: number; of: 10 | 12 } | null {
  const match = /^\s*(\d{1,2})\s*\/\s*(10|12)\s*$/.exec(text ?? '');
  if (!match) return null;
  const grade = Number(match[1]);
  const of = Number(match[2]) as 10 | 12;
  if (grade < 1 || grade > of) return null;
  return { grade, of };
}

/** At least lower-secondary education (trung học cơ sở): 9/12 or higher, or 7/10 or higher in the old system. */
export function meetsEducation(text: string | null | undefined, rules: AdmissionRuleSet): boolean {
  const parsed = parseGeneralEducation(text);
  if (!parsed) return false;
  return parsed.grade >= (parsed.of === 12 ? rules.minGrade12 : rules.minGrade10);
}

export type AdmissionRuleCode =
  | 'ADMISSION_AGE'
  | 'ADMISSION_EDUCATION'
  | 'ADMISSION_INTRODUCERS'
  | 'ADMISSION_INTRODUCER_NOT_OFFICIAL'
  | 'ADMISSION_INTRODUCER_KNOWN'
  | 'ADMISSION_STEP_MISSING'
  | 'ADMISSION_STEP_ORDER'
  | 'ADMISSION_VOTES';

export interface AdmissionViolation {
  code: AdmissionRuleCode;
  field: string;
  params?: Record<string, string | number>;
}

export interface Introducer {
  memberId: string;
  name: string;
  /** Official member on the vote date (the caller reads the register). */
  officialOnVote: boolean;
  knownSince: string;
}

export interface EligibilityInput {
  voteDate: string;
  birthDate: string;
  generalEducation: string | null;
  youthUnionIntroduced: boolean;
  introducers: readonly Introducer[];
  courseDate: string | null;
  verificationDate: string | null;
  verificationResult: 'clear' | 'concerns' | null;
}

/** Every reason the cell may not vote to admit on `voteDate` (the API reports the first). */
export function eligibilityViolations(c: EligibilityInput): AdmissionViolation[] {
  const rules = admissionRulesOn(c.voteDate);
  const ages = memberRuleSetOn(c.voteDate);
  const found: AdmissionViolation[] = [];
  const months = completedMonths(c.birthDate, c.voteDate);
  if (months < ages.minAdmissionAgeMonths || months > ages.maxAdmissionAgeMonths)
    found.push({
      code: 'ADMISSION_AGE',
      field: 'cellVoteDate',
      params: {
        years: Math.floor(months / 12),
        months: months % 12,
        min: ages.minAdmissionAgeMonths / 12,
        max: ages.maxAdmissionAgeMonths / 12,
        citation: ages.citation,
      },
    });
  if (!meetsEducation(c.generalEducation, rules))
    found.push({
      code: 'ADMISSION_EDUCATION',
      field: 'generalEducation',
      params: { value: c.generalEducation ?? '—', citation: rules.citation },
    });
  if (!c.courseDate) found.push({ code: 'ADMISSION_STEP_MISSING', field: 'courseDate' });
  else if (c.courseDate > c.voteDate)
    found.push({ code: 'ADMISSION_STEP_ORDER', field: 'cellVoteDate', params: { after: c.courseDate } });
  if (!c.verificationDate) found.push({ code: 'ADMISSION_STEP_MISSING', field: 'verificationDate' });
  else if (c.verificationDate > c.voteDate)
    found.push({
      code: 'ADMISSION_STEP_ORDER',
      field: 'cellVoteDate',
      params: { after: c.verificationDate },
    });
  else if (c.verificationResult !== 'clear')
    found.push({
      code: 'ADMISSION_STEP_MISSING',
      field: 'verificationResult',
      params: { rule: 'not_clear' },
    });
  found.push(...introducerViolations(c.introducers, c.youthUnionIntroduced, c.voteDate));
  return found;
}

export function introducersNeeded(rules: AdmissionRuleSet, youthUnionIntroduced: boolean): number {
  return youthUnionIntroduced ? rules.introducers - 1 : rules.introducers;
}

/** The introducers on a date: enough of them, each an official member who knew the applicant 12 months. */
export function introducerViolations(
  introducers: readonly Introducer[],
  youthUnionIntroduced: boolean,
  onDate: string,
): AdmissionViolation[] {
  const rules = admissionRulesOn(onDate);
  const found: AdmissionViolation[] = [];
  const needed = introducersNeeded(rules, youthUnionIntroduced);
  if (introducers.length < needed)
    found.push({
      code: 'ADMISSION_INTRODUCERS',
      field: 'introducers',
      params: { needed, given: introducers.length, citation: rules.citation },
    });
  introducers.forEach((intro, index) => {
    if (!intro.officialOnVote)
      found.push({
        code: 'ADMISSION_INTRODUCER_NOT_OFFICIAL',
        field: `introducers.${index}.memberId`,
        params: { name: intro.name },
      });
    const months = completedMonths(intro.knownSince, onDate);
    if (months < rules.introducerKnownMonths)
      found.push({
        code: 'ADMISSION_INTRODUCER_KNOWN',
        field: `introducers.${index}.knownSince`,
        params: { name: intro.name, months: Math.max(0, months), needed: rules.introducerKnownMonths },
      });
  });
  return found;
}

/** The cell proposes admission when at least two thirds of its official members agree. */
export function cellVotePassed(votesFor: number, votesTotal: number, onDate: string): boolean {
  const [num, den] = admissionRulesOn(onDate).cellVoteShare;
  return votesTotal > 0 && votesFor * den >= votesTotal * num;
}

/** The dates of an admission case as recorded so far (null: the step has not happened). */
export interface AdmissionCaseDates {
  nominatedOn: string;
  courseDate: string | null;
  introducersRecorded: boolean;
  verificationDate: string | null;
  verificationResult: 'clear' | 'concerns' | null;
  cellVoteDate: string | null;
  cellVoteResult: 'passed' | 'failed' | null;
  decisionDate: string | null;
  ceremonyDate: string | null;
  officialVoteDate: string | null;
  officialVoteResult: 'admitted' | 'not_admitted' | null;
  closedOn: string | null;
}

export const admissionSteps = [
  'course',
  'introducers',
  'verification',
  'cell_vote',
  'decision',
  'ceremony',
  'official_vote',
] as const;
export type AdmissionStep = (typeof admissionSteps)[number];

export type AdmissionStage =
  | 'candidate'
  | 'voted'
  | 'decided'
  | 'probation'
  | 'official'
  | 'not_admitted'
  | 'closed';

export interface AdmissionProgress {
  stage: AdmissionStage;
  /** The step due next; null when the case is finished. */
  next: AdmissionStep | null;
  /** Legal deadline of the next step (ceremony, official vote), or the day probation ends. */
  dueOn: string | null;
  /** The day before which the next step cannot happen (end of probation for the official vote). */
  notBefore: string | null;
  overdue: boolean;
  /** End of probation (and the official date) once the ceremony is held. */
  probationEndsOn: string | null;
  ceremonyDueOn: string | null;
  officialVoteDueOn: string | null;
}

/** The deadline of the ceremony: 30 working days after the admission decision. */
export const ceremonyDue = (decisionDate: string, calendar: WorkingCalendar): string =>
  addWorkingDays(decisionDate, admissionRulesOn(decisionDate).ceremonyWorkingDays, calendar);

/** Probation ends 12 months after the ceremony; official membership dates from that day. */
export const probationEnd = (ceremonyDate: string): string =>
  addMonths(ceremonyDate, admissionRulesOn(ceremonyDate).probationMonths);

/** The deadline of the official-membership vote: 30 working days after probation ends. */
export const officialVoteDue = (probationEndsOn: string, calendar: WorkingCalendar): string =>
  addWorkingDays(probationEndsOn, admissionRulesOn(probationEndsOn).officialVoteWorkingDays, calendar);

/**
 * Where a case stands and what is due next. A late ceremony or vote is still recorded; `overdue` says the
 * deadline has passed without it. Official membership dates from the end of probation even when the vote is late.
 */
export function admissionProgress(
  c: AdmissionCaseDates,
  calendar: WorkingCalendar,
  today: string,
): AdmissionProgress {
  const ceremonyDueOn = c.decisionDate ? ceremonyDue(c.decisionDate, calendar) : null;
  const probationEndsOn = c.ceremonyDate ? probationEnd(c.ceremonyDate) : null;
  const officialVoteDueOn = probationEndsOn ? officialVoteDue(probationEndsOn, calendar) : null;
  const base = { probationEndsOn, ceremonyDueOn, officialVoteDueOn, notBefore: null };
  const open = (stage: AdmissionStage, next: AdmissionStep, dueOn: string | null, notBefore?: string) => ({
    ...base,
    stage,
    next,
    dueOn,
    notBefore: notBefore ?? null,
    overdue: dueOn !== null && today > dueOn,
  });
  const done = (stage: AdmissionStage) => ({ ...base, stage, next: null, dueOn: null, overdue: false });

  if (c.officialVoteResult === 'admitted') return done('official');
  if (c.officialVoteResult === 'not_admitted') return done('not_admitted');
  if (c.cellVoteResult === 'failed' || c.closedOn) return done('closed');
  if (c.ceremonyDate && probationEndsOn && officialVoteDueOn)
    return open('probation', 'official_vote', officialVoteDueOn, probationEndsOn);
  if (c.decisionDate) return open('decided', 'ceremony', ceremonyDueOn);
  if (c.cellVoteDate) return open('voted', 'decision', null);
  if (!c.courseDate) return open('candidate', 'course', null);
  if (!c.introducersRecorded) return open('candidate', 'introducers', null);
  if (!c.verificationDate || c.verificationResult !== 'clear') return open('candidate', 'verification', null);
  return open('candidate', 'cell_vote', null);
}

/** Board order: overdue first, then by the nearest due date, cases without a deadline last. */
export function compareProgress(a: AdmissionProgress, b: AdmissionProgress): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueOn && b.dueOn) return a.dueOn.localeCompare(b.dueOn);
  if (a.dueOn) return -1;
  if (b.dueOn) return 1;
  return 0;
}
