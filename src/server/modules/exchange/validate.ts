import { z } from 'zod';
import { memberFields, memberStatus } from '../../../contracts/members';
import type { MemberStatus } from '../../../domain/member-codes';
import { type MemberDates, type MemberRuleViolation, memberViolations } from '../../../domain/member-rules';
import { fieldLabel } from '../../platform/i18n/fields';
import type { Locale } from '../../platform/i18n/locale';
import { type MessageKey, translate } from '../../platform/i18n/messages';
import { issueReason } from '../../platform/i18n/zod-issue';
import type { BulkMemberFields, MemberRow } from '../members/bulk';
import { canEditMember, type MemberAccess, visibilityOf } from '../members/visibility';
import { displayDate } from '../org/calendar';
import {
  type ColumnKey,
  columnOf,
  compact,
  type ImportedField,
  type ImportedFields,
  layout,
  type RawCell,
} from './layout';
import type { FieldChange, RowKind, RowProblem } from './schema';

/**
 * Checks every row of an import with the rules of the member API: the same zod field formats
 * (`contracts/members.ts`), the same date and status rules (`domain/member-rules.ts`, only rules a change newly
 * breaks count for an update, as in `assertMemberRules`), the same uniqueness of citizen ID and card number
 * (also inside the file). Rows match existing members on the citizen ID; a row whose values equal the record
 * is unchanged, one that differs is an update with a field-by-field diff. An empty cell leaves the record's
 * value as it is (an import adds and corrects, it never erases).
 */

export interface TargetUnit {
  id: string;
  name: string;
  path: string;
}

export interface ValidationContext {
  access: MemberAccess;
  target: TargetUnit;
  /** Active units of the target's subtree (the target included) by compacted name. */
  unitsByName: ReadonlyMap<string, TargetUnit[]>;
  /** Names of the units of matched members. */
  unitNames: ReadonlyMap<string, string>;
  existingByCitizenId: ReadonlyMap<string, MemberRow>;
  cardHolders: ReadonlyMap<string, Pick<MemberRow, 'id' | 'fullName' | 'unitPath' | 'userId'>>;
  today: string;
  locale: Locale;
}

export interface StagedRow {
  rowNumber: number;
  cells: RawCell[];
  kind: RowKind;
  memberId: string | null;
  memberVersion: number | null;
  fields: Record<string, unknown> | null;
  diff: FieldChange[];
  problems: RowProblem[];
}

/** A row's cells read through the mapping: the fields and the cells that could not be read. */
export interface ParsedRow {
  rowNumber: number;
  cells: RawCell[];
  fields: ImportedFields;
  problems: RowProblem[];
}

const recordSchema = z.object({ ...memberFields, status: memberStatus });

/** The field of the record each layout field writes (the unit is resolved, not written as text). */
const recordFields = layout.flatMap((c) => (c.field && c.field !== 'unitName' ? [c.field] : [])) as Exclude<
  ImportedField,
  'unitName'
>[];

export function headerOfField(
  field: string,
  headers: readonly string[],
  mapping: readonly (ColumnKey | null)[],
) {
  const key = (field === 'statusSince' ? 'status' : field) as ColumnKey;
  const index = mapping.indexOf(key);
  if (index >= 0 && headers[index]) return headers[index] as string;
  return layout.find((c) => c.key === key)?.header ?? field;
}

/** Reads the cells of every row through the mapping (pure; no database). */
export function parseRows(
  rows: readonly { rowNumber: number; cells: RawCell[] }[],
  headers: readonly string[],
  mapping: readonly (ColumnKey | null)[],
  locale: Locale,
): ParsedRow[] {
  const columns = mapping.flatMap((key, index) => (key ? [{ index, column: columnOf(key) }] : []));
  return rows.map(({ rowNumber, cells }) => {
    const fields: Record<string, string> = {};
    const problems: RowProblem[] = [];
    for (const { index, column } of columns) {
      if (!column.field) continue;
      const cell = cells[index] ?? null;
      const header = headers[index] || column.header;
      if (typeof cell === 'object' && cell !== null && 'formula' in cell) {
        problems.push({
          column: header,
          field: column.field,
          message: translate(locale, 'EXCHANGE_CELL_FORMULA'),
        });
        continue;
      }
      const parsed = column.parse(cell);
      if (!parsed.ok) problems.push({ column: header, field: column.field, message: parsed.reason });
      else if (parsed.value !== null) fields[column.field] = parsed.value;
    }
    return { rowNumber, cells, fields: fields as ImportedFields, problems };
  });
}

