import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  closeTaskBody,
  createTaskBody,
  myTasks,
  reopenTaskBody,
  TaskBoard,
  TaskDetail,
  TaskSummary,
  taskListQuery,
  taskProgressBody,
  updateTaskBody,
} from '../../../contracts/tasks';
import { apiGet, apiPatch, apiPost } from '../../app/api';
import { queryClient } from '../../app/queryClient';
import type { Page } from '../../app/types';
import { uploadRaw } from '../../app/upload';

export type { TaskBoard, TaskDetail, TaskSummary };
export type MyTasks = z.infer<typeof myTasks>;
export type CreateTaskBody = z.input<typeof createTaskBody>;
export type UpdateTaskBody = z.input<typeof updateTaskBody>;
export type TaskProgressBody = z.input<typeof taskProgressBody>;
export type CloseTaskBody = z.input<typeof closeTaskBody>;
export type ReopenTaskBody = z.input<typeof reopenTaskBody>;
export type TaskReach = 'subtree' | 'own';
export type TaskListFilter = Pick<
  z.input<typeof taskListQuery>,
  'unitId' | 'reach' | 'status' | 'sourceKind' | 'q'
>;

export const taskKeys = {
  all: ['tasks'] as const,
  board: (unitId: string, reach: TaskReach) => ['tasks', 'board', unitId, reach] as const,
  list: (filter: TaskListFilter) => ['tasks', 'list', filter] as const,
  one: (id: string) => ['tasks', 'one', id] as const,
  mine: ['tasks', 'mine'] as const,
};

const enc = encodeURIComponent;
export const taskPath = (id: string, rest = '') => `/api/tasks/${enc(id)}${rest}`;
export const taskFileHref = (taskId: string, fileId: string) => taskPath(taskId, `/files/${enc(fileId)}`);

export const boardQuery = (unitId: string, reach: TaskReach) =>
  queryOptions({
    queryKey: taskKeys.board(unitId, reach),
    queryFn: ({ signal }) => apiGet<TaskBoard>('/api/tasks/board', { unitId, reach, limit: 10 }, signal),
  });

export const tasksQuery = (filter: TaskListFilter) =>
  infiniteQueryOptions({
    queryKey: taskKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<TaskSummary>>('/api/tasks', { ...filter, limit: 50, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const taskQuery = (id: string) =>
  queryOptions({
    queryKey: taskKeys.one(id),
    queryFn: ({ signal }) => apiGet<TaskDetail>(taskPath(id), undefined, signal),
  });

export const myTasksQuery = queryOptions({
  queryKey: taskKeys.mine,
  queryFn: ({ signal }) => apiGet<MyTasks>('/api/tasks/mine', undefined, signal),
});

/** After a write answered with the task: show it without another request; boards and lists refresh. */
export function storeTask(detail: TaskDetail): void {
  queryClient.setQueryData(taskKeys.one(detail.id), detail);
  void queryClient.invalidateQueries({
    queryKey: taskKeys.all,
    predicate: (query) => !(query.queryKey[1] === 'one' && query.queryKey[2] === detail.id),
  });
}

export const createTask = (body: CreateTaskBody) => apiPost<TaskDetail>('/api/tasks', body);
export const updateTask = (id: string, body: UpdateTaskBody) => apiPatch<TaskDetail>(taskPath(id), body);
export const reportProgress = (id: string, body: TaskProgressBody) =>
  apiPost<TaskDetail>(taskPath(id, '/progress'), body);
export const closeTask = (id: string, body: CloseTaskBody) =>
  apiPost<TaskDetail>(taskPath(id, '/close'), body);
export const reopenTask = (id: string, body: ReopenTaskBody) =>
  apiPost<TaskDetail>(taskPath(id, '/reopen'), body);

/** Attaches a file to a progress report already saved: the file itself is the body. */
export const uploadProgressFile = (id: string, updateId: string, file: File) =>
  uploadRaw<TaskDetail>(taskPath(id, `/updates/${enc(updateId)}/file`), file);
