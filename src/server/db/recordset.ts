import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from './client';

/** A column of a recordset write: its SQL name and type (`ltree` and the like are sent as text and cast). */
export type RecordsetColumns = Record<string, readonly [column: string, type: string]>;

const castable = new Set(['text', 'uuid', 'date', 'int', 'integer', 'jsonb', 'boolean', 'timestamptz']);

function recordset(columns: RecordsetColumns, rows: readonly Record<string, unknown>[]) {
  const entries = Object.entries(columns);
  const payload = rows.map((row) =>
    Object.fromEntries(entries.map(([key, [column]]) => [column, row[key] ?? null])),
  );
  const declared = entries
    .map(([, [column, type]]) => `${column} ${castable.has(type) ? type : 'text'}`)
    .join(', ');
  const selected = entries
    .map(([, [column, type]]) => (castable.has(type) ? `x.${column}` : `x.${column}::${type}`))
    .join(', ');
  return {
    names: entries.map(([, [column]]) => column).join(', '),
    from: sql`jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) as x(${sql.raw(declared)})`,
    selected: sql.raw(selected),
  };
}

/**
 * A multi-row INSERT of `rows` sent as ONE jsonb parameter (`jsonb_to_recordset`): on PGlite binding tens of
 * thousands of parameters costs several times the insert itself, and PostgreSQL parses the JSON natively.
 */
export async function insertRecordset(
  tx: Tx,
  table: string,
  columns: RecordsetColumns,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const { names, from, selected } = recordset(columns, rows);
  await tx.execute(sql`insert into ${sql.raw(table)} (${sql.raw(names)}) select ${selected} from ${from}`);
}

/** The rows of a recordset as a FROM item aliased `x`, for UPDATE … FROM. */
export function recordsetFrom(columns: RecordsetColumns, rows: readonly Record<string, unknown>[]): SQL {
  const { from } = recordset(columns, rows);
  return from;
}

/** How many rows a statement returned, whichever driver ran it. */
export function returnedRows(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  const rows = (result as { rows?: unknown[] }).rows;
  return rows?.length ?? 0;
}
