import dayjs, { type Dayjs } from 'dayjs';
import type { Member } from '../../../contracts/members';
import type { MemberStatus } from '../../../domain/member-codes';

/** Free-text fields of the record (an empty box means "not recorded": null). */
export const textFields = [
  'fullName',
  'citizenId',
  'hometownOld',
  'hometownNew',
  'residenceOld',
  'residenceNew',
  'admissionAgeException',
  'cardNumber',
  'recordNumber',
  'generalEducation',
  'major',
  'job',
  'workplace',
  'phone',
  'email',
] as const;
/** Date fields: a DatePicker in the form, 'YYYY-MM-DD' in the API. */
export const dateFields = ['birthDate', 'admissionDate', 'officialDate'] as const;
/** Fields chosen from a code list. */
export const codeFields = [
  'sex',
  'ethnicityCode',
  'religionCode',
  'professionalDegree',
  'academicTitle',
  'theoryLevel',
] as const;

export type TextField = (typeof textFields)[number];
export type DateField = (typeof dateFields)[number];
export type CodeField = (typeof codeFields)[number];
export type RecordField = TextField | DateField | CodeField;
export const recordFields: readonly RecordField[] = [...textFields, ...dateFields, ...codeFields];

/** What the member form holds: texts as typed, dates as dayjs values, codes as selected. */
export type MemberFormValues = Partial<Record<TextField, string | null>> &
  Partial<Record<DateField, Dayjs | null>> &
  Partial<Record<CodeField, string | null>> & {
    /** Creation only: the cell, the status and the date it took effect. */
    unitId?: string;
    status?: MemberStatus;
    statusSince?: Dayjs | null;
    /** Editing only: why the record changed (kept in the audit log). */
    reason?: string;
  };

/** The record as the API takes it: trimmed text, ISO dates, null for anything left empty. */
export type RecordValues = Record<RecordField, string | null>;

const textOrNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.normalize('NFC').trim();
  return trimmed ? trimmed : null;
};
const isoOrNull = (value: Dayjs | null | undefined): string | null =>
  value?.isValid() ? value.format('YYYY-MM-DD') : null;

export function recordValues(values: MemberFormValues): RecordValues {
  const out = {} as RecordValues;
  for (const field of textFields) out[field] = textOrNull(values[field]);
  for (const field of dateFields) out[field] = isoOrNull(values[field]);
  for (const field of codeFields) out[field] = values[field] ?? null;
  return out;
}

/** The form's starting values for an existing record. */
export function formValuesOf(member: Member): MemberFormValues {
  const values: MemberFormValues = {};
  for (const field of textFields) values[field] = member[field] ?? '';
  for (const field of dateFields) {
    const value = member[field];
    values[field] = value ? dayjs(value) : null;
  }
  for (const field of codeFields) values[field] = member[field] ?? undefined;
  return values;
}

/** Only the fields the user changed, so that an edit never rewrites what it did not touch. */
export function changedFields(member: Member, values: MemberFormValues): Partial<RecordValues> {
  const next = recordValues(values);
  const changes: Partial<RecordValues> = {};
  for (const field of recordFields) {
    const before = member[field] ?? null;
    if (next[field] !== before) changes[field] = next[field];
  }
  return changes;
}

/** The body of POST /api/members: empty fields are left out, the server applies its defaults. */
export function createBody(values: MemberFormValues): Record<string, string> {
  const body: Record<string, string> = {};
  for (const [field, value] of Object.entries(recordValues(values))) {
    if (value !== null) body[field] = value;
  }
  if (values.unitId) body.unitId = values.unitId;
  if (values.status) body.status = values.status;
  const since = isoOrNull(values.statusSince);
  if (since) body.statusSince = since;
  return body;
}

/** Fields whose values differ between two versions of the record (what someone else changed meanwhile). */
export function differingFields(a: Member, b: Member): RecordField[] {
  return recordFields.filter((field) => (a[field] ?? null) !== (b[field] ?? null));
}

/**
 * After a stale save: the form values to show on top of the latest version. Fields the user edited keep the
 * user's entry; fields someone else changed meanwhile (and the user did not touch) take the latest value, so
 * that saving again does not undo the other person's work.
 */
export function rebaseOnLatest(
  base: Member,
  latest: Member,
  values: MemberFormValues,
): { values: MemberFormValues; theirs: RecordField[] } {
  const mine = new Set(Object.keys(changedFields(base, values)));
  const theirs = differingFields(base, latest);
  const latestValues = formValuesOf(latest);
  const rebased: MemberFormValues = { ...values };
  for (const field of theirs) {
    if (!mine.has(field)) Object.assign(rebased, { [field]: latestValues[field] });
  }
  return { values: rebased, theirs };
}
