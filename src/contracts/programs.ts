import { z } from 'zod';
import { line, namedRef, optionalText } from './common';
import { isoDate } from './dates';
import { documentType } from './documents';

/** Annual work programs (chương trình làm việc) of a unit or of one of its bodies. */

export const programItemKinds = ['document', 'activity'] as const;
export const programItemKind = z.enum(programItemKinds);
/** planned → in_progress (e.g. a draft is linked) → done; or cancelled with a reason. */
export const programItemStatuses = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export const programItemStatus = z.enum(programItemStatuses);
export type ProgramItemStatus = z.infer<typeof programItemStatus>;

export const programYear = z.coerce.number().int().min(2000).max(2100);

export const programsQuery = z.object({
  unitId: z.uuid(),
  year: programYear.optional(),
  /** Programs of the unit's whole subtree (the committee looking at its cells' programs). */
  subtree: z.coerce.boolean().default(false),
});

export const programSummary = z.object({
  id: z.uuid(),
  unit: namedRef,
  body: namedRef.extend({ kind: z.string() }).nullable(),
  year: z.number().int(),
  title: z.string(),
  itemCount: z.number().int(),
  doneCount: z.number().int(),
  lateCount: z.number().int(),
  version: z.number().int(),
});
export const programList = z.object({ items: z.array(programSummary) });

export const createProgramBody = z.object({
  unitId: z.uuid(),
  /** A body of the unit (executive or standing committee, inspection commission); none for a cell's own program. */
  bodyId: z.uuid().nullable().optional(),
  year: programYear,
  title: line(300).optional(),
  note: optionalText(2000),
  /** Start from last year's program of the same unit or body: its items are copied, planned again. */
  copyPrevious: z.boolean().default(false),
});

export const updateProgramBody = z.object({
  title: line(300).optional(),
  note: optionalText(2000),
  version: z.int32().min(1),
});

const itemFields = {
  kind: programItemKind,
  /** Required for planned documents. */
  documentType: documentType.nullable().optional(),
  title: line(1000),
  /** Due in a month (1–12) or a quarter (1–4) of the program's year: exactly one. */
  dueMonth: z.int32().min(1).max(12).nullable().optional(),
  dueQuarter: z.int32().min(1).max(4).nullable().optional(),
  responsibleBodyId: z.uuid().nullable().optional(),
  responsibleMemberId: z.uuid().nullable().optional(),
  responsibleText: optionalText(300),
  note: optionalText(2000),
};
export const createProgramItemBody = z.object(itemFields);
export const updateProgramItemBody = z.object({
  ...itemFields,
  kind: programItemKind.optional(),
  title: line(1000).optional(),
  version: z.int32().min(1),
});
export const programItemStatusBody = z.object({
  status: z.enum(['planned', 'in_progress', 'done', 'cancelled']),
  /** The day an activity was done (default today); not for planned documents, which are done when issued. */
  doneOn: isoDate.nullable().optional(),
  /** Required when cancelling. */
  reason: optionalText(1000),
  version: z.int32().min(1),
});
/** Links a registered document of the unit to a planned-document item; an issued one marks the item done. */
export const linkProgramDocumentBody = z.object({ documentId: z.uuid(), version: z.int32().min(1) });

export const programItem = z.object({
  id: z.uuid(),
  position: z.number().int(),
  kind: programItemKind,
  documentType: documentType.nullable(),
  title: z.string(),
  dueMonth: z.number().int().nullable(),
  dueQuarter: z.number().int().nullable(),
  dueOn: isoDate,
  responsibleBody: namedRef.nullable(),
  responsibleMember: namedRef.nullable(),
  responsibleText: z.string().nullable(),
  status: programItemStatus,
  doneOn: isoDate.nullable(),
  /** Not done and its period over, or done after it. */
  late: z.boolean(),
  document: z
    .object({ id: z.uuid(), numberText: z.string().nullable(), summary: z.string(), status: z.string() })
    .nullable(),
  note: z.string().nullable(),
  cancelReason: z.string().nullable(),
  version: z.number().int(),
});
export type ProgramItem = z.infer<typeof programItem>;

export const quarterShare = z.object({
  quarter: z.number().int(),
  /** Items of the quarter already due or done (cancelled ones do not count). */
  counted: z.number().int(),
  onTime: z.number().int(),
  /** onTime / counted; null when nothing counts yet. */
  share: z.number().nullable(),
});

export const programDetail = programSummary.extend({
  note: z.string().nullable(),
  items: z.array(programItem),
  quarters: z.array(quarterShare),
  canEdit: z.boolean(),
});
export type ProgramDetail = z.infer<typeof programDetail>;

/** Open planned-document items of a unit's programs, for the documents form's "part of the work program" picker. */
export const openDocumentItemsQuery = z.object({ unitId: z.uuid(), type: documentType.optional() });
export const openDocumentItem = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  programTitle: z.string(),
  documentType: documentType,
  title: z.string(),
  dueOn: isoDate,
  status: programItemStatus,
});
export const openDocumentItems = z.object({ items: z.array(openDocumentItem) });
export const itemParams = z.object({ itemId: z.uuid() });
