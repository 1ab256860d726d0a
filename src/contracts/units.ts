import { z } from 'zod';
import { line } from './common';
import { isoDate } from './dates';

export const unitKinds = [
  'central',
  'provincial',
  'grassroots_superior',
  'grassroots',
  'partial',
  'cell',
  'party_group',
] as const;
export const unitKind = z.enum(unitKinds);
export type UnitKind = z.infer<typeof unitKind>;

export const unitEventKinds = ['created', 'renamed', 'moved', 'merged', 'dissolved'] as const;
export type UnitEventKind = (typeof unitEventKinds)[number];

export const bodyKinds = [
  'executive_committee',
  'standing_committee',
  'inspection_commission',
  'cell_committee',
  'advisory_board',
] as const;
export const bodyKind = z.enum(bodyKinds);
export type BodyKind = z.infer<typeof bodyKind>;

export const positionTitles = [
  'secretary',
  'deputy_secretary',
  'standing_member',
  'executive_member',
  'cell_committee_member',
  'inspection_chair',
  'inspection_deputy_chair',
  'inspection_member',
  'board_head',
  'board_deputy_head',
  'board_member',
] as const;
export const positionTitle = z.enum(positionTitles);
export type PositionTitle = z.infer<typeof positionTitle>;

/** Members of a unit's subtree by status; `total` counts probationary + official + exempted (active members). */
export const memberCounts = z.object({
  official: z.number().int(),
  probationary: z.number().int(),
  exempted: z.number().int(),
  candidate: z.number().int(),
  total: z.number().int(),
});
export type MemberCounts = z.infer<typeof memberCounts>;

export const unitFlags = z.object({
  /** A cell with fewer than 3 official members (DOMAIN.md §2). */
  fewOfficialMembers: z.boolean(),
  /** The unit's last congress term has ended and no new one is recorded. */
  termEnded: z.boolean(),
});

export const unit = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  kind: unitKind,
  name: z.string(),
  code: z.string(),
  level: z.number().int(),
  childCount: z.number().int(),
  version: z.number().int(),
  foundedOn: isoDate.nullable(),
  dissolvedOn: isoDate.nullable(),
  successorId: z.uuid().nullable(),
  /** Subtree member counts (as of the requested date on lists with `asOf`). */
  counts: memberCounts,
  flags: unitFlags,
  /** The signed-in user may rename this unit / create units below it. */
  canEdit: z.boolean(),
  canAddChild: z.boolean(),
});
export type Unit = z.infer<typeof unit>;

const unitCode = line(40).regex(/^[\p{L}\p{N}_.-]+$/u);
const decision = {
  effectiveOn: isoDate,
  decisionRef: line(200),
  note: z.string().trim().max(2000).optional(),
};

export const createUnitBody = z.object({
  parentId: z.uuid(),
  kind: unitKind,
  name: line(300),
  code: unitCode,
  /** Founding date and decision; default today, no decision (a unit recorded after the fact). */
  effectiveOn: isoDate.optional(),
  decisionRef: line(200).optional(),
});
/** Corrects a typo in name or code without a dated event (a rename with a decision is `rename`). */
export const updateUnitBody = z.object({
  name: line(300).optional(),
  code: unitCode.optional(),
  version: z.int32().min(1),
  reason: z.string().trim().max(1000).optional(),
});
export const renameUnitBody = z.object({
  name: line(300),
  code: unitCode.optional(),
  version: z.int32().min(1),
  ...decision,
});
export const moveUnitBody = z.object({ parentId: z.uuid(), version: z.int32().min(1), ...decision });
export const mergeUnitBody = z.object({ successorId: z.uuid(), version: z.int32().min(1), ...decision });
export const dissolveUnitBody = z.object({ version: z.int32().min(1), ...decision });

/** Units found by name (folded: no tone marks, đ = d) in the user's scope, optionally under one unit. */
export const unitSearchQuery = z.object({
  q: z.string().trim().min(1).max(100),
  within: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const unitSearchHit = unit.extend({ parentName: z.string().nullable() });
export type UnitSearchHit = z.infer<typeof unitSearchHit>;
export const unitSearchResult = z.object({ items: z.array(unitSearchHit) });

export const unitPage = z.object({
  items: z.array(unit),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});
export const unitsQuery = z.object({ parentId: z.uuid().optional() });
export const unitsListQuery = unitsQuery.extend({
  /** The tree as it was on that date (names, places and member counts then). */
  asOf: isoDate.optional(),
  /** Include dissolved and merged units (default: only units existing on the date). */
  includeDissolved: z.stringbool().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  cursor: z.string().max(500).optional(),
});

export const unitEvent = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  kind: z.enum(unitEventKinds),
  effectiveOn: isoDate,
  decisionRef: z.string().nullable(),
  note: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type UnitEvent = z.infer<typeof unitEvent>;
/** Events of the unit and (with `subtree=true`) of every unit below it, newest first. */
export const unitEventsQuery = z.object({
  subtree: z.stringbool().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export const unitEventPage = z.object({
  items: z.array(unitEvent),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});

/** A path step for breadcrumbs: the unit's ancestors the user can read, root first. */
export const unitAncestors = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), kind: unitKind })),
});

export const term = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  label: z.string(),
  startsOn: isoDate,
  endsOn: isoDate,
  nextCongressDueOn: isoDate.nullable(),
  current: z.boolean(),
  version: z.number().int(),
});
export type Term = z.infer<typeof term>;
export const createTermBody = z.object({
  startsOn: isoDate,
  endsOn: isoDate,
  label: line(40).optional(),
  nextCongressDueOn: isoDate.optional(),
});

export const body = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  kind: bodyKind,
  name: z.string(),
  version: z.number().int(),
});
export const createBodyBody = z.object({ kind: bodyKind, name: line(200).optional() });

export const position = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  bodyId: z.uuid().nullable(),
  bodyName: z.string().nullable(),
  termId: z.uuid().nullable(),
  termLabel: z.string().nullable(),
  memberId: z.uuid(),
  memberName: z.string(),
  title: positionTitle,
  startsOn: isoDate,
  endsOn: isoDate.nullable(),
  decisionRef: z.string().nullable(),
  current: z.boolean(),
  version: z.number().int(),
});
export type Position = z.infer<typeof position>;
export const createPositionBody = z.object({
  memberId: z.uuid(),
  title: positionTitle,
  bodyId: z.uuid().optional(),
  termId: z.uuid().optional(),
  startsOn: isoDate,
  endsOn: isoDate.optional(),
  decisionRef: line(200).optional(),
});
export const endPositionBody = z.object({
  endsOn: isoDate,
  version: z.int32().min(1),
  reason: z.string().trim().max(1000).optional(),
});

/** The unit page's organisation part: bodies with current office holders, terms with who held what. */
export const unitOffices = z.object({
  bodies: z.array(body.extend({ holders: z.array(position) })),
  /** Offices held directly in the unit (a cell's secretary and deputy when it has no cell committee). */
  unitHolders: z.array(position),
  terms: z.array(term.extend({ positions: z.array(position) })),
});
export type UnitOffices = z.infer<typeof unitOffices>;
