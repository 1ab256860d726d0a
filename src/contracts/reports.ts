import { z } from 'zod';
import { line, namedRef, optionalText } from './common';
import { isoDate } from './dates';
import { formDefinition, periodType, prefillSource } from './report-forms';

/**
 * Periodic reports of units (báo cáo định kỳ): one submission per form, unit and period. A draft is saved as
 * it is typed; it is sent, the level above accepts it or returns it with comments; accepted data is locked
 * (reopening is audited) and counts in the committee's aggregates.
 */

export const submissionStatuses = ['draft', 'submitted', 'returned', 'accepted'] as const;
export const submissionStatus = z.enum(submissionStatuses);
export type SubmissionStatus = z.infer<typeof submissionStatus>;

export const timelinessValues = ['on_time', 'late', 'missing', 'pending'] as const;
export const timelinessValue = z.enum(timelinessValues);

/** A period named by its key: `2026-W05`, `2026-03`, `2026-Q1`, `2026-H1`, `2026`, `2025-2030`. */
export const periodKey = z.string().trim().min(4).max(9);

export const periodInfo = z.object({
  type: periodType,
  key: z.string(),
  start: isoDate,
  end: isoDate,
  label: z.string(),
});
export type PeriodInfo = z.infer<typeof periodInfo>;

const cellValue = z.union([z.number(), z.string().max(20_000), z.null()]);
/** A table: its rows in order; fixed rows name their row key. */
export const tableValue = z.array(
  z.object({ row: z.string().max(40).optional(), cells: z.record(z.string().max(40), cellValue) }),
);
export const fieldValue = z.union([z.number(), z.string().max(20_000), z.null(), tableValue]);
export const submissionValues = z.record(z.string().max(40), fieldValue);
export type SubmissionValues = z.infer<typeof submissionValues>;
export type TableValue = z.infer<typeof tableValue>;

/** Where a pre-filled figure came from and what it was when computed (the user may change it). */
export const prefilledValue = z.object({
  source: prefillSource,
  value: z.number().nullable(),
  computedAt: z.string(),
});
export const prefilledValues = z.record(z.string(), prefilledValue);
export type PrefilledValues = z.infer<typeof prefilledValues>;

export const submissionEventKinds = ['submitted', 'returned', 'accepted', 'reopened'] as const;

export const submissionEvent = z.object({
  kind: z.enum(submissionEventKinds),
  at: z.string(),
  by: z.string().nullable(),
  comment: z.string().nullable(),
});

export const submissionSummary = z.object({
  id: z.uuid(),
  form: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  unit: namedRef,
  period: periodInfo,
  opensOn: isoDate,
  dueOn: isoDate,
  status: submissionStatus,
  /** The day it was sent (or received on paper); null while not sent. */
  sentOn: isoDate.nullable(),
  timeliness: timelinessValue,
  version: z.number().int(),
});
export type SubmissionSummary = z.infer<typeof submissionSummary>;

export const submissionDetail = submissionSummary.extend({
  formVersionNo: z.number().int(),
  definition: formDefinition,
  values: submissionValues,
  prefill: prefilledValues,
  receivedOnPaper: z.boolean(),
  reviewComment: z.string().nullable(),
  events: z.array(submissionEvent),
  /** What the user may do now. */
  canEdit: z.boolean(),
  canReview: z.boolean(),
  /** The user, as the level above, enters the unit's paper report: sending asks the day it arrived. */
  canEnterPaper: z.boolean(),
  updatedAt: z.string(),
});
export type SubmissionDetail = z.infer<typeof submissionDetail>;

/** Open (or create) the report of a unit for a period: a draft with the known figures filled in. */
export const openSubmissionBody = z.object({
  formId: z.uuid(),
  unitId: z.uuid(),
  periodKey,
});

/** Autosave of a draft (or a returned report): values are checked for shape, not yet for the rules. */
export const saveSubmissionBody = z.object({ values: submissionValues, version: z.int32().min(1) });

export const submitSubmissionBody = z.object({
  version: z.int32().min(1),
  /** A paper report entered by the level above: the day it arrived (on-time is judged by it). */
  receivedOn: isoDate.nullable().optional(),
});

export const reviewSubmissionBody = z.object({ version: z.int32().min(1), comment: optionalText(4000) });
export const returnSubmissionBody = z.object({ version: z.int32().min(1), comment: line(4000) });
export const reopenSubmissionBody = z.object({ version: z.int32().min(1), reason: line(2000) });
export const versionBody = z.object({ version: z.int32().min(1) });

export const submissionsQuery = z.object({
  /** Reports of this unit's subtree. */
  unitId: z.uuid(),
  formId: z.uuid().optional(),
  periodKey: periodKey.optional(),
  status: submissionStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
/** Counting the history stops at this many reports (a national tree has millions): `totalCapped`. */
export const submissionCountCap = 10_000;
export const submissionPage = z.object({
  items: z.array(submissionSummary),
  nextCursor: z.string().nullable(),
  /** The reports matching the filter (all pages), at most `submissionCountCap`. */
  total: z.number().int(),
  totalCapped: z.boolean(),
});

/** What a unit has to report now: per applicable form, the open periods and the unsent late ones. */
export const dueReportsQuery = z.object({ unitId: z.uuid() });
export const dueReport = z.object({
  form: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  unit: namedRef,
  period: periodInfo,
  opensOn: isoDate,
  dueOn: isoDate,
  submissionId: z.uuid().nullable(),
  status: submissionStatus.nullable(),
  timeliness: timelinessValue,
});
export type DueReport = z.infer<typeof dueReport>;
export const dueReportList = z.object({ items: z.array(dueReport) });

/** Reports waiting for the user's review (sent by units one level below a unit they write for). */
export const reviewQueueQuery = z.object({ unitId: z.uuid().optional() });
export const reviewQueue = z.object({ items: z.array(submissionSummary), total: z.number().int() });

/** The periods of a form a unit can be asked about: the latest `count`, newest first. */
export const formPeriodsQuery = z.object({ count: z.coerce.number().int().min(1).max(120).default(24) });
export const formPeriods = z.object({
  items: z.array(periodInfo.extend({ opensOn: isoDate, dueOn: isoDate })),
});
