import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { TaskBoard, TaskDetail, taskBoardQuery, taskListQuery } from '../../../contracts/tasks';
import { fold } from '../../../domain/text';
import type { Tx } from '../../db/client';
import { decodeCursor, encodeCursor, pageTotal } from '../../platform/http/cursor';
import { addDays } from '../org/calendar';
import { tasks } from './schema';
import {
  canEditTask,
  canReportTask,
  checkedTask,
  type TaskAccess,
  type TaskRow,
  visibleTasks,
} from './task-access';
import { summariesOf, visibleUnder, weekEndOf } from './task-summaries';
import { taskUpdatesOf } from './task-updates-read';

type Reach = 'subtree' | 'own';
type Unit = { id: string; path: string };

const counted = async (tx: Tx, where: SQL) => {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(tasks).where(where);
  return row?.n ?? 0;
};

const openOrder = [asc(tasks.dueOn), asc(tasks.id)];
const closedOrder = [desc(tasks.closedOn), desc(tasks.id)];

/**
 * The board: overdue, due by Sunday, done in the last 30 days (each the first `limit` and its total). The open
 * totals come from one pass over the open tasks (index-only, see the schema), not one count per column.
 */
export async function taskBoard(
  tx: Tx,
  access: TaskAccess,
  unit: Unit,
  query: z.infer<typeof taskBoardQuery>,
  today: string,
): Promise<TaskBoard> {
  const base = visibleUnder(access, unit, query.reach as Reach);
  const weekEnds = weekEndOf(today);
  const doneSince = addDays(today, -30);
  const firstRows = (where: SQL, order: SQL[]) =>
    tx
      .select()
      .from(tasks)
      .where(sql`${base} and ${where}`)
      .orderBy(...order)
      .limit(query.limit + 1);
  const open = sql`${tasks.status} = 'open'`;
  const overdueWhere = sql`${tasks.dueOn} < ${today}`;
  const weekWhere = sql`${tasks.dueOn} between ${today} and ${weekEnds}`;
  const doneWhere = sql`${tasks.status} = 'done' and ${tasks.closedOn} >= ${doneSince}`;
  const [overdueRows, weekRows, doneRows, [totals]] = await Promise.all([
    firstRows(sql`${open} and ${overdueWhere}`, openOrder),
    firstRows(sql`${open} and ${weekWhere}`, openOrder),
    firstRows(doneWhere, closedOrder),
    tx
      .select({
        overdue: sql<number>`(count(*) filter (where ${overdueWhere}))::int`,
        dueThisWeek: sql<number>`(count(*) filter (where ${weekWhere}))::int`,
        open: sql<number>`count(*)::int`,
      })
      .from(tasks)
      .where(sql`${base} and ${open}`),
  ]);
  // One lookup of names for the three columns' rows (on PGlite every query waits its turn).
  const shown = [overdueRows, weekRows, doneRows].map((rows) => rows.slice(0, query.limit));
  const [summaries, doneTotal] = await Promise.all([
    summariesOf(tx, shown.flat(), today, access),
    doneRows.length <= query.limit ? doneRows.length : counted(tx, sql`${base} and ${doneWhere}`),
  ]);
  const [overdueItems = [], weekItems = [], doneItems = []] = shown.map((rows, i) => {
    const start = shown.slice(0, i).reduce((n, r) => n + r.length, 0);
    return summaries.slice(start, start + rows.length);
  });
  const total = (rows: TaskRow[], whenMore = 0) => (rows.length <= query.limit ? rows.length : whenMore);
  const overdue = { items: overdueItems, total: total(overdueRows, totals?.overdue) };
  const dueThisWeek = { items: weekItems, total: total(weekRows, totals?.dueThisWeek) };
  const done = { items: doneItems, total: doneTotal };
  return { today, weekEnds, overdue, dueThisWeek, done, openTotal: totals?.open ?? 0 };
}

const statusFilter = (status: z.infer<typeof taskListQuery>['status'], today: string): SQL => {
  switch (status) {
    case 'open':
      return sql`${tasks.status} = 'open'`;
    case 'overdue':
      return sql`${tasks.status} = 'open' and ${tasks.dueOn} < ${today}`;
    case 'due_week':
      return sql`${tasks.status} = 'open' and ${tasks.dueOn} between ${today} and ${weekEndOf(today)}`;
    case 'done':
      return sql`${tasks.status} = 'done'`;
    case 'cancelled':
      return sql`${tasks.status} = 'cancelled'`;
    default:
      return sql`true`;
  }
};

