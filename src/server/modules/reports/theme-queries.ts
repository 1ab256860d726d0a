import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ReportTheme,
  ThemeMention,
  ThemeOverviewRow,
  themeMentionsQuery,
  themeOverviewQuery,
} from '../../../contracts/report-themes';
import { periodLabel, periodLabelEn, periodOf, periodTypes } from '../../../domain/report-periods';
import { type Db, queryRows, type Tx } from '../../db/client';
import { inScope } from '../../platform/access/scope-sql';
import { AppError } from '../../platform/errors/app-error';
import { decodeCursor, encodeCursor, pageTotal } from '../../platform/http/cursor';
import type { Locale } from '../../platform/i18n/locale';
import { themeUnitNames } from '../org/for-report-themes';
import type { ReportAccess } from './report-access';
import { canEditTheme } from './theme-access';

interface ThemeSqlRow {
  id: string;
  owner_unit_id: string;
  owner_name: string;
  owner_path: string;
  depth: number;
  name: string;
  description: string | null;
  status: ReportTheme['status'];
  handling_note: string | null;
  handled_on: string | null;
  version: number;
}

const themeColumns = sql`t.id, t.owner_unit_id, o.name as owner_name, t.owner_path::text as owner_path,
  nlevel(t.owner_path) as depth, t.name, t.description, t.status, t.handling_note,
  t.handled_on::text as handled_on, t.version`;

const presentTheme = (access: ReportAccess, r: ThemeSqlRow): ReportTheme => ({
  id: r.id,
  owner: { id: r.owner_unit_id, name: r.owner_name },
  name: r.name,
  description: r.description,
  status: r.status,
  handlingNote: r.handling_note,
  handledOn: r.handled_on,
  version: r.version,
  canEdit: canEditTheme(access, r.owner_path),
});

const collator = new Intl.Collator('vi');
/** Handled themes last; within, the nearest committee's first, then by name in Vietnamese order. */
const byStatusOwnerName = (a: ThemeSqlRow, b: ThemeSqlRow) =>
  Number(a.status === 'handled') - Number(b.status === 'handled') ||
  b.depth - a.depth ||
  collator.compare(a.name, b.name);

/** The themes a unit's reports may name: its own and those of every committee above it. */
export async function themesForUnit(
  tx: Db | Tx,
  access: ReportAccess,
  unitPath: string,
): Promise<ReportTheme[]> {
  const rows = await queryRows<ThemeSqlRow>(
    tx,
    sql`select ${themeColumns} from report_themes t join ${themeUnitNames} o on o.id = t.owner_unit_id
      where t.owner_path @> ${unitPath}::ltree`,
  );
  return rows.sort(byStatusOwnerName).map((r) => presentTheme(access, r));
}

export async function themeById(tx: Db | Tx, access: ReportAccess, id: string): Promise<ReportTheme> {
  const [row] = await queryRows<ThemeSqlRow>(
    tx,
    sql`select ${themeColumns} from report_themes t join ${themeUnitNames} o on o.id = t.owner_unit_id
      where t.id = ${id}`,
  );
  if (!row) throw new AppError(404, 'NOT_FOUND');
  return presentTheme(access, row);
}

/** The period a stored key names (keys of different period types never look alike). */
function periodInfo(key: string, locale: Locale) {
  for (const type of periodTypes) {
    const period = periodOf(type, key);
    if (period) return { key, label: locale === 'en' ? periodLabelEn(period) : periodLabel(period) };
  }
  return { key, label: key };
}

/** Mentions in a subtree, readable by the user, of reports whose period ends within the range. */
function mentionsWhere(
  access: ReportAccess,
  underPath: string | null,
  range: { from?: string; to?: string },
): SQL {
  if (range.from && range.to && range.from > range.to)
    throw new AppError(400, 'REPORT_THEME_RANGE', { field: 'to' });
  const parts = [inScope(sql`m.unit_path`, access.read)];
  if (underPath) parts.push(sql`m.unit_path <@ ${underPath}::ltree`);
  if (range.from) parts.push(sql`m.period_end >= ${range.from}::date`);
  if (range.to) parts.push(sql`m.period_end <= ${range.to}::date`);
  return sql.join(parts, sql` and `);
}

interface OverviewSqlRow extends ThemeSqlRow {
  mentions: number;
  units: number;
  periods: number;
  first_period: string | null;
  last_period: string | null;
}