const reasonOf = (issue: z.core.$ZodIssue, locale: Locale): string => {
  // The member API's formats carry "vietnamese / english" hints (e.g. "12 chữ số / 12 digits").
  if (issue.code === 'invalid_format' && issue.format === 'regex' && issue.message.includes(' / ')) {
    const [vi, en] = issue.message.split(' / ');
    return locale === 'vi' ? `không đúng định dạng (${vi})` : `has the wrong format (${en})`;
  }
  return issueReason(issue, locale);
};

const ruleKey = (v: MemberRuleViolation) => `${v.code}:${v.field}:${v.params?.rule ?? ''}`;

function ruleMessage(v: MemberRuleViolation, locale: Locale): string {
  const params: Record<string, string | number> = { ...v.params, label: fieldLabel(v.field, locale) };
  if (typeof params.today === 'string') params.today = displayDate(params.today);
  return translate(locale, v.code as MessageKey, params);
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

function statusSinceOf(status: MemberStatus, next: Partial<BulkMemberFields>, today: string): string {
  if (status === 'official') return next.officialDate ?? today;
  if (status === 'probationary') return next.admissionDate ?? today;
  return today;
}

/** Duplicate values inside the file: each row holding one gets the other rows' numbers. */
function duplicatesInFile(
  rows: readonly ParsedRow[],
  field: 'citizenId' | 'cardNumber',
): Map<number, number[]> {
  const byValue = new Map<string, number[]>();
  for (const r of rows) {
    const value = r.fields[field];
    if (!value) continue;
    const list = byValue.get(value) ?? [];
    list.push(r.rowNumber);
    byValue.set(value, list);
  }
  const out = new Map<number, number[]>();
  for (const list of byValue.values())
    if (list.length > 1)
      for (const n of list)
        out.set(
          n,
          list.filter((m) => m !== n),
        );
  return out;
}

/** Checks the parsed rows against the register (lookups done by the caller, in batches). */
export function checkRows(
  parsed: readonly ParsedRow[],
  headers: readonly string[],
  mapping: readonly (ColumnKey | null)[],
  ctx: ValidationContext,
): StagedRow[] {
  const { locale, today } = ctx;
  const header = (field: string) => headerOfField(field, headers, mapping);
  const dupCitizen = duplicatesInFile(parsed, 'citizenId');
  const dupCard = duplicatesInFile(parsed, 'cardNumber');
  const mapped = new Set(mapping.filter(Boolean));

  return parsed.map((row) => {
    const problems = [...row.problems];
    const problem = (field: string, message: string) =>
      problems.push({ column: header(field), field, message });
    const badFields = new Set(problems.map((p) => p.field));
    const f = row.fields;
    const bad = (): StagedRow => ({
      rowNumber: row.rowNumber,
      cells: row.cells,
      kind: 'bad',
      memberId: null,
      memberVersion: null,
      fields: null,
      diff: [],
      problems,
    });

    if (!f.citizenId && !badFields.has('citizenId'))
      problem('citizenId', translate(locale, 'EXCHANGE_CITIZEN_ID_REQUIRED'));
    const others = dupCitizen.get(row.rowNumber);
    if (others)
      problem('citizenId', translate(locale, 'EXCHANGE_DUPLICATE_IN_FILE', { rows: others.join(', ') }));
    const otherCards = dupCard.get(row.rowNumber);
    if (otherCards)
      problem('cardNumber', translate(locale, 'EXCHANGE_DUPLICATE_IN_FILE', { rows: otherCards.join(', ') }));

    // The unit: named in the row (a unit of the target's subtree), else the target itself.
    let unit: TargetUnit | null = null;
    if (f.unitName) {
      const found = ctx.unitsByName.get(compact(f.unitName)) ?? [];
      if (found.length === 1) unit = found[0] ?? null;
      else
        problem(
          'unitName',
          translate(locale, found.length === 0 ? 'EXCHANGE_UNIT_NOT_FOUND' : 'EXCHANGE_UNIT_AMBIGUOUS', {
            name: f.unitName,
            unit: ctx.target.name,
          }),
        );
    }

    const existing = f.citizenId ? ctx.existingByCitizenId.get(f.citizenId) : undefined;
    if (existing && !canEditMember(ctx.access, existing.unitPath)) {
      // Named only to a user who may read that member; otherwise nothing about who holds it.
      problem(
        'citizenId',
        visibilityOf(ctx.access, existing) === 'full'
          ? translate(locale, 'MEMBER_DUPLICATE_CITIZEN_ID', { name: existing.fullName })
          : translate(locale, 'EXCHANGE_OUTSIDE_SCOPE'),
      );
      return bad();
    }
    if (existing && unit && unit.id !== existing.unitId)
      problem(
        'unitName',
        translate(locale, 'EXCHANGE_MEMBER_OTHER_UNIT', { unit: ctx.unitNames.get(existing.unitId) ?? '' }),
      );
    if (f.cardNumber) {
      const holder = ctx.cardHolders.get(f.cardNumber);
      if (holder && holder.id !== existing?.id)
        problem(
          'cardNumber',
          translate(locale, 'MEMBER_DUPLICATE_CARD_NUMBER', {
            ...(visibilityOf(ctx.access, holder) === 'full' ? { name: holder.fullName } : {}),
          }),
        );
    }

    // The record as it would be: the row's values over the existing record (or alone, for a new member).
    const given: Partial<BulkMemberFields> = {};
    for (const field of recordFields)
      if (f[field] !== undefined) (given as Record<string, unknown>)[field] = f[field];
    const base: Partial<BulkMemberFields> = existing
      ? {
          ...Object.fromEntries(recordFields.map((k) => [k, existing[k as keyof MemberRow] ?? null])),
          statusSince: existing.statusSince,
        }
      : {};
    const next: Partial<BulkMemberFields> = { ...base, ...given };
    if (!existing) {
      next.status ??= next.officialDate ? 'official' : next.admissionDate ? 'probationary' : undefined;
      next.statusSince = next.officialDate ?? next.admissionDate ?? today;
    } else if (next.status && next.status !== existing.status) {
      next.statusSince = statusSinceOf(next.status, next, today);
    } else next.statusSince = existing.statusSince;

    // Field formats, as the member API checks them (for an update, only fields the row changes).
    const changed = (field: string) =>
      !existing || !same(next[field as keyof BulkMemberFields], existing[field as keyof MemberRow]);
    const shape = recordSchema.safeParse(
      Object.fromEntries(Object.entries(next).filter(([k]) => k in recordSchema.shape)),
    );
    if (!shape.success)
      for (const issue of shape.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (badFields.has(field) || !changed(field)) continue;
        if (!mapped.has(field as ColumnKey) && issue.code === 'invalid_type')
          problem(
            field,
            `${translate(locale, 'EXCHANGE_REQUIRED')} (${locale === 'vi' ? 'tệp không có cột này' : 'the file lacks this column'})`,
          );
        else problem(field, reasonOf(issue, locale));
      }

    // Date and status rules of the register.
    if (next.birthDate && next.status) {
      const dates = (m: Partial<BulkMemberFields>): MemberDates => ({
        birthDate: m.birthDate as string,
        admissionDate: m.admissionDate ?? null,
        officialDate: m.officialDate ?? null,
        admissionAgeException: existing?.admissionAgeException ?? null,
        status: m.status as MemberStatus,
        statusSince: m.statusSince ?? null,
      });
      const known = new Set(existing ? memberViolations(dates(base), today).map(ruleKey) : []);
      for (const v of memberViolations(dates(next), today))
        if (!known.has(ruleKey(v)) && !badFields.has(v.field)) problem(v.field, ruleMessage(v, locale));
    }

    if (problems.length > 0) return bad();

    const record = next as BulkMemberFields;
    if (!existing)
      return {
        rowNumber: row.rowNumber,
        cells: row.cells,
        kind: 'new',
        memberId: null,
        memberVersion: null,
        fields: { ...record, unitId: (unit ?? ctx.target).id },
        diff: [],
        problems: [],
      };
    const diff: FieldChange[] = [];
    for (const field of [...recordFields, 'statusSince'] as const) {
      const before = existing[field as keyof MemberRow] ?? null;
      const after = record[field as keyof BulkMemberFields] ?? null;
      if (!same(before, after) && field !== 'statusSince') diff.push({ field, before, after });
    }
    return {
      rowNumber: row.rowNumber,
      cells: row.cells,
      kind: diff.length === 0 ? 'unchanged' : 'update',
      memberId: existing.id,
      memberVersion: existing.version,
      fields: diff.length === 0 ? null : { ...record },
      diff,
      problems: [],
    };
  });
}
