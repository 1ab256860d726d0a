import { count, inArray, type SQL, sql } from 'drizzle-orm';
import type { TaskSummary } from '../../../contracts/tasks';
import type { Tx } from '../../db/client';
import { isInside, scopeIncludes } from '../../platform/access/grants';
import { memberPlaces } from '../members/for-programs';
import { unitNamesAndPaths } from '../org/document-units-read';
import { tasks } from './schema';
import { type TaskAccess, type TaskRow, visibleTasks } from './task-access';

/** A link to the source; a working session's page is for readers of the unit that held it (the assigner). */
const sourceLink = (row: TaskRow, access?: TaskAccess): string | null => {
  if (!row.sourceRefId) return null;
  if (row.sourceKind === 'meeting') return `/meetings/${row.sourceRefId}`;
  if (row.sourceKind === 'working_session')
    return !access || scopeIncludes(access.read, row.ownerPath)
      ? `/working-sessions/${row.sourceRefId}`
      : null;
  if (row.sourceKind === 'document') return `/documents/${row.sourceRefId}`;
  return null;
};

/** The end of the week (Sunday) a day falls in. */
export function weekEndOf(today: string): string {
  const day = new Date(`${today}T00:00:00Z`);
  const toSunday = (7 - day.getUTCDay()) % 7;
  day.setUTCDate(day.getUTCDate() + toSunday);
  return day.toISOString().slice(0, 10);
}

/** Rows as the web shows them: unit and member names and child counts looked up for these rows only. */
export async function summariesOf(
  tx: Tx,
  rows: readonly TaskRow[],
  today: string,
  access?: TaskAccess,
): Promise<TaskSummary[]> {
  if (rows.length === 0) return [];
  const unitIds = rows.flatMap((r) => [r.ownerUnitId, r.assigneeUnitId]);
  const memberIds = rows.flatMap((r) => (r.assigneeMemberId ? [r.assigneeMemberId] : []));
  const [unitMap, memberMap, childRows] = await Promise.all([
    unitNamesAndPaths(tx, unitIds),
    memberPlaces(tx, memberIds),
    tx
      .select({ parentId: tasks.parentId, n: count() })
      .from(tasks)
      .where(
        inArray(
          tasks.parentId,
          rows.map((r) => r.id),
        ),
      )
      .groupBy(tasks.parentId),
  ]);
  const children = new Map(childRows.map((c) => [c.parentId, c.n]));
  const unitRef = (id: string) => ({ id, name: unitMap.get(id)?.name ?? '' });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    ownerUnit: unitRef(r.ownerUnitId),
    assigneeUnit: unitRef(r.assigneeUnitId),
    assigneeMember: r.assigneeMemberId
      ? { id: r.assigneeMemberId, name: memberMap.get(r.assigneeMemberId)?.fullName ?? '' }
      : null,
    source: {
      kind: r.sourceKind,
      refId: r.sourceRefId,
      title: r.sourceTitle,
      text: r.sourceText,
      date: r.sourceDate,
      link: sourceLink(r, access),
    },
    dueOn: r.dueOn,
    progress: r.progress,
    status: r.status,
    closedOn: r.closedOn,
    overdue: r.status === 'open' && r.dueOn < today,
    late: r.status === 'done' && r.closedOn !== null && r.closedOn > r.dueOn,
    parentId: r.parentId,
    childCount: children.get(r.id) ?? 0,
    version: r.version,
  }));
}

/** SQL: the task lies under a unit (`subtree`) or is assigned to that unit itself (`own`). */
export const underUnit = (unit: { id: string; path: string }, reach: 'subtree' | 'own') =>
  reach === 'own'
    ? sql`${tasks.assigneeUnitId} = ${unit.id}`
    : sql`${tasks.assigneePath} <@ ${unit.path}::ltree`;

/**
 * SQL: the tasks of a unit that the user sees. When the unit lies inside one of the user's read subtrees,
 * every task under it is visible and the visibility test is left out: it would be a second path test on each
 * row, and the board's counts at a national root read hundreds of thousands of rows.
 */
export function visibleUnder(
  access: TaskAccess,
  unit: { id: string; path: string },
  reach: 'subtree' | 'own',
): SQL {
  const implied = reach === 'subtree' && access.read.subtrees.some((s) => isInside(unit.path, s));
  return implied ? underUnit(unit, reach) : sql`${visibleTasks(access)} and ${underUnit(unit, reach)}`;
}
