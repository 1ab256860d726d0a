import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { MemberFilters } from '../../../contracts/members';
import { ageBandRanges } from '../../../domain/member-bands';
import { nameQuery, searchPattern } from '../../../domain/member-search';
import { fold } from '../../../domain/text';
import { inBandSql } from './bands-sql';
import { members } from './schema';
import { fullRowsSql, hasSummaryRows, type MemberAccess, visibleRowsSql } from './visibility';

export type FacetKey = 'status' | 'sex' | 'ageBand' | 'ethnicityCode' | 'professionalDegree' | 'theoryLevel';

/**
 * Filters on fields a summary row does not show: using them limits the rows to whole records. They are also
 * the filters that only the member rows can answer (the kept counts and name suffixes carry status alone).
 */
export const hiddenFacets: readonly FacetKey[] = [
  'sex',
  'ageBand',
  'ethnicityCode',
  'professionalDegree',
  'theoryLevel',
];

export interface FilterContext {
  access: MemberAccess;
  /** ltree path of `filters.unitId` (already checked to be readable). */
  unitPath: string | null;
  today: string;
}

/**
 * The search box. A name (plain words) is matched through `member_name_suffixes` (a B-tree range; trigram
 * lookups of Vietnamese names are slow at national size, every name being made of very common syllables),
 * and a name is visible on every row the user sees. Anything else (digits of a phone, a part of a citizen
 * ID) is matched as text by the trigram index.
 */
function searchCondition(q: string, access: MemberAccess, wholeRecordsOnly: boolean): SQL {
  const name = nameQuery(q);
  if (name)
    return sql`${members.id} in (select s.member_id from member_name_suffixes s where s.suffix like ${`${name}%`})`;
  const pattern = searchPattern(q);
  const byAnything = sql`${members.searchText} like ${pattern}`;
  // A summary row is found by its name only: its numbers are not the searcher's to probe.
  return hasSummaryRows(access) && !wholeRecordsOnly
    ? (or(and(fullRowsSql(access), byAnything), sql`dangbo_fold(${members.fullName}) like ${pattern}`) as SQL)
    : byAnything;
}

/**
 * The WHERE of the member list, its total and its facets: access first, then the subtree, the search box and
 * the filters. `omit` leaves one filter out (a facet counts its values with the other filters applied);
 * `counting` names the facet being counted, so counts of hidden fields come from whole records only.
 */
export function memberConditions(
  filters: MemberFilters,
  { access, unitPath, today }: FilterContext,
  options: { omit?: FacetKey; counting?: FacetKey } = {},
): SQL {
  const active = (key: FacetKey) => key !== options.omit && filters[key] !== undefined;
  const wholeRecordsOnly =
    hiddenFacets.some(active) || (options.counting !== undefined && hiddenFacets.includes(options.counting));
  const conditions: SQL[] = [wholeRecordsOnly ? fullRowsSql(access) : visibleRowsSql(access)];

  if (unitPath) conditions.push(sql`${members.unitPath} <@ ${unitPath}::ltree`);

  const q = filters.q ? fold(filters.q) : '';
  if (q) conditions.push(searchCondition(q, access, wholeRecordsOnly));

  if (active('status') && filters.status) conditions.push(inArray(members.status, filters.status));
  if (active('sex') && filters.sex) conditions.push(eq(members.sex, filters.sex));
  if (active('ageBand') && filters.ageBand)
    conditions.push(inBandSql(members.birthDate, ageBandRanges[filters.ageBand], today));
  if (active('ethnicityCode') && filters.ethnicityCode)
    conditions.push(eq(members.ethnicityCode, filters.ethnicityCode));
  if (active('professionalDegree') && filters.professionalDegree)
    conditions.push(eq(members.professionalDegree, filters.professionalDegree));
  if (active('theoryLevel') && filters.theoryLevel)
    conditions.push(eq(members.theoryLevel, filters.theoryLevel));
  return and(...conditions) as SQL;
}
