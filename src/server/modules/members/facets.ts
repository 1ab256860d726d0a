import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { MemberFilters, memberFacets } from '../../../contracts/members';
import { ageBandRanges } from '../../../domain/member-bands';
import {
  ageBands,
  type MemberStatus,
  memberStatuses,
  professionalDegrees,
  type Sex,
  sexes,
  theoryLevels,
} from '../../../domain/member-codes';
import { queryRows, type Tx } from '../../db/client';
import { bandKeySql } from './bands-sql';
import { type FacetKey, type FilterContext, memberConditions } from './filters-sql';
import { keptTotalOf } from './kept-total';
import { members } from './schema';
import { kindsWithFacets } from './statistics';

type Facets = z.infer<typeof memberFacets>;

// Facet queries are single-table: columns render unqualified, which is what the UNION branches need.
function facetColumns(today: string): Record<FacetKey, SQL> {
  return {
    status: sql`${members.status}`,
    sex: sql`${members.sex}`,
    ageBand: bandKeySql(members.birthDate, ageBandRanges, today),
    ethnicityCode: sql`${members.ethnicityCode}`,
    professionalDegree: sql`${members.professionalDegree}`,
    theoryLevel: sql`${members.theoryLevel}`,
  };
}

interface FacetRow {
  facet: FacetKey | 'total';
  key: string | null;
  n: number;
}

/** Orders facet values as the code list does (unknown values after, then "not recorded"). */
function ordered<K extends string | null>(rows: { key: K; count: number }[], order: readonly string[]) {
  const rank = (key: string | null) =>
    key === null ? order.length + 1 : order.indexOf(key) + 1 || order.length;
  return rows.sort((a, b) => rank(a.key) - rank(b.key) || String(a.key).localeCompare(String(b.key)));
}

const inStatuses = (column: SQL, statuses: readonly string[] | undefined) =>
  statuses
    ? sql`and ${column} in (${sql.join(
        statuses.map((x) => sql`${x}`),
        sql`, `,
      )})`
    : sql``;

/**
 * The unit above the grassroots whose kept breakdowns answer the facets: the list is its whole subtree,
 * read in full, filtered by status at most (and the user's own record, counted besides, is inside it).
 */
async function unitWithKeptFacets(tx: Tx, filters: MemberFilters, context: FilterContext) {
  const kept = keptTotalOf(filters, context);
  if (!kept) return null;
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`select u.id::text as id from org_units u
      where u.id = substr(subpath(${kept.path}::ltree, -1)::text, 2)::uuid
        and u.kind in (${sql.join(
          kindsWithFacets.map((k) => sql`${k}`),
          sql`, `,
        )})
        and not (${kept.plusOwnRecord} and exists (select 1 from members m
          where m.user_id = ${context.access.userId}::uuid and not m.unit_path <@ u.path))`,
  );
  return row?.id ?? null;
}

/** The facets of a subtree above the grassroots from its kept counts and breakdowns. */
function keptFacetRows(unitId: string, statuses: readonly string[] | undefined, today: string): SQL {
  const birth = bandKeySql(sql`nullif(f.key, '')::date`, ageBandRanges, today);
  return sql`select 'status'::text as facet, c.status as key, c.n from member_subtree_counts c
      where c.unit_id = ${unitId}::uuid and c.n <> 0
    union all
    select (case f.dim when 'sex' then 'sex' when 'ethnicity' then 'ethnicityCode'
        when 'degree' then 'professionalDegree' when 'theory' then 'theoryLevel' else 'ageBand' end) as facet,
      (case f.dim when 'birth' then ${birth} else nullif(f.key, '') end) as key,
      sum(f.n)::int as n
    from member_upper_facets f
    where f.unit_id = ${unitId}::uuid and f.dim <> 'admission' and f.n <> 0 ${inStatuses(sql`f.status`, statuses)}
    group by 1, 2
    union all
    select 'total', null, coalesce(sum(c.n), 0)::int from member_subtree_counts c
      where c.unit_id = ${unitId}::uuid ${inStatuses(sql`c.status`, statuses)}`;
}

/** One GROUP BY per filter over the rows, sent as one statement. */
function countedFacetRows(filters: MemberFilters, context: FilterContext): SQL {
  const columns = facetColumns(context.today);
  const keys = Object.keys(columns) as FacetKey[];
  const branches = keys.map(
    (facet) => sql`(select ${facet}::text as facet, ${columns[facet]} as key, count(*)::int as n
      from members where ${memberConditions(filters, context, { omit: facet, counting: facet })}
      group by 2)`,
  );
  branches.push(
    sql`(select 'total'::text as facet, null::text as key, count(*)::int as n
      from members where ${memberConditions(filters, context)})`,
  );
  return sql.join(branches, sql` union all `);
}

/**
 * For every filter, how many members each of its values would give with the other filters applied. Above
 * the grassroots, with no filter but status, the kept breakdowns answer (a national root holds millions of
 * rows); otherwise the rows are counted.
 */
export async function memberFacetCounts(
  tx: Tx,
  filters: MemberFilters,
  context: FilterContext,
  options: { scan?: boolean } = {},
): Promise<Facets> {
  const keptUnit = options.scan ? null : await unitWithKeptFacets(tx, filters, context);
  const rows = await queryRows<FacetRow>(
    tx,
    keptUnit ? keptFacetRows(keptUnit, filters.status, context.today) : countedFacetRows(filters, context),
  );
  const of = (facet: FacetKey) =>
    rows.filter((r) => r.facet === facet).map((r) => ({ key: r.key, count: Number(r.n) }));
  const nonNull = <K extends string>(facet: FacetKey) =>
    of(facet).filter((r): r is { key: K; count: number } => r.key !== null);
  return {
    total: Number(rows.find((r) => r.facet === 'total')?.n ?? 0),
    status: ordered(nonNull<MemberStatus>('status'), memberStatuses),
    sex: ordered(nonNull<Sex>('sex'), sexes),
    ageBand: ordered(nonNull<(typeof ageBands)[number]>('ageBand'), ageBands),
    ethnicityCode: nonNull<string>('ethnicityCode').sort(
      (a, b) => b.count - a.count || a.key.localeCompare(b.key),
    ),
    professionalDegree: ordered(of('professionalDegree'), professionalDegrees),
    theoryLevel: ordered(of('theoryLevel'), theoryLevels),
  };
}
