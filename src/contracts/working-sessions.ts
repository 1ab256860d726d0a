import { z } from 'zod';
import { line, namedRef, optionalText, page, pageQuery } from './common';
import { isoDate } from './dates';
import { taskSummary } from './tasks';

/** Working sessions (buổi làm việc) of the superior committee with this unit. */

export const sessionParticipant = z.object({ name: line(200), title: optionalText(200) });

const sessionFields = {
  heldOn: isoDate,
  superiorName: line(300),
  superiorUnitId: z.uuid().nullable().optional(),
  topic: line(500),
  place: optionalText(200),
  ourParticipants: z.array(sessionParticipant).max(100).default([]),
  theirParticipants: z.array(sessionParticipant).max(100).default([]),
  /** The report this unit presented, from its document registry. */
  reportDocumentId: z.uuid().nullable().optional(),
  reportSummary: optionalText(5000),
  /** Rich text, sanitised on the server. */
  discussionHtml: z.string().max(200_000).default(''),
};
export const createSessionBody = z.object({ unitId: z.uuid(), ...sessionFields });
export const updateSessionBody = z.object({
  ...sessionFields,
  heldOn: isoDate.optional(),
  superiorName: line(300).optional(),
  topic: line(500).optional(),
  ourParticipants: z.array(sessionParticipant).max(100).optional(),
  theirParticipants: z.array(sessionParticipant).max(100).optional(),
  discussionHtml: z.string().max(200_000).optional(),
  version: z.int32().min(1),
});

const conclusionTask = z.object({
  assigneeUnitId: z.uuid(),
  assigneeMemberId: z.uuid().nullable().optional(),
  title: line(500).optional(),
  dueOn: isoDate,
});

/** A conclusion of the session and the tasks it gives: one per assignee unit (e.g. two cells). */
export const sessionConclusionBody = z.object({
  text: line(5000),
  tasks: z.array(conclusionTask).max(100).default([]),
  /** The session's version. */
  version: z.int32().min(1),
});
/** A conclusion's text corrected and/or more tasks given from it (existing tasks change on the tasks pages). */
export const updateConclusionBody = z.object({
  text: line(5000).optional(),
  tasks: z.array(conclusionTask).max(100).default([]),
  version: z.int32().min(1),
});
export const sessionVersionQuery = z.object({ version: z.coerce.number().int().min(1) });
export const conclusionParams = z.object({ id: z.uuid(), conclusionId: z.uuid() });

export const sessionConclusion = z.object({
  id: z.uuid(),
  position: z.number().int(),
  text: z.string(),
  tasks: z.array(taskSummary),
});

export const sessionSummary = z.object({
  id: z.uuid(),
  unit: namedRef,
  heldOn: isoDate,
  superiorName: z.string(),
  topic: z.string(),
  conclusionCount: z.number().int(),
  taskCount: z.number().int(),
  doneCount: z.number().int(),
  overdueCount: z.number().int(),
  version: z.number().int(),
});
export const sessionsQuery = pageQuery.extend({ unitId: z.uuid() });
export const sessionPage = page(sessionSummary);

export const sessionDetail = sessionSummary.extend({
  superiorUnit: namedRef.nullable(),
  place: z.string().nullable(),
  ourParticipants: z.array(z.object({ name: z.string(), title: z.string().nullable() })),
  theirParticipants: z.array(z.object({ name: z.string(), title: z.string().nullable() })),
  reportDocument: z
    .object({ id: z.uuid(), numberText: z.string().nullable(), summary: z.string() })
    .nullable(),
  reportSummary: z.string().nullable(),
  discussionHtml: z.string(),
  conclusions: z.array(sessionConclusion),
  canEdit: z.boolean(),
});
export type SessionDetail = z.infer<typeof sessionDetail>;

/** The follow-up report (báo cáo kết quả thực hiện kết luận), assembled from the conclusions' tasks. */
export const followUpReport = z.object({
  session: sessionSummary,
  asOf: isoDate,
  conclusions: z.array(
    z.object({
      position: z.number().int(),
      text: z.string(),
      tasks: z.array(taskSummary.extend({ lastNote: z.string().nullable() })),
      /** done: every task done; in_progress; overdue: one past its deadline; none: no task given. */
      state: z.enum(['done', 'in_progress', 'overdue', 'none']),
    }),
  ),
  totals: z.object({ tasks: z.number().int(), done: z.number().int(), overdue: z.number().int() }),
});
export type FollowUpReport = z.infer<typeof followUpReport>;

/** What the new-session form starts from: the unit's parent, the usual superior committee. */
export const sessionDefaultsQuery = z.object({ unitId: z.uuid() });
export const sessionDefaults = z.object({ superiorUnit: namedRef.nullable() });
