import { type SQL, sql } from 'drizzle-orm';
import type { MemberFilters } from '../../../contracts/members';
import { nameQuery } from '../../../domain/member-search';
import { queryRows, type Tx } from '../../db/client';
import { inScope } from '../../platform/access/scope-sql';
import { type FilterContext, hiddenFacets } from './filters-sql';
import { hasSummaryRows } from './visibility';

/** A page of a name search: the matching members' ids in list order, and how many match in all. */
export interface NamePage {
  ids: string[];
  total: number;
}

/**
 * The folded name when `member_name_suffixes` can answer the search alone: plain words typed, filtered by
 * unit and status at most, for a user who reads whole records (cell-mates seen as a summary are matched by
 * `members` itself). Null otherwise.
 */
export function nameSearchOf(filters: MemberFilters, { access }: FilterContext): string | null {
  const name = filters.q ? nameQuery(filters.q) : null;
  if (!name || hiddenFacets.some((key) => filters[key] !== undefined) || hasSummaryRows(access)) return null;
  return name;
}

/**
 * Members whose folded name has a word-boundary suffix starting with `name` ("xuan du" finds "phan xuan
 * dung"), in Vietnamese name order after `after` — one B-tree range over the suffixes, with the sort key and
 * the access columns read from the index, so only the page's members are fetched afterwards.
 */
export async function nameSearchPage(
  tx: Tx,
  name: string,
  filters: MemberFilters,
  { access, unitPath }: FilterContext,
  page: { limit: number; after: SQL | null },
): Promise<NamePage> {
  const conditions: SQL[] = [
    // Only letters and spaces reach here (`nameQuery`), so the pattern needs no escaping.
    sql`s.suffix like ${`${name}%`}`,
    sql`(${inScope(sql`s.unit_path`, access.full)} or s.user_id = ${access.userId}::uuid)`,
  ];
  if (unitPath) conditions.push(sql`s.unit_path <@ ${unitPath}::ltree`);
  if (filters.status)
    conditions.push(
      sql`s.status in (${sql.join(
        filters.status.map((status) => sql`${status}`),
        sql`, `,
      )})`,
    );
  const [row] = await queryRows<{ ids: string[]; total: number }>(
    tx,
    sql`with hits as materialized (
        select s.member_id, min(s.sort_key) as sort_key from member_name_suffixes s
        where ${sql.join(conditions, sql` and `)}
        group by s.member_id
      )
      select (select count(*) from hits)::int as total,
        array(select h.member_id::text from hits h ${page.after ? sql`where ${page.after}` : sql``}
          order by h.sort_key, h.member_id limit ${page.limit}) as ids`,
  );
  return { ids: row?.ids ?? [], total: Number(row?.total ?? 0) };
}