/**
 * Per theme, what the committee's subtree raised in the range: its own themes always, those of the committees
 * above and below it when raised. Recurring ones first (two periods or two units at least), then by mentions.
 */
export async function themeOverview(
  db: Db,
  access: ReportAccess,
  unit: { id: string; path: string },
  q: z.infer<typeof themeOverviewQuery>,
  locale: Locale,
): Promise<ThemeOverviewRow[]> {
  const rows = await queryRows<OverviewSqlRow>(
    db,
    sql`with counted as (
        select m.theme_id, count(*)::int as mentions, count(distinct m.unit_id)::int as units,
          count(distinct m.period_key)::int as periods,
          (array_agg(m.period_key order by m.period_end, m.period_key))[1] as first_period,
          (array_agg(m.period_key order by m.period_end desc, m.period_key desc))[1] as last_period
        from report_theme_mentions m where ${mentionsWhere(access, unit.path, q)}
        group by m.theme_id)
      select ${themeColumns}, coalesce(c.mentions, 0) as mentions, coalesce(c.units, 0) as units,
        coalesce(c.periods, 0) as periods, c.first_period, c.last_period
      from report_themes t join ${themeUnitNames} o on o.id = t.owner_unit_id
        left join counted c on c.theme_id = t.id
      where (t.owner_unit_id = ${unit.id} or c.theme_id is not null)
        ${q.status ? sql`and t.status = ${q.status}` : sql``}`,
  );
  const recurring = (r: OverviewSqlRow) => r.periods >= 2 || r.units >= 2;
  return rows
    .sort(
      (a, b) =>
        Number(recurring(b)) - Number(recurring(a)) ||
        b.mentions - a.mentions ||
        collator.compare(a.name, b.name),
    )
    .map((r) => ({
      ...presentTheme(access, r),
      mentions: r.mentions,
      units: r.units,
      periods: r.periods,
      firstPeriod: r.first_period ? periodInfo(r.first_period, locale) : null,
      lastPeriod: r.last_period ? periodInfo(r.last_period, locale) : null,
      recurring: recurring(r),
    }));
}

interface MentionSqlRow {
  id: string;
  submission_id: string;
  unit_id: string;
  unit_name: string;
  sort_key: string;
  period_key: string;
  period_end: string;
  content: string;
  proposal: string | null;
}

/** A theme's mentions, latest period first and by unit name within it, paged by that key. */
export async function themeMentions(
  db: Db,
  access: ReportAccess,
  themeId: string,
  underPath: string | null,
  q: z.infer<typeof themeMentionsQuery>,
  locale: Locale,
) {
  const where = sql`m.theme_id = ${themeId} and ${mentionsWhere(access, underPath, q)}`;
  const cursor = decodeCursor(q.cursor, 3);
  const after = cursor
    ? sql`and (m.period_end < ${cursor[0]}::date or (m.period_end = ${cursor[0]}::date
        and (u.sort_key, m.id) > (${cursor[1]}::text collate "C", ${cursor[2]}::uuid)))`
    : sql``;
  const rows = await queryRows<MentionSqlRow>(
    db,
    sql`select m.id, m.submission_id, m.unit_id, u.name as unit_name, u.sort_key, m.period_key,
        m.period_end::text as period_end, m.content, m.proposal
      from report_theme_mentions m join ${themeUnitNames} u on u.id = m.unit_id
      where ${where} ${after}
      order by m.period_end desc, u.sort_key, m.id limit ${q.limit + 1}`,
  );
  const pageRows = rows.slice(0, q.limit);
  const last = pageRows.at(-1);
  const total = await pageTotal(!cursor, rows.length, q.limit, async () => {
    const [counted] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from report_theme_mentions m where ${where}`,
    );
    return counted?.n ?? 0;
  });
  const items: ThemeMention[] = pageRows.map((r) => ({
    id: r.id,
    submissionId: r.submission_id,
    unit: { id: r.unit_id, name: r.unit_name },
    period: periodInfo(r.period_key, locale),
    content: r.content,
    proposal: r.proposal,
  }));
  return {
    items,
    nextCursor:
      rows.length > q.limit && last ? encodeCursor([last.period_end, last.sort_key, last.id]) : null,
    total,
  };
}
