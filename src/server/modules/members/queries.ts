import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  Member,
  MemberFilters,
  MemberListItem,
  MemberView,
  membersListQuery,
} from '../../../contracts/members';
import { fold } from '../../../domain/text';
import type { Db, Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import { decodeCursor, encodeCursor, pageTotal } from '../../platform/http/cursor';
import { partyAgeYearsOf } from '../lifecycle/party-age-read';
import { currentPositionsOf, type HeldPosition } from '../org/positions-read';
import { units } from '../org/schema';
import { subtreeMemberTotal } from './counts';
import { type FilterContext, memberConditions } from './filters-sql';
import { keptTotalOf } from './kept-total';
import { nameSearchOf, nameSearchPage } from './name-search';
import { members } from './schema';
import { canEditMember, type MemberAccess, visibilityOf } from './visibility';

export type MemberRow = typeof members.$inferSelect;

const listColumns = {
  id: members.id,
  fullName: members.fullName,
  unitId: members.unitId,
  // A subquery, which PostgreSQL evaluates only for the rows left after the sort and limit.
  unitName: sql<string>`(select u.name from org_units u where u.id = ${members.unitId})`,
  unitPath: members.unitPath,
  userId: members.userId,
  status: members.status,
  birthDate: members.birthDate,
  sex: members.sex,
  phone: members.phone,
  admissionDate: members.admissionDate,
  officialDate: members.officialDate,
  citizenId: members.citizenId,
  cardNumber: members.cardNumber,
  sortKey: members.sortKey,
};
type ListRow = Pick<MemberRow, Exclude<keyof typeof listColumns, 'unitName'>> & { unitName: string };

/** A cursor holds the last row's sort key; a key too long for a cursor is looked up again by the row's id. */
const MAX_CURSOR_KEY_BYTES = 380;

/** Rows after the cursor's (sort key, id), by the columns that hold them. */
function afterCursor(
  cursor: string | undefined,
  columns: { sortKey: SQL; id: SQL } = { sortKey: sql`${members.sortKey}`, id: sql`${members.id}` },
): SQL | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [sortKey, id] = key;
  if (typeof sortKey !== 'string' || typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id))
    throw new AppError(400, 'VALIDATION', { field: 'cursor', params: { reason: 'không hợp lệ / invalid' } });
  const last =
    sortKey === ''
      ? sql`(select m.sort_key from members m where m.id = ${id}::uuid)`
      : sql`(${sortKey} collate "C")`;
  return sql`(${columns.sortKey}, ${columns.id}) > (${last}, ${id}::uuid)`;
}

function cursorOf(row: { sortKey: string; id: string }): string {
  const key = Buffer.byteLength(row.sortKey) <= MAX_CURSOR_KEY_BYTES ? row.sortKey : '';
  return encodeCursor([key, row.id]);
}

type PositionsOf = Map<string, HeldPosition[]>;

function presentListItem(row: ListRow, access: MemberAccess, positions: PositionsOf): MemberListItem | null {
  const visibility = visibilityOf(access, row);
  if (!visibility) return null;
  const summary = {
    id: row.id,
    fullName: row.fullName,
    unitId: row.unitId,
    unitName: row.unitName,
    status: row.status,
    positions: positions.get(row.id) ?? [],
  };
  if (visibility === 'summary') return summary;
  return {
    ...summary,
    birthDate: row.birthDate,
    sex: row.sex,
    phone: row.phone,
    admissionDate: row.admissionDate,
    officialDate: row.officialDate,
    citizenId: row.citizenId,
    cardNumber: row.cardNumber,
  };
}

/** The list's total from the kept subtree counts, when they can answer it (`keptTotalOf`); else null. */
async function totalFromCounts(db: Db, context: FilterContext, query: MemberFilters): Promise<number | null> {
  const kept = keptTotalOf(query, context);
  if (!kept) return null;
  const total = await subtreeMemberTotal(db, kept.path, query.status);
  if (!kept.plusOwnRecord) return total;
  const [own] = await db
    .select({ n: count() })
    .from(members)
    .where(
      and(
        eq(members.userId, context.access.userId),
        sql`not ${members.unitPath} <@ ${kept.path}::ltree`,
        query.status ? inArray(members.status, query.status) : undefined,
      ),
    );
  return total + (own?.n ?? 0);
}

type PageRows = { rows: ListRow[]; total: number };

/** `limit + 1` rows of the list (one more tells that another page follows) and the list's total. */
async function filteredRows(
  db: Db,
  context: FilterContext,
  query: z.infer<typeof membersListQuery>,
): Promise<PageRows> {
  const where = memberConditions(query, context);
  const after = afterCursor(query.cursor);
  // A search has to gather all its matches to sort them anyway, so its first page counts them in the same
  // pass; a plain list reads just one page off the name index and takes its total from the subtree counts.
  const countInPass = !after && Boolean(query.q && fold(query.q));
  const rows = await db
    .select({ ...listColumns, matches: countInPass ? sql<number>`count(*) over ()` : sql<number>`0` })
    .from(members)
    .where(after ? and(where, after) : where)
    .orderBy(asc(members.sortKey), asc(members.id))
    .limit(query.limit + 1);
  const total = await pageTotal(!after, rows.length, query.limit, async () => {
    if (countInPass) return Number(rows[0]?.matches ?? 0);
    const fromCounts = await totalFromCounts(db, context, query);
    if (fromCounts !== null) return fromCounts;
    const [row] = await db.select({ n: count() }).from(members).where(where);
    return row?.n ?? 0;
  });
  return { rows, total };
}

