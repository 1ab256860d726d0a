import { z } from 'zod';
import { line, namedRef, optionalText, page, pageQuery } from './common';
import { isoDate } from './dates';

/** Tasks (nhiệm vụ) from conclusions, tracked to their deadline. */

/** meeting: a conclusion of a meeting; working_session: of a session with the superior committee. */
export const taskSourceKinds = ['meeting', 'working_session', 'inspection', 'document', 'direct'] as const;
export const taskSourceKind = z.enum(taskSourceKinds);
export type TaskSourceKind = z.infer<typeof taskSourceKind>;
export const taskStatuses = ['open', 'done', 'cancelled'] as const;
export const taskStatus = z.enum(taskStatuses);
export type TaskStatus = z.infer<typeof taskStatus>;

export const progress = z.int32().min(0).max(100);

export const createTaskBody = z.object({
  /** The unit assigning the task (its committee writes); the assignee must lie in its subtree. */
  ownerUnitId: z.uuid(),
  assigneeUnitId: z.uuid(),
  assigneeMemberId: z.uuid().nullable().optional(),
  parentId: z.uuid().nullable().optional(),
  weight: z.int32().min(1).max(100).default(1),
  /** Meeting and working-session tasks come from their own pages; here: inspection, document or direct. */
  sourceKind: z.enum(['inspection', 'document', 'direct']),
  /** The document (registry id) a `document` task implements. */
  sourceRefId: z.uuid().nullable().optional(),
  sourceTitle: line(300),
  sourceText: line(5000),
  sourceDate: isoDate,
  title: line(500),
  description: optionalText(5000),
  dueOn: isoDate,
});

export const updateTaskBody = z.object({
  title: line(500).optional(),
  description: optionalText(5000),
  assigneeUnitId: z.uuid().optional(),
  assigneeMemberId: z.uuid().nullable().optional(),
  parentId: z.uuid().nullable().optional(),
  weight: z.int32().min(1).max(100).optional(),
  dueOn: isoDate.optional(),
  version: z.int32().min(1),
});

/** A progress report: 100 marks the task done (a task with children takes its progress from them). */
export const taskProgressBody = z.object({
  progress,
  note: optionalText(5000),
  version: z.int32().min(1),
});
export const closeTaskBody = z.object({
  status: z.enum(['done', 'cancelled']),
  /** Required when cancelling. */
  reason: optionalText(1000),
  version: z.int32().min(1),
});
export const reopenTaskBody = z.object({ reason: line(1000), version: z.int32().min(1) });

export const taskSource = z.object({
  kind: taskSourceKind,
  refId: z.uuid().nullable(),
  title: z.string(),
  text: z.string(),
  date: isoDate,
  /** A web path to the meeting, session or document, when there is one. */
  link: z.string().nullable(),
});

export const taskSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  ownerUnit: namedRef,
  assigneeUnit: namedRef,
  assigneeMember: namedRef.nullable(),
  source: taskSource,
  dueOn: isoDate,
  progress: z.number().int(),
  status: taskStatus,
  closedOn: isoDate.nullable(),
  overdue: z.boolean(),
  /** Done after its deadline. */
  late: z.boolean(),
  parentId: z.uuid().nullable(),
  childCount: z.number().int(),
  version: z.number().int(),
});
export type TaskSummary = z.infer<typeof taskSummary>;

export const taskUpdate = z.object({
  id: z.uuid(),
  progress: z.number().int(),
  note: z.string().nullable(),
  file: z.object({ id: z.uuid(), fileName: z.string(), size: z.number().int() }).nullable(),
  by: z.string().nullable(),
  at: z.string(),
});

export const taskDetail = taskSummary.extend({
  description: z.string().nullable(),
  weight: z.number().int(),
  closeReason: z.string().nullable(),
  parent: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  children: z.array(taskSummary),
  updates: z.array(taskUpdate),
  /** Progress is rolled up from children (it cannot be reported on the task itself). */
  rolledUp: z.boolean(),
  canEdit: z.boolean(),
  canReport: z.boolean(),
});
export type TaskDetail = z.infer<typeof taskDetail>;

export const taskListQuery = pageQuery.extend({
  unitId: z.uuid(),
  /** subtree: tasks assigned anywhere under the unit; own: assigned to the unit itself. */
  reach: z.enum(['subtree', 'own']).default('subtree'),
  status: z.enum(['open', 'overdue', 'due_week', 'done', 'cancelled', 'all']).default('open'),
  sourceKind: taskSourceKind.optional(),
  q: z.string().trim().max(200).optional(),
});
export const taskPage = page(taskSummary);

/** The board of a unit: overdue, due this week (to Sunday), done in the last 30 days; each with its total. */
export const taskBoardQuery = z.object({
  unitId: z.uuid(),
  reach: z.enum(['subtree', 'own']).default('subtree'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
const boardColumn = z.object({ items: z.array(taskSummary), total: z.number().int() });
export const taskBoard = z.object({
  today: isoDate,
  weekEnds: isoDate,
  overdue: boardColumn,
  dueThisWeek: boardColumn,
  done: boardColumn,
  openTotal: z.number().int(),
});
export type TaskBoard = z.infer<typeof taskBoard>;

/** Tasks of the signed-in user: assigned to their member record. */
export const myTasks = z.object({ items: z.array(taskSummary) });
