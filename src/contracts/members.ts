import { z } from 'zod';
import {
  academicTitles,
  ageBands,
  ethnicityCodes,
  memberStatuses,
  partyAgeBands,
  professionalDegrees,
  religionCodes,
  sexes,
  theoryLevels,
} from '../domain/member-codes';
import { line } from './common';
import { isoDate } from './dates';
import { positionTitle } from './units';

export const memberStatus = z.enum(memberStatuses);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** A member as one sees others of their own cell without a broader role: name, unit, status and offices. */
export const memberSummary = z.object({
  id: z.uuid(),
  fullName: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  status: memberStatus,
  /** Current offices, e.g. "Bí thư Chi bộ". */
  positions: z.array(
    z.object({ title: positionTitle, unitName: z.string(), bodyName: z.string().nullable() }),
  ),
});

/** The fields of a list row that a reader of the whole record also gets. */
export const memberListItem = memberSummary.extend({
  birthDate: isoDate.optional(),
  sex: z.enum(sexes).optional(),
  phone: z.string().nullable().optional(),
  admissionDate: isoDate.nullable().optional(),
  officialDate: isoDate.nullable().optional(),
  citizenId: z.string().nullable().optional(),
  cardNumber: z.string().nullable().optional(),
});
export type MemberListItem = z.infer<typeof memberListItem>;

export const memberFields = {
  fullName: line(200),
  birthDate: isoDate,
  sex: z.enum(sexes),
  ethnicityCode: z.enum(ethnicityCodes),
  religionCode: z.enum(religionCodes),
  citizenId: z
    .string()
    .trim()
    .regex(/^\d{12}$/, '12 chữ số / 12 digits')
    .nullable()
    .optional(),
  hometownOld: optionalText(300),
  hometownNew: optionalText(300),
  residenceOld: optionalText(300),
  residenceNew: optionalText(300),
  admissionDate: isoDate.nullable().optional(),
  officialDate: isoDate.nullable().optional(),
  admissionAgeException: optionalText(500),
  cardNumber: z
    .string()
    .trim()
    .regex(/^\d{6,12}$/, 'chữ số / digits')
    .nullable()
    .optional(),
  /** Member record number: 6 digits and the provincial code, e.g. 012345-01. */
  recordNumber: z
    .string()
    .trim()
    .regex(/^\d{6}[-./ ]?[0-9A-Z]{1,4}$/, '6 chữ số và mã tỉnh / 6 digits and province code')
    .nullable()
    .optional(),
  generalEducation: z
    .string()
    .trim()
    .regex(/^\d{1,2}\/(10|12)$/, 'dạng 12/12 / like 12/12')
    .nullable()
    .optional(),
  professionalDegree: z.enum(professionalDegrees).nullable().optional(),
  major: optionalText(200),
  academicTitle: z.enum(academicTitles).nullable().optional(),
  theoryLevel: z.enum(theoryLevels).nullable().optional(),
  job: optionalText(200),
  workplace: optionalText(300),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{8,15}$/, 'số điện thoại / phone number')
    .nullable()
    .optional(),
  email: z.email().max(200).nullable().optional(),
};

/** The whole record, for those who may read it (themselves, their cell secretary, the committee above). */
export const member = memberListItem.extend({
  visibility: z.literal('full'),
  birthDate: isoDate,
  sex: z.enum(sexes),
  ethnicityCode: z.string(),
  religionCode: z.string(),
  hometownOld: z.string().nullable(),
  hometownNew: z.string().nullable(),
  residenceOld: z.string().nullable(),
  residenceNew: z.string().nullable(),
  admissionAgeException: z.string().nullable(),
  recordNumber: z.string().nullable(),
  generalEducation: z.string().nullable(),
  professionalDegree: z.enum(professionalDegrees).nullable(),
  major: z.string().nullable(),
  academicTitle: z.enum(academicTitles).nullable(),
  theoryLevel: z.enum(theoryLevels).nullable(),
  job: z.string().nullable(),
  workplace: z.string().nullable(),
  email: z.string().nullable(),
  statusSince: isoDate,
  /** Completed years of party age today: from admission, recorded gaps deducted (lifecycle module). */
  partyAgeYears: z.number().int().nullable(),
  version: z.number().int(),
  canEdit: z.boolean(),
});
export type Member = z.infer<typeof member>;