/** The same for a name search answered by the name suffixes: the page's members are then read by id. */
async function nameSearchRows(
  db: Db,
  name: string,
  context: FilterContext,
  query: z.infer<typeof membersListQuery>,
): Promise<PageRows> {
  const after = afterCursor(query.cursor, { sortKey: sql`h.sort_key`, id: sql`h.member_id` });
  const { ids, total } = await nameSearchPage(db, name, query, context, { limit: query.limit + 1, after });
  if (ids.length === 0) return { rows: [], total };
  const found = await db.select(listColumns).from(members).where(inArray(members.id, ids));
  const byId = new Map(found.map((row) => [row.id, row]));
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), total };
}

/** One page of the register in Vietnamese name order, filtered by access in SQL, keyset on (sort_key, id). */
export async function listMembers(
  db: Db,
  context: FilterContext,
  query: z.infer<typeof membersListQuery>,
): Promise<{ items: MemberListItem[]; nextCursor: string | null; total: number }> {
  const byName = nameSearchOf(query, context);
  const { rows, total } = byName
    ? await nameSearchRows(db, byName, context, query)
    : await filteredRows(db, context, query);
  const page = rows.slice(0, query.limit);
  const positions = await currentPositionsOf(
    db,
    page.map((r) => r.id),
    context.today,
  );
  const last = page.at(-1);
  return {
    items: page.flatMap((row) => presentListItem(row, context.access, positions) ?? []),
    nextCursor: rows.length > query.limit && last ? cursorOf(last) : null,
    total,
  };
}

export async function findMember(tx: Tx, id: string): Promise<(MemberRow & { unitName: string }) | null> {
  const [row] = await tx
    .select({ member: members, unitName: units.name })
    .from(members)
    .innerJoin(units, eq(units.id, members.unitId))
    .where(eq(members.id, id))
    .limit(1);
  return row ? { ...row.member, unitName: row.unitName } : null;
}

/** The whole record as its readers see it. */
export function presentMember(
  row: MemberRow & { unitName: string },
  access: MemberAccess,
  positions: HeldPosition[],
  partyAgeYears: number | null,
): Member {
  return {
    visibility: 'full',
    id: row.id,
    fullName: row.fullName,
    unitId: row.unitId,
    unitName: row.unitName,
    status: row.status,
    positions,
    birthDate: row.birthDate,
    sex: row.sex,
    ethnicityCode: row.ethnicityCode,
    religionCode: row.religionCode,
    citizenId: row.citizenId,
    hometownOld: row.hometownOld,
    hometownNew: row.hometownNew,
    residenceOld: row.residenceOld,
    residenceNew: row.residenceNew,
    admissionDate: row.admissionDate,
    officialDate: row.officialDate,
    admissionAgeException: row.admissionAgeException,
    cardNumber: row.cardNumber,
    recordNumber: row.recordNumber,
    generalEducation: row.generalEducation,
    professionalDegree: row.professionalDegree,
    major: row.major,
    academicTitle: row.academicTitle,
    theoryLevel: row.theoryLevel,
    job: row.job,
    workplace: row.workplace,
    phone: row.phone,
    email: row.email,
    statusSince: row.statusSince,
    partyAgeYears,
    version: row.version,
    canEdit: canEditMember(access, row.unitPath),
  };
}

/** GET /api/members/{id}: the whole record, the summary a cell-mate sees, or nothing (404). */
export async function viewMember(
  db: Db,
  access: MemberAccess,
  id: string,
  today: string,
): Promise<MemberView> {
  const row = await findMember(db, id);
  const visibility = row ? visibilityOf(access, row) : null;
  if (!row || !visibility) throw new AppError(404, 'NOT_FOUND');
  const positions = (await currentPositionsOf(db, [row.id], today)).get(row.id) ?? [];
  if (visibility === 'full')
    return presentMember(row, access, positions, await partyAgeYearsOf(db, row, today));
  return {
    visibility: 'summary',
    id: row.id,
    fullName: row.fullName,
    unitId: row.unitId,
    unitName: row.unitName,
    status: row.status,
    positions,
  };
}

/** What the badge lists need of members admitted by a date, in a subtree (the lifecycle module reads these). */
export interface AdmittedMember {
  id: string;
  fullName: string;
  birthDate: string;
  admissionDate: string;
  status: MemberRow['status'];
  statusSince: string;
  unitId: string;
  unitName: string;
  cardNumber: string | null;
}

/**
 * Members of a unit's subtree with one of the statuses, admitted on or before a date, in name order (filtered
 * in SQL by the subtree path; the caller has checked the unit against the user's scope).
 */
export async function admittedMembersIn(
  db: Db,
  unitPath: string,
  statuses: readonly MemberRow['status'][],
  admittedOnOrBefore: string,
): Promise<AdmittedMember[]> {
  const rows = await db
    .select({
      id: members.id,
      fullName: members.fullName,
      birthDate: members.birthDate,
      admissionDate: members.admissionDate,
      status: members.status,
      statusSince: members.statusSince,
      unitId: members.unitId,
      unitName: listColumns.unitName,
      cardNumber: members.cardNumber,
    })
    .from(members)
    .where(
      and(
        sql`${members.unitPath} <@ ${unitPath}::ltree`,
        inArray(members.status, [...statuses]),
        sql`${members.admissionDate} <= ${admittedOnOrBefore}`,
      ),
    )
    .orderBy(asc(members.sortKey), asc(members.id));
  return rows.flatMap((r) => (r.admissionDate ? [{ ...r, admissionDate: r.admissionDate }] : []));
}
