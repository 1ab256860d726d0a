import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { type YearRange, yearsBefore } from '../../../domain/member-bands';

/**
 * Year bands as SQL over a date column (birth date → age, admission date → party age) on a given day. The
 * boundaries are dates computed by the domain, so conditions stay indexable and agree with `completedYears`.
 */

/** `column` lies in the band: at least `from` and fewer than `to` whole years before `onDate`. */
export function inBandSql(column: SQLWrapper, range: YearRange, onDate: string): SQL {
  const parts = [sql`${column} <= ${yearsBefore(onDate, range.from)}::date`];
  if (range.to !== null) parts.push(sql`${column} > ${yearsBefore(onDate, range.to)}::date`);
  return sql.join(parts, sql` and `);
}

/** The band key of `column` on `onDate`, null when the date is empty or after `onDate`. */
export function bandKeySql(
  column: SQLWrapper,
  ranges: Record<string, YearRange>,
  onDate: string,
): SQL<string | null> {
  const branches = Object.entries(ranges).map(
    ([key, range]) => sql`when ${inBandSql(column, range, onDate)} then ${key}::text`,
  );
  return sql<string | null>`(case ${sql.join(branches, sql` `)} else null end)`;
}
