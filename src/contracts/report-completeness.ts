import { z } from 'zod';
import { namedRef } from './common';
import { isoDate } from './dates';
import { periodType } from './report-forms';
import { periodInfo, periodKey, submissionStatus, timelinessValue } from './reports';
import { unitKind } from './units';

/**
 * Completeness and timeliness of a form's reports for a unit's subtree and a period (DHIS2: expected vs actual
 * reports, and on time). A unit is expected when it is of a submitting kind, lies under the form's owner and
 * existed at the period's end, and the period ends on or after the day the form applies from.
 *
 * A report counts as sent once it was sent (or received on paper) and not taken back to draft: statuses
 * submitted, returned and accepted. A returned report was still sent — on time or not by its `sent_on` (sending
 * it again moves that day) — and is also counted apart, as it waits for the unit's correction. On time: sent on
 * or before the due day; late: sent after it; missing: not sent and the due day has passed; pending: not sent,
 * not yet due. expected = sent + missing + pending; sent = onTime + late.
 */

export const completenessQuery = z.object({ formId: z.uuid(), periodKey, unitId: z.uuid() });

export const completenessCounts = z.object({
  expected: z.number().int(),
  sent: z.number().int(),
  accepted: z.number().int(),
  returned: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  pending: z.number().int(),
  /** sent / expected (null when nothing is expected). */
  sentRate: z.number().nullable(),
  /** onTime / expected (null when nothing is expected). */
  onTimeRate: z.number().nullable(),
});
export type CompletenessCounts = z.infer<typeof completenessCounts>;

/** The report of one expected unit. */
export const unitReportState = z.object({
  timeliness: timelinessValue,
  /** Null while the unit has not opened its report. */
  submissionId: z.uuid().nullable(),
  status: submissionStatus.nullable(),
  sentOn: isoDate.nullable(),
  receivedOnPaper: z.boolean(),
});
export type UnitReportState = z.infer<typeof unitReportState>;

const unitRef = namedRef.extend({ kind: unitKind });

export const completenessChild = z.object({
  unit: unitRef,
  /** Totals of the child's subtree (itself included). */
  counts: completenessCounts,
  /** Units below the child are expected: the row drills down. */
  hasChildren: z.boolean(),
  /** The child's own report, when the child itself is expected. */
  own: unitReportState.nullable(),
});
export type CompletenessChild = z.infer<typeof completenessChild>;

export const completenessView = z.object({
  form: z.object({ id: z.uuid(), code: z.string(), name: z.string(), periodType }),
  period: periodInfo,
  opensOn: isoDate,
  dueOn: isoDate,
  today: isoDate,
  unit: unitRef,
  /** The unit's ancestors the user may read, top first, then the unit: the breadcrumb. */
  trail: z.array(namedRef),
  totals: completenessCounts,
  /** The unit's own report, when the unit itself is expected. */
  own: unitReportState.nullable(),
  /** One row per child unit with something expected in its subtree, in name order. */
  children: z.array(completenessChild),
  /** The user may remind the subtree's units (a writer of the unit). */
  canRemind: z.boolean(),
});
export type CompletenessView = z.infer<typeof completenessView>;

export const completenessStatusFilters = ['all', 'missing', 'late', 'on_time', 'pending'] as const;

export const completenessUnitsQuery = completenessQuery.extend({
  status: z.enum(completenessStatusFilters).default('all'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const completenessUnit = z.object({
  unit: unitRef,
  parent: namedRef.nullable(),
  report: unitReportState,
  /** The last day the unit was reminded of this report. */
  remindedOn: isoDate.nullable(),
});
export type CompletenessUnit = z.infer<typeof completenessUnit>;

export const completenessUnitPage = z.object({
  items: z.array(completenessUnit),
  nextCursor: z.string().nullable(),
});

export const remindBody = completenessQuery;
export const remindResult = z.object({
  /** Units whose secretaries and committee were notified now. */
  reminded: z.number().int(),
  /** Missing units already reminded today (once a day at most). */
  alreadyToday: z.number().int(),
});
export type RemindResult = z.infer<typeof remindResult>;
