import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { FormDefinition } from '../../../contracts/report-forms';
import { builtInForms, formStatuses } from '../../../contracts/report-forms';
import type { PrefilledValues, SubmissionValues } from '../../../contracts/reports';
import { submissionEventKinds, submissionStatuses } from '../../../contracts/reports';
import { periodTypes } from '../../../domain/report-periods';
import { createdAt, id, ltree, tstz } from '../../db/columns';
import { users } from '../../platform/auth/schema';
import { units } from '../org/schema';

/**
 * A report form. `owner_unit_id` is the committee whose subtree submits it (null: built in, for every unit of
 * the submitting kinds). The definition lives in `report_form_versions`; `current_version_no` names the one new
 * reports are filled in.
 */
export const reportForms = pgTable(
  'report_forms',
  {
    id: id(),
    ownerUnitId: uuid('owner_unit_id').references(() => units.id),
    ownerPath: ltree('owner_path'),
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    builtIn: text('built_in', { enum: builtInForms }),
    periodType: text('period_type', { enum: periodTypes }).notNull(),
    submitterKinds: text('submitter_kinds').array().notNull(),
    dueDays: integer('due_days').notNull(),
    opensDaysBefore: integer('opens_days_before').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: formStatuses }).notNull().default('active'),
    currentVersionNo: integer('current_version_no').notNull().default(1),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('report_forms_owner_code_uq').on(
      sql`coalesce(${t.ownerUnitId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.code,
    ),
    index('report_forms_owner_path_idx').using('gist', t.ownerPath),
  ],
);

/** Every version of a form's definition; never changed once written. */
export const reportFormVersions = pgTable(
  'report_form_versions',
  {
    id: id(),
    formId: uuid('form_id')
      .notNull()
      .references(() => reportForms.id),
    versionNo: integer('version_no').notNull(),
    definition: jsonb('definition').$type<FormDefinition>().notNull(),
    changeNote: text('change_note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('report_form_versions_uq').on(t.formId, t.versionNo)],
);

/**
 * One unit's report for one period of a form. The period's window (`opens_on`, `due_on`) is copied when the
 * report is opened, so a later change of the form's deadline does not change past reports. `sent_on` is the day
 * it was sent (or received on paper) and `on_time` is judged against `due_on` then.
 */
export const reportSubmissions = pgTable(
  'report_submissions',
  {
    id: id(),
    formId: uuid('form_id')
      .notNull()
      .references(() => reportForms.id),
    formVersionNo: integer('form_version_no').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: ltree('unit_path').notNull(),
    periodKey: text('period_key').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: submissionStatuses }).notNull().default('draft'),
    values: jsonb('values').$type<SubmissionValues>().notNull().default({}),
    prefill: jsonb('prefill').$type<PrefilledValues>().notNull().default({}),
    sentOn: date('sent_on', { mode: 'string' }),
    sentAt: tstz('sent_at'),
    sentBy: uuid('sent_by').references(() => users.id),
    receivedOnPaper: boolean('received_on_paper').notNull().default(false),
    onTime: boolean('on_time'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: tstz('reviewed_at'),
    reviewComment: text('review_comment'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('report_submissions_unit_period_uq').on(t.formId, t.unitId, t.periodKey),
    // Completeness and aggregation count a form's reports of a period by unit, status and days from this
    // index alone (no heap visit per report; 300,000 a month at the national root).
    index('report_submissions_form_period_idx').on(
      t.formId,
      t.periodKey,
      t.unitId,
      t.status,
      t.sentOn,
      t.dueOn,
      t.receivedOnPaper,
      t.unitPath,
    ),
    index('report_submissions_path_idx').using('gist', t.unitPath),
  ],
);

/** The review timeline of a report: sent, returned (with the comment), accepted, reopened (with the reason). */
export const reportSubmissionEvents = pgTable(
  'report_submission_events',
  {
    id: id(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => reportSubmissions.id),
    kind: text('kind', { enum: submissionEventKinds }).notNull(),
    comment: text('comment'),
    byUserId: uuid('by_user_id').references(() => users.id),
    at: createdAt(),
  },
  (t) => [index('report_submission_events_idx').on(t.submissionId, t.at)],
);

/**
 * Accepted figures added up per unit: for every numeric field (and fixed-table cell, keyed `field.row.column`)
 * of an accepted report, its value counts in the row of the report's unit and of each ancestor. A subtree's
 * total for a period, and its trend over periods, is then one indexed read at any size of tree. Kept in the
 * transaction that accepts or reopens a report, and moved with units (`org-hooks.ts`). Derived data.
 */
export const reportTotals = pgTable(
  'report_totals',
  {
    formId: uuid('form_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    periodKey: text('period_key').notNull(),
    fieldKey: text('field_key').notNull(),
    total: doublePrecision('total').notNull(),
    /** Accepted reports that gave a value for the field (the divisor of an average). */
    reports: integer('reports').notNull(),
  },
  (t) => [primaryKey({ columns: [t.formId, t.unitId, t.periodKey, t.fieldKey] })],
);

/** Reminders sent to a unit about a report it has not sent (one per unit, report and day). */
export const reportReminders = pgTable(
  'report_reminders',
  {
    formId: uuid('form_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    periodKey: text('period_key').notNull(),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    automatic: boolean('automatic').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.formId, t.unitId, t.periodKey, t.sentOn] })],
);

export const themeStatuses = ['open', 'handling', 'handled'] as const;

/**
 * A theme of opinion (chủ đề dư luận) a committee follows across its cells' ideological-situation reports,
 * tracked until handled.
 */
export const reportThemes = pgTable(
  'report_themes',
  {
    id: id(),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => units.id),
    ownerPath: ltree('owner_path').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    status: text('status', { enum: themeStatuses }).notNull().default('open'),
    handlingNote: text('handling_note'),
    handledOn: date('handled_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('report_themes_owner_name_uq').on(t.ownerUnitId, sql`lower(${t.name})`),
    index('report_themes_owner_path_idx').using('gist', t.ownerPath),
  ],
);

/** One row of a sent report's opinion table that names a theme: which unit raised it, in which period. */
export const reportThemeMentions = pgTable(
  'report_theme_mentions',
  {
    id: id(),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => reportThemes.id),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => reportSubmissions.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: ltree('unit_path').notNull(),
    periodKey: text('period_key').notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    content: text('content').notNull(),
    proposal: text('proposal'),
    createdAt: createdAt(),
  },
  (t) => [
    index('report_theme_mentions_theme_idx').on(t.themeId, t.periodEnd),
    index('report_theme_mentions_submission_idx').on(t.submissionId),
    index('report_theme_mentions_path_idx').using('gist', t.unitPath),
  ],
);
