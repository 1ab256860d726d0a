import { type SQL, sql } from 'drizzle-orm';
import type { MemberStatistics } from '../../../contracts/members';
import type { UnitKind } from '../../../contracts/units';
import { ageBandRanges, partyAgeBandRanges } from '../../../domain/member-bands';
import {
  activeStatuses,
  ageBands,
  memberStatuses,
  partyAgeBands,
  professionalDegrees,
  sexes,
  theoryLevels,
} from '../../../domain/member-codes';
import { queryRows, type Tx } from '../../db/client';
import { bandKeySql } from './bands-sql';

/**
 * Subtree statistics of active members (probationary, official, exempted), aggregated in SQL. Today's figures
 * read the register as it is; figures "as of" a date rebuild the subtree from the unit versions valid that
 * day, place members by their unit history that day and take each one's status from the latest status event
 * on or before it. Age and party age are counted on the date; other fields are the record's current values.
 */

type Dimension =
  | 'status'
  | 'sex'
  | 'ageBand'
  | 'ethnicity'
  | 'professionalDegree'
  | 'theoryLevel'
  | 'partyAgeBand';

interface StatRow {
  dim: Dimension;
  key: string | null;
  n: number;
}

const activeList = sql.join(
  activeStatuses.map((s) => sql`${s}`),
  sql`, `,
);

/** Today's active members of the subtree: one row per member with the columns the breakdowns read. */
function currentMembers(path: string): SQL {
  return sql`select m.status, m.sex, m.birth_date, m.ethnicity_code, m.professional_degree, m.theory_level,
      m.admission_date
    from members m
    where m.unit_path <@ ${path}::ltree and m.status in (${activeList})`;
}

/** The subtree's active members on `date`, as the tree and the register stood then. */
function membersOn(unitId: string, date: string): SQL {
  const validOn = (alias: string, from: string, to: string) => {
    const [f, t] = [sql.raw(`${alias}.${from}`), sql.raw(`${alias}.${to}`)];
    return sql`${f} <= ${date}::date and (${t} is null or ${t} > ${date}::date)`;
  };
  return sql`select s.status, m.sex, m.birth_date, m.ethnicity_code, m.professional_degree, m.theory_level,
      m.admission_date
    from (
      select distinct h.member_id
      from org_unit_versions r
      join org_unit_versions d on d.path <@ r.path and ${validOn('d', 'valid_from', 'valid_to')}
      join member_unit_history h on h.unit_id = d.unit_id and ${validOn('h', 'from_date', 'to_date')}
      where r.unit_id = ${unitId}::uuid and ${validOn('r', 'valid_from', 'valid_to')}
    ) placed
    join members m on m.id = placed.member_id
    cross join lateral (
      select e.status from member_status_events e
      where e.member_id = m.id and e.effective_on <= ${date}::date
      order by e.effective_on desc, e.created_at desc, e.id desc
      limit 1
    ) s
    where s.status in (${activeList})`;
}

/**
 * One pass over the population: members are first grouped by the combination of all seven keys (a few
 * thousand groups even at national size, and a plain GROUP BY that PostgreSQL runs in parallel), and each
 * breakdown then sums those groups. Seven separate GROUP BYs over the population read it seven times.
 */
function breakdowns(population: SQL, date: string): SQL {
  const keys: [Dimension, SQL][] = [
    ['status', sql`status`],
    ['sex', sql`sex`],
    ['ageBand', bandKeySql(sql`birth_date`, ageBandRanges, date)],
    ['ethnicity', sql`ethnicity_code`],
    ['professionalDegree', sql`professional_degree`],
    ['theoryLevel', sql`theory_level`],
    ['partyAgeBand', bandKeySql(sql`admission_date`, partyAgeBandRanges, date)],
  ];
  const columns = keys.map(([dim, key]) => sql`${key}::text as ${sql.identifier(dim)}`);
  const groupBy = sql.raw(keys.map((_, i) => String(i + 1)).join(', '));
  const branches = keys.map(
    ([dim]) =>
      sql`select ${dim}::text as dim, ${sql.identifier(dim)} as key, sum(n)::int as n from c group by 2`,
  );
  return sql`with p as (${population}),
    c as (select ${sql.join(columns, sql`, `)}, count(*) as n from p group by ${groupBy})
    ${sql.join(branches, sql` union all `)}`;
}

function ordered(rows: { key: string | null; count: number }[], order?: readonly string[]) {
  const rank = (key: string | null) =>
    key === null ? Number.MAX_SAFE_INTEGER : order ? order.indexOf(key) + 1 || order.length + 1 : 0;
  return rows.sort(
    (a, b) => rank(a.key) - rank(b.key) || b.count - a.count || String(a.key).localeCompare(String(b.key)),
  );
}

/** Units whose subtrees keep their breakdowns in `member_upper_facets` (the same list as its trigger). */
export const kindsWithFacets: readonly UnitKind[] = ['central', 'provincial', 'grassroots_superior'];

const facetDims: Record<string, Dimension> = {
  sex: 'sex',
  ethnicity: 'ethnicity',
  degree: 'professionalDegree',
  theory: 'theoryLevel',
};

/** Today's breakdowns of a subtree above the grassroots, from its kept facets and subtree counts. */
function keptBreakdowns(unitId: string, date: string): SQL {
  const day = sql`nullif(f.key, '')::date`;
  const plain = Object.entries(facetDims).map(([dim, name]) => sql`when ${dim} then ${name}::text`);
  return sql`select (case f.dim ${sql.join(plain, sql` `)}
        when 'birth' then 'ageBand' when 'admission' then 'partyAgeBand' end) as dim,
      (case f.dim when 'birth' then ${bandKeySql(day, ageBandRanges, date)}
        when 'admission' then ${bandKeySql(day, partyAgeBandRanges, date)}
        else nullif(f.key, '') end) as key,
      sum(f.n)::int as n
    from member_upper_facets f
    where f.unit_id = ${unitId}::uuid and f.status in (${activeList}) and f.n <> 0
    group by 1, 2
    union all
    select 'status', c.status, c.n from member_subtree_counts c
    where c.unit_id = ${unitId}::uuid and c.status in (${activeList}) and c.n <> 0`;
}

export async function memberStatistics(
  tx: Tx,
  unit: { id: string; path: string; kind: UnitKind },
  options: { asOf?: string; today: string; scan?: boolean },
): Promise<MemberStatistics> {
  const date = options.asOf ?? options.today;
  const kept = !options.asOf && !options.scan && kindsWithFacets.includes(unit.kind);
  const population = options.asOf ? membersOn(unit.id, date) : currentMembers(unit.path);
  const rows = await queryRows<StatRow>(
    tx,
    kept ? keptBreakdowns(unit.id, date) : breakdowns(population, date),
  );
  const of = (dim: Dimension, order?: readonly string[]) =>
    ordered(
      rows.filter((r) => r.dim === dim).map((r) => ({ key: r.key, count: Number(r.n) })),
      order,
    );
  const byStatus = of('status', memberStatuses);
  return {
    unitId: unit.id,
    asOf: date,
    total: byStatus.reduce((sum, r) => sum + r.count, 0),
    byStatus,
    bySex: of('sex', sexes),
    byAgeBand: of('ageBand', ageBands),
    byEthnicity: of('ethnicity'),
    byProfessionalDegree: of('professionalDegree', professionalDegrees),
    byTheoryLevel: of('theoryLevel', theoryLevels),
    byPartyAgeBand: of('partyAgeBand', partyAgeBands),
  };
}
