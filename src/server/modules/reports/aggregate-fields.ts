import type { AggregateField, CompiledField } from '../../../contracts/report-aggregates';
import type { FormDefinition } from '../../../contracts/report-forms';

/**
 * The figures of a form that add up: its number fields and the numeric cells of its fixed-row tables, keyed
 * as `report_totals` keys them (`field.row.column`). Retired fields stay, marked: their past data still counts.
 */
export function aggregateFields(definition: FormDefinition): AggregateField[] {
  const out: AggregateField[] = [];
  for (const section of definition.sections) {
    for (const field of section.fields) {
      if (field.kind === 'number') {
        out.push({
          key: field.key,
          label: field.label,
          section: section.title,
          kind: 'number',
          aggregate: field.aggregate,
          unit: field.unit ?? null,
          retired: field.retired,
        });
      } else if (field.kind === 'table') {
        for (const row of field.rows) {
          for (const column of field.columns) {
            if (column.kind !== 'number') continue;
            out.push({
              key: `${field.key}.${row.key}.${column.key}`,
              label: `${field.label} — ${row.label} — ${column.label}`,
              section: section.title,
              kind: 'cell',
              aggregate: 'sum',
              unit: null,
              retired: field.retired,
            });
          }
        }
      }
    }
  }
  return out;
}

/** A figure the totals hold but the current definition no longer names (kept readable under its key). */
export const unnamedField = (key: string): AggregateField => ({
  key,
  label: key,
  section: '',
  kind: key.includes('.') ? 'cell' : 'number',
  aggregate: 'sum',
  unit: null,
  retired: true,
});

/** The fields whose text is compiled per unit: text fields and tables of free rows. */
export function compiledFields(definition: FormDefinition): CompiledField[] {
  const out: CompiledField[] = [];
  for (const section of definition.sections) {
    for (const field of section.fields) {
      if (field.kind === 'text') {
        out.push({
          key: field.key,
          label: field.label,
          section: section.title,
          kind: 'text',
          columns: [],
          retired: field.retired,
        });
      } else if (field.kind === 'table' && field.rows.length === 0) {
        out.push({
          key: field.key,
          label: field.label,
          section: section.title,
          kind: 'table',
          columns: field.columns.map(({ key, label, kind }) => ({ key, label, kind })),
          retired: field.retired,
        });
      }
    }
  }
  return out;
}

/** The figure shown for a total over `reports` accepted reports. */
export function shownValue(aggregate: 'sum' | 'avg', total: number, reports: number): number {
  const value = aggregate === 'avg' ? (reports > 0 ? total / reports : 0) : total;
  // Totals are kept by adding and subtracting doubles: drop the residue far below any figure a report holds.
  return Math.round(value * 1e9) / 1e9;
}