/** What GET /api/members/{id} returns: the whole record, or the summary to a cell-mate. */
export const memberView = z.discriminatedUnion('visibility', [
  member,
  memberSummary.extend({ visibility: z.literal('summary') }),
]);
export type MemberView = z.infer<typeof memberView>;

export const createMemberBody = z.object({
  ...memberFields,
  unitId: z.uuid(),
  status: memberStatus,
  /** Date the status took effect; defaults to the official, admission or today's date. */
  statusSince: isoDate.optional(),
});
export const updateMemberBody = z
  .object(memberFields)
  .partial()
  .extend({ version: z.int32().min(1), reason: z.string().trim().max(1000).optional() });

export const statusEventBody = z.object({
  status: memberStatus,
  effectiveOn: isoDate,
  decisionRef: line(200).optional(),
  note: z.string().trim().max(2000).optional(),
  version: z.int32().min(1),
});
/** Moves a member to another unit of the tree on a date (transfers with letters come with the lifecycle issue). */
export const moveMemberBody = z.object({
  unitId: z.uuid(),
  effectiveOn: isoDate,
  reason: line(500).optional(),
  version: z.int32().min(1),
});

export const memberFilters = z.object({
  q: z.string().trim().max(200).optional(),
  /** The unit and its whole subtree. */
  unitId: z.uuid().optional(),
  status: z
    .union([memberStatus, z.array(memberStatus)])
    .transform((s) => (Array.isArray(s) ? s : [s]))
    .optional(),
  sex: z.enum(sexes).optional(),
  ageBand: z.enum(ageBands).optional(),
  ethnicityCode: z.enum(ethnicityCodes).optional(),
  professionalDegree: z.enum(professionalDegrees).optional(),
  theoryLevel: z.enum(theoryLevels).optional(),
});
export type MemberFilters = z.infer<typeof memberFilters>;
export const membersListQuery = memberFilters.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(600).optional(),
});
export const memberPage = z.object({
  items: z.array(memberListItem),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});

const countsOf = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.array(z.object({ key: z.enum(keys), count: z.number().int() }));
/** How many members each filter value would give, with the other filters applied (the list's facets). */
export const memberFacets = z.object({
  total: z.number().int(),
  status: countsOf(memberStatuses),
  sex: countsOf(sexes),
  ageBand: countsOf(ageBands),
  ethnicityCode: z.array(z.object({ key: z.string(), count: z.number().int() })),
  professionalDegree: z.array(z.object({ key: z.string().nullable(), count: z.number().int() })),
  theoryLevel: z.array(z.object({ key: z.string().nullable(), count: z.number().int() })),
});

/** Subtree statistics of active members (probationary, official, exempted), optionally as of a date. */
export const statisticsQuery = z.object({ unitId: z.uuid(), asOf: isoDate.optional() });
const breakdown = z.array(z.object({ key: z.string().nullable(), count: z.number().int() }));
export const memberStatistics = z.object({
  unitId: z.uuid(),
  asOf: isoDate,
  total: z.number().int(),
  byStatus: breakdown,
  bySex: breakdown,
  byAgeBand: breakdown,
  byEthnicity: breakdown,
  byProfessionalDegree: breakdown,
  byTheoryLevel: breakdown,
  byPartyAgeBand: breakdown,
});
export type MemberStatistics = z.infer<typeof memberStatistics>;
export { ageBands, partyAgeBands };

export const memberHistory = z.object({
  statusEvents: z.array(
    z.object({
      id: z.uuid(),
      status: memberStatus,
      effectiveOn: isoDate,
      decisionRef: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  units: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      fromDate: isoDate,
      toDate: isoDate.nullable(),
      reason: z.string().nullable(),
    }),
  ),
  positions: z.array(
    z.object({
      id: z.uuid(),
      title: positionTitle,
      unitName: z.string(),
      bodyName: z.string().nullable(),
      termLabel: z.string().nullable(),
      startsOn: isoDate,
      endsOn: isoDate.nullable(),
    }),
  ),
  /** Edits of the record: who changed which fields when, old and new values (from the audit log). */
  changes: z.array(
    z.object({
      at: z.string(),
      actorName: z.string().nullable(),
      reason: z.string().nullable(),
      fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
    }),
  ),
});
export type MemberHistory = z.infer<typeof memberHistory>;