/**
 * A unit's tasks, key-paginated: open ones by deadline (earliest first), closed ones by closing day (latest
 * first), everything by deadline when mixed.
 */
export async function listTasks(
  tx: Tx,
  access: TaskAccess,
  unit: Unit,
  query: z.infer<typeof taskListQuery>,
  today: string,
) {
  const closedSort = query.status === 'done' || query.status === 'cancelled';
  const key = decodeCursor(query.cursor, 2);
  const conditions: SQL[] = [
    visibleUnder(access, unit, query.reach as Reach),
    statusFilter(query.status, today),
  ];
  if (query.sourceKind) conditions.push(sql`${tasks.sourceKind} = ${query.sourceKind}`);
  for (const word of fold(query.q ?? '')
    .split(/\s+/)
    .filter(Boolean))
    conditions.push(sql`dangbo_fold(${tasks.title} || ' ' || ${tasks.sourceText}) like ${`%${word}%`}`);
  const where = and(...conditions) as SQL;
  const after = key
    ? closedSort
      ? sql`(${tasks.closedOn}, ${tasks.id}) < (${key[0]}::date, ${key[1]}::uuid)`
      : sql`(${tasks.dueOn}, ${tasks.id}) > (${key[0]}::date, ${key[1]}::uuid)`
    : sql`true`;
  const rows = await tx
    .select()
    .from(tasks)
    .where(sql`${where} and ${after}`)
    .orderBy(...(closedSort ? closedOrder : openOrder))
    .limit(query.limit + 1);
  const pageRows = rows.slice(0, query.limit);
  const last = pageRows.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor([closedSort ? (last.closedOn as string) : last.dueOn, last.id])
      : null;
  return {
    items: await summariesOf(tx, pageRows, today, access),
    nextCursor,
    total: await pageTotal(!key, rows.length, query.limit, () => counted(tx, where)),
  };
}

/** Tasks given to the signed-in member: open ones first by deadline, then the last closed ones. */
export async function myTasks(tx: Tx, access: TaskAccess, today: string) {
  if (!access.memberId) return { items: [] };
  const rows = await tx
    .select()
    .from(tasks)
    .where(eq(tasks.assigneeMemberId, access.memberId))
    .orderBy(sql`${tasks.status} <> 'open'`, asc(tasks.dueOn), asc(tasks.id))
    .limit(100);
  return { items: await summariesOf(tx, rows, today, access) };
}

/** The tasks a source gave (a meeting, a working session, a document), in the order of its conclusions. */
export async function tasksOfSource(tx: Tx, refId: string, today: string) {
  const rows = await tx
    .select()
    .from(tasks)
    .where(eq(tasks.sourceRefId, refId))
    .orderBy(asc(tasks.sourceItemId), asc(tasks.createdAt), asc(tasks.id));
  return summariesOf(tx, rows, today);
}

export async function taskDetail(tx: Tx, access: TaskAccess, id: string, today: string): Promise<TaskDetail> {
  const row = await checkedTask(tx, access, id, 'read');
  const [summary] = await summariesOf(tx, [row], today, access);
  const childRows = await tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.parentId, id), visibleTasks(access)))
    .orderBy(...openOrder);
  const [parent] = row.parentId
    ? await tx.select({ id: tasks.id, title: tasks.title }).from(tasks).where(eq(tasks.id, row.parentId))
    : [];
  const children = await summariesOf(tx, childRows, today, access);
  const [counts] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(tasks)
    .where(sql`${tasks.parentId} = ${id} and ${tasks.status} <> 'cancelled'`);
  return {
    ...(summary as NonNullable<typeof summary>),
    description: row.description,
    weight: row.weight,
    closeReason: row.closeReason,
    parent: parent ?? null,
    children,
    updates: await taskUpdatesOf(tx, id),
    rolledUp: (counts?.n ?? 0) > 0,
    canEdit: canEditTask(access, row),
    canReport: canReportTask(access, row),
  };
}
