import { sql } from 'drizzle-orm';
import type { FormDefinition, NumberField, TableField } from '../../../contracts/report-forms';
import type { Period } from '../../../domain/report-periods';
import { queryRows, type Tx } from '../../db/client';
import type { ReportUnit } from '../org/report-units-read';
import { expectedReporterCount, unitNamesForSynthesis } from '../org/synthesis-units-read';
import type { SynthesisForm } from './synthesis-forms';

const keysOf = (periods: readonly Period[]) =>
  sql`array[${sql.join(
    periods.map((p) => sql`${p.key}`),
    sql`, `,
  )}]::text[]`;
const below = (unit: ReportUnit) =>
  sql`unit_path <@ ${unit.path}::ltree and unit_path <> ${unit.path}::ltree`;

export interface Completeness {
  periods: number;
  expected: number;
  sent: number;
  onTime: number;
  accepted: number;
}

/** Reports of the units below over the form's periods inside the review: expected, sent, on time, accepted. */
export async function completenessOf(tx: Tx, unit: ReportUnit, f: SynthesisForm): Promise<Completeness> {
  const periods = f.periods.filter((p) => p.end >= f.form.startsOn);
  if (periods.length === 0) return { periods: 0, expected: 0, sent: 0, onTime: 0, accepted: 0 };
  const expected = await expectedReporterCount(tx, {
    path: unit.path,
    kinds: f.form.submitterKinds,
    ownerPath: f.form.ownerPath,
    periodEnds: periods.map((p) => p.end),
  });
  const [row] = await queryRows<{ sent: number; on_time: number; accepted: number }>(
    tx,
    sql`select count(*) filter (where sent_on is not null)::int as sent,
        count(*) filter (where on_time)::int as on_time,
        count(*) filter (where status = 'accepted')::int as accepted
      from report_submissions
      where form_id = ${f.form.id} and period_key = any(${keysOf(periods)}) and ${below(unit)}`,
  );
  return {
    periods: periods.length,
    expected,
    sent: row?.sent ?? 0,
    onTime: row?.on_time ?? 0,
    accepted: row?.accepted ?? 0,
  };
}

export interface TotalLine {
  key: string;
  label: string;
  unit: string | null;
  aggregate: 'sum' | 'avg';
  value: number | null;
  reports: number;
}

/** Numeric fields and numeric cells of fixed tables (`field.row.column`), as `report_totals` keys them. */
function numericKeys(definition: FormDefinition): Omit<TotalLine, 'value' | 'reports'>[] {
  const out: Omit<TotalLine, 'value' | 'reports'>[] = [];
  const number = (f: NumberField) =>
    out.push({ key: f.key, label: f.label, unit: f.unit ?? null, aggregate: f.aggregate });
  const table = (f: TableField) => {
    for (const row of f.rows)
      for (const col of f.columns.filter((c) => c.kind === 'number'))
        out.push({
          key: `${f.key}.${row.key}.${col.key}`,
          label: `${f.label}: ${row.label}${f.columns.length > 1 ? ` — ${col.label}` : ''}`,
          unit: null,
          aggregate: 'sum',
        });
  };
  for (const section of definition.sections)
    for (const field of section.fields) {
      if (field.kind === 'number') number(field);
      else if (field.kind === 'table') table(field);
    }
  return out;
}

/**
 * The committee's accepted totals over the review: a summed field adds its periods up, an averaged one is the
 * mean of every accepted report's value (the totals table keeps the sum and how many reports gave it).
 */
export async function totalsOf(tx: Tx, unit: ReportUnit, f: SynthesisForm): Promise<TotalLine[]> {
  const fields = numericKeys(f.definition);
  if (fields.length === 0 || f.periods.length === 0) return [];
  const rows = await queryRows<{ field_key: string; total: number; reports: number }>(
    tx,
    sql`select field_key, sum(total)::float8 as total, sum(reports)::int as reports
      from report_totals
      where form_id = ${f.form.id} and unit_id = ${unit.id} and period_key = any(${keysOf(f.periods)})
      group by field_key`,
  );
  const byKey = new Map(rows.map((r) => [r.field_key, r]));
  return fields.map((field) => {
    const row = byKey.get(field.key);
    const reports = row?.reports ?? 0;
    const total = Number(row?.total ?? 0);
    const value = reports === 0 ? null : field.aggregate === 'avg' ? total / reports : total;
    return { ...field, value, reports };
  });
}

export interface NarrativeEntry {
  unitName: string;
  period: Period;
  text: string;
}

export interface Narrative {
  section: string;
  field: { key: string; label: string };
  entries: NarrativeEntry[];
}

/**
 * The text fields of the form, each with the texts of the accepted reports of the units below, in the units'
 * name order and then period order.
 */
export async function narrativesOf(tx: Tx, unit: ReportUnit, f: SynthesisForm): Promise<Narrative[]> {
  const fields = f.definition.sections.flatMap((s) =>
    s.fields.filter((field) => field.kind === 'text').map((field) => ({ section: s.title, field })),
  );
  if (fields.length === 0 || f.periods.length === 0) return [];
  const texts = sql.join(
    fields.map(({ field }) => sql`${field.key}::text, "values" -> ${field.key}`),
    sql`, `,
  );
  const rows = await queryRows<{ unit_id: string; period_key: string; texts: Record<string, unknown> }>(
    tx,
    sql`select unit_id::text as unit_id, period_key, jsonb_build_object(${texts}) as texts
      from report_submissions
      where form_id = ${f.form.id} and status = 'accepted' and period_key = any(${keysOf(f.periods)})
        and ${below(unit)}`,
  );
  const names = await unitNamesForSynthesis(
    tx,
    rows.map((r) => r.unit_id),
  );
  const periodByKey = new Map(f.periods.map((p) => [p.key, p]));
  const sortKey = (r: (typeof rows)[number]) => `${names.get(r.unit_id)?.sortKey ?? ''}\u0000${r.period_key}`;
  rows.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  return fields.map(({ section, field }) => ({
    section,
    field: { key: field.key, label: field.label },
    entries: rows.flatMap((r) => {
      const text = r.texts[field.key];
      const period = periodByKey.get(r.period_key);
      if (typeof text !== 'string' || !text.trim() || !period) return [];
      return [{ unitName: names.get(r.unit_id)?.name ?? '', period, text: text.trim() }];
    }),
  }));
}
