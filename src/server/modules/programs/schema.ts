import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { documentTypeKeys } from '../../../contracts/documents';
import {
  petitionAuthorities,
  petitionEventKinds,
  petitionKinds,
  petitionStatuses,
} from '../../../contracts/petitions';
import { programItemKinds, programItemStatuses } from '../../../contracts/programs';
import { taskSourceKinds, taskStatuses } from '../../../contracts/tasks';
import { createdAt, id, ltree, tstz } from '../../db/columns';
import { users } from '../../platform/auth/schema';
import { documentFiles, documents } from '../documents/schema';
import { members } from '../members/schema';
import { unitBodies, units } from '../org/schema';

/**
 * The annual work program (chương trình làm việc) of a unit (a cell) or of one of its bodies (executive or
 * standing committee, inspection commission). `unit_path` copies the unit's path for subtree reads.
 */
export const workPrograms = pgTable(
  'work_programs',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: ltree('unit_path').notNull(),
    bodyId: uuid('body_id').references(() => unitBodies.id),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('work_programs_holder_year_uq').on(
      t.unitId,
      sql`coalesce(${t.bodyId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.year,
    ),
    index('work_programs_path_idx').using('gist', t.unitPath),
  ],
);

/**
 * An item of a work program: a planned document (its type; issuing the linked document marks it done) or an
 * activity, due in a month or a quarter (`due_on` is that period's last day).
 */
export const workProgramItems = pgTable(
  'work_program_items',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => workPrograms.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: programItemKinds }).notNull(),
    documentType: text('document_type', { enum: documentTypeKeys }),
    title: text('title').notNull(),
    dueMonth: integer('due_month'),
    dueQuarter: integer('due_quarter'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    responsibleBodyId: uuid('responsible_body_id').references(() => unitBodies.id),
    responsibleMemberId: uuid('responsible_member_id').references(() => members.id),
    /** A responsible office named in words ("Văn phòng Đảng ủy") when it is not a body or a member. */
    responsibleText: text('responsible_text'),
    status: text('status', { enum: programItemStatuses }).notNull().default('planned'),
    doneOn: date('done_on', { mode: 'string' }),
    documentId: uuid('document_id').references(() => documents.id),
    note: text('note'),
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('work_program_items_program_idx').on(t.programId, t.dueOn, t.position),
    index('work_program_items_document_idx').on(t.documentId),
    check(
      'work_program_items_period',
      sql`(${t.dueMonth} is null) <> (${t.dueQuarter} is null) and (${t.dueMonth} is null or ${t.dueMonth} between 1 and 12) and (${t.dueQuarter} is null or ${t.dueQuarter} between 1 and 4)`,
    ),
    check(
      'work_program_items_document_type',
      sql`(${t.kind} = 'document') = (${t.documentType} is not null)`,
    ),
    check('work_program_items_done', sql`(${t.status} = 'done') = (${t.doneOn} is not null)`),
  ],
);

/**
 * A task (nhiệm vụ) from a conclusion: of a meeting, a working session with the superior committee, an
 * inspection, a document, or given directly. The owner unit assigned it; the assignee unit (inside the owner's
 * subtree) carries it, optionally a named member. Who sees a task is decided by `assignee_path` alone (the
 * assignee lies in the owner's subtree, so a reader of the owner sees it too). `source_ref_id` names the
 * meeting, session or document, `source_item_id` the conclusion. A task with children rolls up their progress.
 */
export const tasks = pgTable(
  'tasks',
  {
    id: id(),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => units.id),
    ownerPath: ltree('owner_path').notNull(),
    assigneeUnitId: uuid('assignee_unit_id')
      .notNull()
      .references(() => units.id),
    assigneePath: ltree('assignee_path').notNull(),
    assigneeMemberId: uuid('assignee_member_id').references(() => members.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => tasks.id),
    weight: integer('weight').notNull().default(1),
    sourceKind: text('source_kind', { enum: taskSourceKinds }).notNull(),
    sourceRefId: uuid('source_ref_id'),
    sourceItemId: uuid('source_item_id'),
    /** What the source is, in words ("Hội nghị Ban Thường vụ ngày 05/11/2026"). */
    sourceTitle: text('source_title').notNull(),
    /** The conclusion's own text. */
    sourceText: text('source_text').notNull(),
    sourceDate: date('source_date', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    progress: integer('progress').notNull().default(0),
    status: text('status', { enum: taskStatuses }).notNull().default('open'),
    closedOn: date('closed_on', { mode: 'string' }),
    closeReason: text('close_reason'),
    nextReminderOn: date('next_reminder_on', { mode: 'string' }),
    nextReminderStage: text('next_reminder_stage', { enum: ['upcoming', 'due', 'overdue'] }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('tasks_assignee_path_idx').using('gist', t.assigneePath),
    // The board's and lists' counts read every column they test from these two (index-only scans): at a
    // national root they count hundreds of thousands of rows, which the heap would make seconds.
    index('tasks_open_due_idx')
      .on(t.dueOn, t.id, t.assigneePath, t.assigneeMemberId)
      .where(sql`${t.status} = 'open'`),
    index('tasks_closed_idx')
      .on(t.closedOn, t.id, t.status, t.assigneePath, t.assigneeMemberId)
      .where(sql`${t.status} <> 'open'`),
    index('tasks_parent_idx').on(t.parentId),
    index('tasks_source_idx').on(t.sourceRefId, t.sourceItemId),
    index('tasks_member_idx').on(t.assigneeMemberId),
    index('tasks_reminder_idx').on(t.nextReminderOn).where(sql`${t.status} = 'open'`),
    check('tasks_progress_range', sql`${t.progress} between 0 and 100`),
    check('tasks_weight_range', sql`${t.weight} between 1 and 100`),
    check('tasks_due_after_source', sql`${t.dueOn} >= ${t.sourceDate}`),
    check('tasks_closed', sql`(${t.status} = 'open') = (${t.closedOn} is null)`),
    check('tasks_not_own_parent', sql`${t.parentId} is distinct from ${t.id}`),
  ],
);

/** A progress report on a task: the new percentage, a note, optionally a file (in `document_files`). */
export const taskUpdates = pgTable(
  'task_updates',
  {
    id: id(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    progress: integer('progress').notNull(),
    note: text('note'),
    fileId: uuid('file_id').references(() => documentFiles.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('task_updates_task_idx').on(t.taskId, t.createdAt)],
);

export interface SessionParticipant {
  name: string;
  title: string | null;
}

/**
 * A working session (buổi làm việc) of the superior committee with this unit: who took part on both sides, the
 * report presented, the discussion; its conclusions (`working_session_conclusions`) become tasks.
 */
export const workingSessions = pgTable(
  'working_sessions',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: ltree('unit_path').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    superiorName: text('superior_name').notNull(),
    superiorUnitId: uuid('superior_unit_id').references(() => units.id),
    topic: text('topic').notNull(),
    place: text('place'),
    ourParticipants: jsonb('our_participants').$type<SessionParticipant[]>().notNull().default([]),
    theirParticipants: jsonb('their_participants').$type<SessionParticipant[]>().notNull().default([]),
    reportDocumentId: uuid('report_document_id').references(() => documents.id),
    reportSummary: text('report_summary'),
    discussionHtml: text('discussion_html').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('working_sessions_path_idx').using('gist', t.unitPath),
    index('working_sessions_unit_idx').on(t.unitId, t.heldOn),
  ],
);

export const workingSessionConclusions = pgTable(
  'working_session_conclusions',
  {
    id: id(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => workingSessions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('working_session_conclusions_session_idx').on(t.sessionId, t.position)],
);

/**
 * A proposal or recommendation (đề xuất, kiến nghị) sent upward by a cell or a member to a committee. Within
 * the committee's authority it is handled and answered there; beyond it, forwarded to the superior level and
 * tracked until the answer comes back. `from_path`/`to_path` copy the units' paths.
 */
export const petitions = pgTable(
  'petitions',
  {
    id: id(),
    kind: text('kind', { enum: petitionKinds }).notNull(),
    fromUnitId: uuid('from_unit_id')
      .notNull()
      .references(() => units.id),
    fromPath: ltree('from_path').notNull(),
    fromMemberId: uuid('from_member_id').references(() => members.id),
    submittedBy: uuid('submitted_by').references(() => users.id),
    toUnitId: uuid('to_unit_id')
      .notNull()
      .references(() => units.id),
    toPath: ltree('to_path').notNull(),
    subject: text('subject').notNull(),
    content: text('content').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    authority: text('authority', { enum: petitionAuthorities }),
    status: text('status', { enum: petitionStatuses }).notNull().default('received'),
    forwardedTo: text('forwarded_to'),
    forwardedOn: date('forwarded_on', { mode: 'string' }),
    superiorAnswer: text('superior_answer'),
    answeredOn: date('answered_on', { mode: 'string' }),
    reply: text('reply'),
    repliedOn: date('replied_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('petitions_to_path_idx').using('gist', t.toPath),
    index('petitions_from_path_idx').using('gist', t.fromPath),
    index('petitions_to_status_idx').on(t.toUnitId, t.status, t.receivedOn),
    index('petitions_submitter_idx').on(t.submittedBy),
  ],
);

/** The petition's history as its originator sees it: submitted, classified, forwarded, answered, replied. */
export const petitionEvents = pgTable(
  'petition_events',
  {
    id: id(),
    petitionId: uuid('petition_id')
      .notNull()
      .references(() => petitions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: petitionEventKinds }).notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    note: text('note'),
    by: uuid('by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('petition_events_petition_idx').on(t.petitionId, t.createdAt)],
);
