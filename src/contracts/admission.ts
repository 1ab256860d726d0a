import { z } from 'zod';
import { admissionSteps } from '../domain/admission-rules';
import { ethnicityCodes, religionCodes, sexes } from '../domain/member-codes';
import { line } from './common';
import { isoDate } from './dates';

export const admissionStage = z.enum([
  'candidate',
  'voted',
  'decided',
  'probation',
  'official',
  'not_admitted',
  'closed',
]);
export type AdmissionStageKey = z.infer<typeof admissionStage>;
export const admissionStep = z.enum(admissionSteps);
export type AdmissionStepKey = z.infer<typeof admissionStep>;

export const admissionProgressSchema = z.object({
  stage: admissionStage,
  next: admissionStep.nullable(),
  dueOn: isoDate.nullable(),
  notBefore: isoDate.nullable(),
  overdue: z.boolean(),
  probationEndsOn: isoDate.nullable(),
  ceremonyDueOn: isoDate.nullable(),
  officialVoteDueOn: isoDate.nullable(),
});

/** One open case on the board: who, where, and what is due next. */
export const admissionBoardItem = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  fullName: z.string(),
  birthDate: isoDate,
  unitId: z.uuid(),
  unitName: z.string(),
  nominatedOn: isoDate,
  progress: admissionProgressSchema,
});
export type AdmissionBoardItem = z.infer<typeof admissionBoardItem>;

export const admissionBoardQuery = z.object({
  /** The cell, or a committee with its whole subtree; defaults to everything the user reads. */
  unitId: z.uuid().optional(),
});
export const admissionBoard = z.object({
  items: z.array(admissionBoardItem),
  /** More open cases than the board shows (it shows the first 1,000 by due date). */
  truncated: z.boolean(),
});

export const admissionIntroducer = z.object({
  memberId: z.uuid(),
  fullName: z.string(),
  knownSince: isoDate,
});

export const admissionCase = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  fullName: z.string(),
  birthDate: isoDate,
  sex: z.enum(sexes),
  generalEducation: z.string().nullable(),
  job: z.string().nullable(),
  unitId: z.uuid(),
  unitName: z.string(),
  memberStatus: z.string(),
  nominatedOn: isoDate,
  courseDate: isoDate.nullable(),
  courseCertificate: z.string().nullable(),
  youthUnionIntroduced: z.boolean(),
  introducersOn: isoDate.nullable(),
  introducers: z.array(admissionIntroducer),
  verificationDate: isoDate.nullable(),
  verificationResult: z.enum(['clear', 'concerns']).nullable(),
  verificationNote: z.string().nullable(),
  cellVoteDate: isoDate.nullable(),
  votesFor: z.number().int().nullable(),
  votesTotal: z.number().int().nullable(),
  cellVoteResult: z.enum(['passed', 'failed']).nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: isoDate.nullable(),
  ceremonyDate: isoDate.nullable(),
  officialVoteDate: isoDate.nullable(),
  officialVoteResult: z.enum(['admitted', 'not_admitted']).nullable(),
  officialDate: isoDate.nullable(),
  closedOn: isoDate.nullable(),
  closedReason: z.string().nullable(),
  open: z.boolean(),
  progress: admissionProgressSchema,
  /** The regulation the deadlines and checks come from. */
  citation: z.string(),
  version: z.number().int(),
  canEdit: z.boolean(),
});
export type AdmissionCase = z.infer<typeof admissionCase>;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** "Thêm quần chúng ưu tú": the person goes into the register as a candidate, and the case opens. */
export const nominateBody = z.object({
  unitId: z.uuid(),
  nominatedOn: isoDate,
  fullName: line(200),
  birthDate: isoDate,
  sex: z.enum(sexes),
  ethnicityCode: z.enum(ethnicityCodes).default('01'),
  religionCode: z.enum(religionCodes).default('00'),
  citizenId: z
    .string()
    .trim()
    .regex(/^\d{12}$/, '12 chữ số / 12 digits')
    .nullable()
    .optional(),
  generalEducation: z
    .string()
    .trim()
    .regex(/^\d{1,2}\/(10|12)$/, 'dạng 12/12 / like 12/12'),
  job: optionalText(200),
  workplace: optionalText(300),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{8,15}$/, 'số điện thoại / phone number')
    .nullable()
    .optional(),
  residenceNew: optionalText(300),
});

/** Opens a case for a person already in the register as a candidate (entered by hand or imported). */
export const openCaseBody = z.object({ memberId: z.uuid(), nominatedOn: isoDate });

const version = z.int32().min(1);
export const admissionStepBody = z.discriminatedUnion('step', [
  z.object({ step: z.literal('course'), version, courseDate: isoDate, courseCertificate: line(100) }),
  z.object({
    step: z.literal('introducers'),
    version,
    introducersOn: isoDate,
    youthUnionIntroduced: z.boolean().default(false),
    introducers: z
      .array(z.object({ memberId: z.uuid(), knownSince: isoDate }))
      .min(1)
      .max(2),
  }),
  z.object({
    step: z.literal('verification'),
    version,
    verificationDate: isoDate,
    verificationResult: z.enum(['clear', 'concerns']),
    verificationNote: optionalText(2000),
  }),
  z.object({
    step: z.literal('cell_vote'),
    version,
    cellVoteDate: isoDate,
    votesFor: z.int32().min(0).max(10_000),
    votesTotal: z.int32().min(1).max(10_000),
  }),
  z.object({ step: z.literal('decision'), version, decisionNumber: line(100), decisionDate: isoDate }),
  z.object({ step: z.literal('ceremony'), version, ceremonyDate: isoDate }),
  z.object({
    step: z.literal('official_vote'),
    version,
    officialVoteDate: isoDate,
    officialVoteResult: z.enum(['admitted', 'not_admitted']),
  }),
  z.object({ step: z.literal('close'), version, closedOn: isoDate, closedReason: line(1000) }),
]);
export type AdmissionStepBody = z.infer<typeof admissionStepBody>;

export const targetsQuery = z.object({
  unitId: z.uuid(),
  year: z.coerce.number().int().min(2000).max(2100),
});
export const targetRow = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  target: z.number().int().nullable(),
  /** Admission decisions dated in the year for candidates of the cell. */
  admitted: z.number().int(),
  version: z.number().int().nullable(),
  canEdit: z.boolean(),
});
export const targetsTable = z.object({ year: z.number().int(), items: z.array(targetRow) });
export type TargetsTable = z.infer<typeof targetsTable>;
export const setTargetBody = z.object({
  unitId: z.uuid(),
  year: z.int32().min(2000).max(2100),
  target: z.int32().min(0).max(10_000),
  /** The row's version when changing a target; absent when setting one for the first time. */
  version: z.int32().min(1).optional(),
});

// The working-day calendar (admin page "Lịch ngày làm việc").
export const calendarDayKind = z.enum(['day_off', 'worked_weekend']);
export const calendarDay = z.object({
  date: isoDate,
  kind: calendarDayKind,
  name: z.string(),
  version: z.number().int(),
});
export type CalendarDay = z.infer<typeof calendarDay>;
export const calendarYearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const calendarDays = z.object({ year: z.number().int(), items: z.array(calendarDay) });
export const calendarDayParams = z.object({ date: isoDate });
export const putCalendarDayBody = z.object({
  kind: calendarDayKind,
  name: line(200),
  version: z.int32().min(1).optional(),
});
export const deleteCalendarDayQuery = z.object({ version: z.coerce.number().int().min(1) });
