import { type SQL, sql } from 'drizzle-orm';
import type { CompiledField, CompiledItem, CompiledResponse } from '../../../contracts/report-aggregates';
import { queryRows, type Tx } from '../../db/client';
import { inScope } from '../../platform/access/scope-sql';
import { AppError } from '../../platform/errors/app-error';
import { decodeCursor, encodeCursor, pageTotal } from '../../platform/http/cursor';
import { compiledFields } from './aggregate-fields';
import type { AggregateScope } from './aggregate-scope';
import type { ReportAccess } from './report-access';

interface CompiledRow {
  submission_id: string;
  unit_id: string;
  unit_name: string;
  sort_key: string;
  parent_id: string | null;
  parent_name: string | null;
  value: unknown;
}

type TableRows = Array<{ cells?: Record<string, unknown> }>;

/**
 * The text the accepted reports of a subtree gave for one text field (or free-row table), unit by unit in
 * name order, with the unit above each so the reader knows where it came from.
 */
export async function compiledTexts(
  tx: Tx,
  access: ReportAccess,
  scope: AggregateScope,
  query: { fieldKey: string; limit: number; cursor?: string },
): Promise<CompiledResponse> {
  const fields = compiledFields(scope.definition);
  const field = fields.find((f) => f.key === query.fieldKey);
  if (!field)
    throw new AppError(400, 'REPORT_AGGREGATE_FIELD_UNKNOWN', {
      field: 'fieldKey',
      params: { key: query.fieldKey },
    });
  const value = sql`s."values" -> ${field.key}`;
  const given =
    field.kind === 'text'
      ? sql`nullif(btrim(s."values" ->> ${field.key}), '') is not null`
      : sql`jsonb_typeof(${value}) = 'array' and jsonb_array_length(${value}) > 0`;
  const where: SQL = sql`s.form_id = ${scope.form.id}::uuid and s.period_key = ${scope.period.key}
    and s.status = 'accepted' and s.unit_path <@ ${scope.unit.path}::ltree
    and ${inScope(sql`s.unit_path`, access.read)} and ${given}`;
  const after = decodeCursor(query.cursor, 2);
  const rows = await queryRows<CompiledRow>(
    tx,
    sql`select s.id as submission_id, u.id as unit_id, u.name as unit_name, u.sort_key, p.id as parent_id,
        p.name as parent_name, ${value} as value
      from report_submissions s join org_units u on u.id = s.unit_id left join org_units p on p.id = u.parent_id
      where ${where} ${after ? sql`and (u.sort_key, u.id) > (${after[0]}, ${after[1]}::uuid)` : sql``}
      order by u.sort_key, u.id limit ${query.limit + 1}`,
  );
  const total = await pageTotal(!after, rows.length, query.limit, async () => {
    const [row] = await queryRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from report_submissions s where ${where}`,
    );
    return row?.n ?? 0;
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const themes = await themeNames(tx, field, page);
  return {
    fields,
    field,
    items: page.map((row) => itemOf(row, field, themes)),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.sort_key, last.unit_id]) : null,
    total,
  };
}

function itemOf(row: CompiledRow, field: CompiledField, themes: Map<string, string>): CompiledItem {
  const base = {
    submissionId: row.submission_id,
    unit: { id: row.unit_id, name: row.unit_name },
    parent: row.parent_id ? { id: row.parent_id, name: row.parent_name ?? '' } : null,
  };
  if (field.kind === 'text')
    return { ...base, text: typeof row.value === 'string' ? row.value : null, rows: [] };
  const rows = (Array.isArray(row.value) ? (row.value as TableRows) : [])
    .map((r) => field.columns.map((c) => cellText(r.cells?.[c.key], themes)))
    .filter((cells) => cells.some((c) => c !== ''));
  return { ...base, text: null, rows };
}

const cellText = (value: unknown, themes: Map<string, string>): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'string'
      ? (themes.get(value) ?? value)
      : String(value);

/** Theme columns hold a theme's id: the reader sees its name. */
async function themeNames(tx: Tx, field: CompiledField, rows: readonly CompiledRow[]) {
  const ids = new Set<string>();
  const themeColumns = field.columns.filter((c) => c.kind === 'theme').map((c) => c.key);
  if (themeColumns.length === 0) return new Map<string, string>();
  for (const row of rows)
    for (const r of Array.isArray(row.value) ? (row.value as TableRows) : [])
      for (const key of themeColumns) {
        const id = r.cells?.[key];
        if (typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) ids.add(id);
      }
  if (ids.size === 0) return new Map<string, string>();
  const found = await queryRows<{ id: string; name: string }>(
    tx,
    sql`select id::text as id, name from report_themes where id in (${sql.join(
      [...ids].map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );
  return new Map(found.map((t) => [t.id, t.name]));
}
