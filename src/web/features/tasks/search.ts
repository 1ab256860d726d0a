import { taskSourceKinds } from '../../../contracts/tasks';
import type { TaskListFilter, TaskReach } from './api';

export const listStatuses = ['open', 'overdue', 'due_week', 'done', 'cancelled', 'all'] as const;
export type ListStatus = (typeof listStatuses)[number];
type SourceKind = (typeof taskSourceKinds)[number];

/** The board's state in the address bar: /tasks?unitId=…&reach=own */
export interface TaskBoardSearch {
  unitId?: string;
  reach?: TaskReach;
}

/** The list's: /tasks/list?unitId=…&status=overdue&sourceKind=inspection&q=… */
export interface TaskListSearch extends TaskBoardSearch {
  status?: ListStatus;
  sourceKind?: SourceKind;
  q?: string;
}

const text = (value: unknown): string | undefined => {
  const s = typeof value === 'number' ? String(value) : value;
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
};
const pick = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  list.find((item) => item === text(value));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (value: unknown) => {
  const s = text(value);
  return s && UUID.test(s) ? s : undefined;
};
const reaches: readonly TaskReach[] = ['subtree', 'own'];

export const parseTaskBoardSearch = (search: Record<string, unknown>): TaskBoardSearch => ({
  unitId: uuid(search.unitId),
  reach: pick(reaches, search.reach),
});

export const parseTaskListSearch = (search: Record<string, unknown>): TaskListSearch => ({
  ...parseTaskBoardSearch(search),
  status: pick(listStatuses, search.status),
  sourceKind: pick(taskSourceKinds, search.sourceKind),
  q: text(search.q)?.slice(0, 200),
});

/** The API filter of the list's address (defaults filled in, unset filters left out). */
export const listFilterOf = (search: TaskListSearch & { unitId: string }): TaskListFilter => {
  const filter: TaskListFilter = {
    unitId: search.unitId,
    reach: search.reach ?? 'subtree',
    status: search.status ?? 'open',
  };
  if (search.sourceKind) filter.sourceKind = search.sourceKind;
  if (search.q) filter.q = search.q;
  return filter;
};
