import { z } from 'zod';
import { line, namedRef, optionalText, page, pageQuery } from './common';
import { isoDate } from './dates';

/** Proposals and recommendations (đề xuất, kiến nghị) sent upward by cells and members. */

export const petitionKinds = ['proposal', 'recommendation'] as const;
export const petitionKind = z.enum(petitionKinds);
/** within: this committee decides it; beyond: it goes to the superior level. */
export const petitionAuthorities = ['within', 'beyond'] as const;
export const petitionAuthority = z.enum(petitionAuthorities);
/** received → handling (within) | forwarded (beyond) → resolved (the reply reached the originator). */
export const petitionStatuses = ['received', 'handling', 'forwarded', 'resolved'] as const;
export const petitionStatus = z.enum(petitionStatuses);
export type PetitionStatus = z.infer<typeof petitionStatus>;
export const petitionEventKinds = [
  'submitted',
  'classified',
  'forwarded',
  'answer_received',
  'replied',
] as const;
export const petitionEventKind = z.enum(petitionEventKinds);

export const createPetitionBody = z.object({
  kind: petitionKind,
  /** The cell (or unit) it comes from: a member's own cell, or a unit the user writes in. */
  fromUnitId: z.uuid(),
  /** The committee it is addressed to: an ancestor of the sending unit. */
  toUnitId: z.uuid(),
  /** Sent in a member's own name (the signed-in member); otherwise in the cell's. */
  asMember: z.boolean().default(false),
  subject: line(500),
  content: line(10_000),
});

export const classifyPetitionBody = z.object({
  authority: petitionAuthority,
  note: optionalText(2000),
  version: z.int32().min(1),
});
export const forwardPetitionBody = z.object({
  forwardedTo: line(300),
  forwardedOn: isoDate,
  note: optionalText(2000),
  version: z.int32().min(1),
});
export const petitionAnswerBody = z.object({
  answer: line(10_000),
  answeredOn: isoDate,
  version: z.int32().min(1),
});
/** The reply to the originator; closes the petition (a closed one takes no second reply). */
export const replyPetitionBody = z.object({
  reply: line(10_000),
  repliedOn: isoDate,
  version: z.int32().min(1),
});

export const petitionSummary = z.object({
  id: z.uuid(),
  kind: petitionKind,
  fromUnit: namedRef,
  fromMember: namedRef.nullable(),
  toUnit: namedRef,
  subject: z.string(),
  receivedOn: isoDate,
  authority: petitionAuthority.nullable(),
  status: petitionStatus,
  /** Days since received while open; days it took when resolved. */
  ageDays: z.number().int(),
  version: z.number().int(),
});
export type PetitionSummary = z.infer<typeof petitionSummary>;

export const petitionEvent = z.object({
  kind: petitionEventKind,
  on: isoDate,
  note: z.string().nullable(),
  by: z.string().nullable(),
});
export const petitionDetail = petitionSummary.extend({
  content: z.string(),
  forwardedTo: z.string().nullable(),
  forwardedOn: isoDate.nullable(),
  superiorAnswer: z.string().nullable(),
  answeredOn: isoDate.nullable(),
  reply: z.string().nullable(),
  repliedOn: isoDate.nullable(),
  events: z.array(petitionEvent),
  /** The user may classify, forward, record the answer and reply (writes in the addressed unit). */
  canHandle: z.boolean(),
});
export type PetitionDetail = z.infer<typeof petitionDetail>;

export const petitionsQuery = pageQuery.extend({
  /** Petitions addressed to this unit or its subtree (the committee's register)… */
  unitId: z.uuid().optional(),
  /** …or those the user sent (the originator's view). */
  mine: z.coerce.boolean().default(false),
  status: petitionStatus.optional(),
});
export const petitionPage = page(petitionSummary);

/** Age bands of open petitions, in days since received. */
export const petitionAgeBands = ['0-15', '16-30', '31-60', '60+'] as const;
export const petitionRegisterStats = z.object({
  byStatus: z.record(petitionStatus, z.number().int()),
  openByAge: z.record(z.enum(petitionAgeBands), z.number().int()),
  total: z.number().int(),
});
export const petitionStatsQuery = z.object({ unitId: z.uuid() });

/** The committees a unit may address a petition to: its ancestors, nearest first. */
export const petitionAddresseesQuery = z.object({ fromUnitId: z.uuid() });
export const petitionAddressees = z.object({ items: z.array(namedRef) });
