import { eq, sql } from 'drizzle-orm';
import type { FormDefinition, TableField } from '../../../contracts/report-forms';
import type { SubmissionValues } from '../../../contracts/reports';
import { allFields } from '../../../domain/report-values';
import { queryRows, type Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import { type reportSubmissions, reportThemeMentions } from './schema';

type SubmissionRow = typeof reportSubmissions.$inferSelect;

/** One opinion row of a report that names a theme. */
export interface ThemeRowMention {
  themeId: string;
  content: string;
  proposal: string | null;
}

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Table fields with a theme column: the opinion tables of ideological-situation forms. */
const themeTables = (definition: FormDefinition): TableField[] =>
  allFields(definition).filter(
    (field): field is TableField =>
      field.kind === 'table' && field.columns.some((column) => column.kind === 'theme'),
  );

const textOf = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/** The themes a unit at `unitPath` may name: those of the unit and of the committees above it. */
async function nameableThemes(tx: Tx, unitPath: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select id from report_themes
      where id = any(${`{${ids.join(',')}}`}::uuid[]) and owner_path @> ${unitPath}::ltree`,
  );
  return new Set(rows.map((r) => r.id));
}

/**
 * The theme mentions a report's values make, each row's theme checked: a row naming a theme the unit may not
 * name (another committee's, an unknown id) is a 400 naming the table field and the row. Rows without a theme
 * make no mention. The submit step calls this before it writes anything.
 */
export async function checkThemeRows(
  tx: Tx,
  unitPath: string,
  definition: FormDefinition,
  values: SubmissionValues,
): Promise<ThemeRowMention[]> {
  const found: Array<ThemeRowMention & { field: TableField; row: number }> = [];
  const bad: Array<{ field: TableField; row: number }> = [];
  for (const field of themeTables(definition)) {
    const rows = values[field.key];
    if (!Array.isArray(rows)) continue;
    const themeColumn = field.columns.find((column) => column.kind === 'theme')?.key as string;
    const contentColumn = field.columns.find((column) => column.kind === 'text' && column.key !== 'proposal');
    const proposalColumn = field.columns.find((column) => column.key === 'proposal');
    rows.forEach((row, index) => {
      // Values were shape-checked when saved; a row without cells names no theme.
      const cells: Record<string, unknown> =
        row && typeof row.cells === 'object' && row.cells ? row.cells : {};
      const theme = cells[themeColumn];
      if (theme === null || theme === undefined || theme === '') return;
      if (typeof theme !== 'string' || !uuidShape.test(theme)) {
        bad.push({ field, row: index + 1 });
        return;
      }
      found.push({
        field,
        row: index + 1,
        themeId: theme.toLowerCase(),
        content: (contentColumn && textOf(cells[contentColumn.key])) ?? '',
        proposal: proposalColumn ? textOf(cells[proposalColumn.key]) : null,
      });
    });
  }
  const allowed = await nameableThemes(tx, unitPath, [...new Set(found.map((m) => m.themeId))]);
  const first = [...bad, ...found.filter((m) => !allowed.has(m.themeId))].sort((a, b) => a.row - b.row)[0];
  if (first)
    throw new AppError(400, 'REPORT_THEME_UNKNOWN', {
      field: `values.${first.field.key}`,
      params: { label: first.field.label, row: first.row },
    });
  return found.map(({ themeId, content, proposal }) => ({ themeId, content, proposal }));
}

/**
 * Records the theme mentions of a sent report (called by the submit step, in its transaction): one row per
 * opinion row naming a theme, with the report's unit and period.
 */
export async function recordThemeMentions(
  tx: Tx,
  submission: SubmissionRow,
  definition: FormDefinition,
): Promise<number> {
  const mentions = await checkThemeRows(tx, submission.unitPath, definition, submission.values);
  if (mentions.length === 0) return 0;
  await tx.insert(reportThemeMentions).values(
    mentions.map((m) => ({
      themeId: m.themeId,
      submissionId: submission.id,
      unitId: submission.unitId,
      unitPath: submission.unitPath,
      periodKey: submission.periodKey,
      periodEnd: submission.periodEnd,
      content: m.content,
      proposal: m.proposal,
    })),
  );
  return mentions.length;
}

/** A report returned or reopened: its mentions go until it is sent again. */
export async function clearThemeMentions(tx: Tx, submissionId: string): Promise<void> {
  await tx.delete(reportThemeMentions).where(eq(reportThemeMentions.submissionId, submissionId));
}
