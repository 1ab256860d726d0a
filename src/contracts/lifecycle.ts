import { z } from 'zod';
import { memberStatuses } from '../domain/member-codes';
import { decisionKinds, exemptionReasons, removalReasons } from '../domain/member-decisions';
import { gapReasons } from '../domain/party-age';
import { line } from './common';
import { isoDate } from './dates';

export const decisionKind = z.enum(decisionKinds);
export const decisionReason = z.enum([...exemptionReasons, ...removalReasons.filter((r) => r !== 'other')]);
export const gapReason = z.enum(gapReasons);
export const badgeYears = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const;

/** Records an exemption (and its end), removal, expulsion or death; the member's status follows. */
export const decisionBody = z.object({
  kind: decisionKind,
  /** The day it takes effect (for a death: the date of death). */
  effectiveOn: isoDate,
  /** "12-QĐ/ĐU"; required except for a death. */
  decisionNumber: line(100).optional(),
  decisionDate: isoDate.optional(),
  /** The body that decided, e.g. "Ban Thường vụ Đảng ủy"; required for removal and expulsion. */
  issuingBody: line(300).optional(),
  /** exemption: age | health | other; removal: its ground. */
  reason: decisionReason.optional(),
  note: z.string().trim().max(2000).optional(),
  /** The member record's version (stale → 409). */
  version: z.int32().min(1),
});

export const gapBody = z.object({
  fromDate: isoDate,
  /** The day party activity resumed (exclusive); left out while the gap is open. */
  toDate: isoDate.nullable().optional(),
  reason: gapReason,
  note: z.string().trim().max(1000).optional(),
});

export const illnessBody = z.object({
  seriouslyIll: z.boolean(),
  since: isoDate.optional(),
  note: z.string().trim().max(1000).optional(),
});

export const memberDecision = z.object({
  id: z.uuid(),
  kind: decisionKind,
  effectiveOn: isoDate,
  decisionNumber: z.string().nullable(),
  decisionDate: isoDate.nullable(),
  issuingBody: z.string().nullable(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
});

export const partyGap = z.object({
  id: z.uuid(),
  fromDate: isoDate,
  toDate: isoDate.nullable(),
  reason: gapReason,
  note: z.string().nullable(),
});

export const partyAgeView = z.object({
  years: z.number().int(),
  months: z.number().int(),
  days: z.number().int(),
  gapDays: z.number().int(),
  countedTo: isoDate,
  citation: z.string(),
});

export const badgeAward = z.object({
  id: z.uuid(),
  years: z.number().int(),
  awardDate: isoDate,
  decisionRef: z.string().nullable(),
  early: z.boolean(),
});

/** GET /api/members/{id}/lifecycle: party age with its gaps, decisions, badges, the illness flag. */
export const memberLifecycle = z.object({
  memberId: z.uuid(),
  status: z.enum(memberStatuses),
  admissionDate: isoDate.nullable(),
  version: z.number().int(),
  canEdit: z.boolean(),
  partyAge: partyAgeView.nullable(),
  nextBadge: z.object({ years: z.number().int(), reachesOn: isoDate }).nullable(),
  gaps: z.array(partyGap),
  decisions: z.array(memberDecision),
  awards: z.array(badgeAward),
  seriouslyIll: z.object({ since: isoDate, note: z.string().nullable() }).nullable(),
  /** Decisions the current status allows (what the profile offers). */
  allowedDecisions: z.array(decisionKind),
});
export type MemberLifecycle = z.infer<typeof memberLifecycle>;

export const removalGround = z.enum(['missed_activities', 'unpaid_dues', 'lost_will', 'failed_standard']);
/** A removal proposal pre-filled from the rule (when the meetings and dues modules give facts). */
export const removalProposal = z.object({
  memberId: z.uuid(),
  fullName: z.string(),
  unitName: z.string(),
  asOf: isoDate,
  /** False while no module provides attendance and dues facts. */
  factsAvailable: z.boolean(),
  proposed: z.boolean(),
  grounds: z.array(z.object({ ground: removalGround, evidence: z.array(z.string()) })),
  citation: z.string(),
});
export type RemovalProposal = z.infer<typeof removalProposal>;

export const badgesQuery = z.object({ unitId: z.uuid() });
export const badgeEntry = z.object({
  memberId: z.uuid(),
  fullName: z.string(),
  birthDate: isoDate,
  admissionDate: isoDate,
  unitId: z.uuid(),
  unitName: z.string(),
  cardNumber: z.string().nullable(),
  status: z.enum(memberStatuses),
  years: z.number().int(),
  reachesOn: isoDate,
  early: z.boolean(),
  /** The age was reached by the previous award date already (a badge not recorded, or missed). */
  overdue: z.boolean(),
  /** Reached even by the award date before that: listed on request (badges never recorded). */
  longOverdue: z.boolean(),
  /** Awards from earlier years, e.g. [30, 40]. */
  awarded: z.array(z.number().int()),
});
export type BadgeEntry = z.infer<typeof badgeEntry>;
export const badgeLists = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  citation: z.string(),
  awardDates: z.array(
    z.object({
      awardDate: isoDate,
      total: z.number().int(),
      groups: z.array(z.object({ years: z.number().int(), members: z.array(badgeEntry) })),
    }),
  ),
});
export type BadgeLists = z.infer<typeof badgeLists>;

export const badgeProposalQuery = z.object({
  unitId: z.uuid(),
  awardDate: isoDate,
  format: z.enum(['xlsx', 'docx']),
  /** Also list those long overdue (badges of earlier dates never recorded; default: yes). */
  includeOverdue: z.enum(['true', 'false']).default('true'),
  /** Place on the document's date line. */
  place: line(100).optional(),
});

export const recordAwardsBody = z.object({
  awardDate: isoDate,
  decisionRef: line(200).optional(),
  awards: z
    .array(
      z.object({
        memberId: z.uuid(),
        years: z
          .int()
          .refine((y) => (badgeYears as readonly number[]).includes(y), { message: '30, 40, 45 … 90' }),
      }),
    )
    .min(1)
    .max(2000),
});
export const recordedAwards = z.object({ recorded: z.number().int() });
