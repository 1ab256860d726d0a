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
import { members } from './schema';

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

/**
 * For every filter, how many members each of its values would give with the other filters applied — one
 * GROUP BY per filter, sent as one statement.
 */
export async function memberFacetCounts(
  tx: Tx,
  filters: MemberFilters,
  context: FilterContext,
): Promise<Facets> {
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
  const rows = await queryRows<FacetRow>(tx, sql.join(branches, sql` union all `));
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
