import { and, asc, type SQL, sql } from 'drizzle-orm';
import type { MemberFilters } from '../../../contracts/members';
import type { Db } from '../../db/client';
import { type FilterContext, memberConditions } from './filters-sql';
import { members } from './schema';
import { fullRowsSql } from './visibility';

export type ExportRow = typeof members.$inferSelect & { unitName: string };

/**
 * The members of a filtered list (the same filters as `GET /api/members`), whole records only, page by page
 * in name order by key (sort key, id): an export of any size holds one page in memory at a time.
 */
export async function* memberPagesForExport(
  db: Db,
  filters: MemberFilters,
  context: FilterContext,
  pageSize = 1000,
): AsyncGenerator<ExportRow[]> {
  const where = and(memberConditions(filters, context), fullRowsSql(context.access)) as SQL;
  let after: { sortKey: string; id: string } | null = null;
  for (;;) {
    const cursor: SQL | undefined = after
      ? sql`(${members.sortKey}, ${members.id}) > (${after.sortKey} collate "C", ${after.id}::uuid)`
      : undefined;
    const page: ExportRow[] = await db
      .select({
        member: members,
        unitName: sql<string>`(select u.name from org_units u where u.id = ${members.unitId})`,
      })
      .from(members)
      .where(cursor ? and(where, cursor) : where)
      .orderBy(asc(members.sortKey), asc(members.id))
      .limit(pageSize)
      .then((rows) => rows.map((r) => ({ ...r.member, unitName: r.unitName })));
    if (page.length === 0) return;
    yield page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = { sortKey: last.sortKey, id: last.id };
  }
}
