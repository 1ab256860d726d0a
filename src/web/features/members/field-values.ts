import type { TFunction } from 'i18next';
import { formatDate } from '../../app/format';
import {
  type CodeLabels,
  ethnicityLabel,
  isAcademicTitle,
  isMemberStatus,
  isProfessionalDegree,
  isSex,
  isTheoryLevel,
  religionLabel,
} from './labels';

/** Fields of the member record the form and the history name; their labels live in memberForm.fields. */
export const labelledFields = [
  'fullName',
  'birthDate',
  'sex',
  'ethnicityCode',
  'religionCode',
  'citizenId',
  'hometownOld',
  'hometownNew',
  'residenceOld',
  'residenceNew',
  'admissionDate',
  'officialDate',
  'admissionAgeException',
  'cardNumber',
  'recordNumber',
  'generalEducation',
  'professionalDegree',
  'major',
  'academicTitle',
  'theoryLevel',
  'job',
  'workplace',
  'phone',
  'email',
  'unitId',
  'status',
  'statusSince',
] as const;
export type LabelledField = (typeof labelledFields)[number];
const isLabelledField = (field: string): field is LabelledField =>
  (labelledFields as readonly string[]).includes(field);

/** Bookkeeping columns that may appear in an audit diff but mean nothing to a reader. */
const hiddenFields = new Set([
  'id',
  'version',
  'sortKey',
  'searchText',
  'unitPath',
  'userId',
  'createdAt',
  'updatedAt',
]);
export const isShownField = (field: string): boolean => !hiddenFields.has(field);

const formOrder = new Map<string, number>(labelledFields.map((field, index) => [field, index]));

/** Changed fields in the order the form shows them (unknown fields last), not in the order the server lists them. */
export const inFormOrder = <T extends { field: string }>(entries: readonly T[]): T[] =>
  [...entries].sort(
    (a, b) =>
      (formOrder.get(a.field) ?? labelledFields.length) - (formOrder.get(b.field) ?? labelledFields.length),
  );

/** "phone" → "Điện thoại"; a field the catalog does not know is shown by its name. */
export const fieldLabel = (t: TFunction, field: string): string =>
  isLabelledField(field) ? t(`memberForm.fields.${field}`) : field;

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A value of the record as a reader should see it: dates dd/mm/yyyy, codes by their names. Empty → null. */
export function displayValue(field: string, value: unknown, labels: CodeLabels): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : JSON.stringify(value);
  if (isoDatePattern.test(value)) return formatDate(value);
  switch (field) {
    case 'sex':
      return isSex(value) ? labels.sex(value) : value;
    case 'status':
      return isMemberStatus(value) ? labels.status(value) : value;
    case 'ethnicityCode':
      return ethnicityLabel(value);
    case 'religionCode':
      return religionLabel(value);
    case 'professionalDegree':
      return isProfessionalDegree(value) ? labels.degree(value) : value;
    case 'theoryLevel':
      return isTheoryLevel(value) ? labels.theoryLevel(value) : value;
    case 'academicTitle':
      return isAcademicTitle(value) ? labels.academicTitle(value) : value;
    default:
      return value;
  }
}
