import { z } from 'zod';
import { namedRef, uploadQuery } from './common';
import { prefillSource } from './report-forms';
import { periodInfo, periodKey } from './reports';

/**
 * The committee's mid-year or year-end review report (báo cáo sơ kết 6 tháng, tổng kết năm), drafted from the
 * data of the period and the accepted reports of the units below: a preview for the page, the .docx the office
 * edits in Word, and the registration of the final as an outgoing report of the documents module.
 */

/** Form ids, comma separated (`formIds=a,b`); none: every form the unit's subtree submits. */
const formIdList = z
  .string()
  .max(2000)
  .optional()
  .transform((value) => (value ? [...new Set(value.split(',').map((id) => id.trim()))] : []))
  .pipe(z.array(z.uuid()).max(30));

export const synthesisQuery = z.object({
  unitId: z.uuid(),
  /** A half year (`2026-H1`, `2026-H2`) or a year (`2026`). */
  periodKey,
  formIds: formIdList,
});
export type SynthesisQuery = z.input<typeof synthesisQuery>;

export const synthesisRegisterQuery = uploadQuery.extend({ unitId: z.uuid(), periodKey });

export const synthesisFormRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

/** A figure of the period computed from the modules' data. */
export const synthesisStatistic = z.object({
  key: prefillSource,
  label: z.string(),
  /** Null when the product cannot tell (the module holds no data for it). */
  value: z.number().nullable(),
  unit: z.string(),
});

/** How the units below reported on one form over the periods inside the review. */
export const synthesisCompleteness = z.object({
  form: synthesisFormRef,
  /** The form's periods inside the review, e.g. the six months of a half year. */
  periods: z.number().int(),
  expected: z.number().int(),
  sent: z.number().int(),
  onTime: z.number().int(),
  accepted: z.number().int(),
});

export const synthesisTotal = z.object({
  key: z.string(),
  label: z.string(),
  unit: z.string().nullable(),
  aggregate: z.enum(['sum', 'avg']),
  /** Sum over the periods, or the mean of the reports' values for an average; null when no report gave it. */
  value: z.number().nullable(),
  /** Accepted reports that gave a value. */
  reports: z.number().int(),
});

export const synthesisNarrative = z.object({
  form: synthesisFormRef,
  section: z.string(),
  field: z.object({ key: z.string(), label: z.string() }),
  /** Accepted reports whose text for the field is compiled into the draft. */
  entries: z.number().int(),
});

export const synthesisPreview = z.object({
  unit: namedRef,
  superiorName: z.string().nullable(),
  period: periodInfo,
  /** "Báo cáo sơ kết 6 tháng đầu năm 2026": the document's kind and summary as registered. */
  title: z.string(),
  summary: z.string(),
  /** Forms the unit's subtree submits (to choose from) and those included. */
  availableForms: z.array(synthesisFormRef.extend({ periodType: z.string() })),
  forms: z.array(synthesisFormRef),
  statistics: z.array(synthesisStatistic),
  completeness: z.array(synthesisCompleteness),
  totals: z.array(z.object({ form: synthesisFormRef, fields: z.array(synthesisTotal) })),
  narratives: z.array(synthesisNarrative),
  /** The headings left for the committee's own judgement, highlighted in the draft. */
  placeholders: z.array(z.string()),
  /** The user may register the final report (a writer of the unit). */
  canRegister: z.boolean(),
  /** The unit's own issuer in the registry (its name heads the draft); registering needs one. */
  issuerName: z.string().nullable(),
});
export type SynthesisPreview = z.infer<typeof synthesisPreview>;

export const synthesisRegistered = z.object({ documentId: z.uuid() });
