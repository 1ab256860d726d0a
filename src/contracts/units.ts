import { z } from 'zod';
import { line } from './common';

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

export const unit = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  kind: unitKind,
  name: z.string(),
  code: z.string(),
  level: z.number().int(),
  childCount: z.number().int(),
  version: z.number().int(),
  /** The signed-in user may rename this unit / create units below it. */
  canEdit: z.boolean(),
  canAddChild: z.boolean(),
});
export type Unit = z.infer<typeof unit>;

export const unitsQuery = z.object({ parentId: z.uuid().optional() });
export const createUnitBody = z.object({
  parentId: z.uuid(),
  kind: unitKind,
  name: line(300),
  code: line(40).regex(/^[\p{L}\p{N}_.-]+$/u),
});
export const updateUnitBody = z.object({
  name: line(300).optional(),
  code: line(40)
    .regex(/^[\p{L}\p{N}_.-]+$/u)
    .optional(),
  version: z.int32().min(1),
  reason: z.string().trim().max(1000).optional(),
});

export const unitPage = z.object({
  items: z.array(unit),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});
export const unitsListQuery = unitsQuery.extend({
  limit: z.coerce.number().int().min(1).max(500).default(200),
  cursor: z.string().max(500).optional(),
});
