import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  assignStudyBody,
  myStudy,
  recordStudyBody,
  remindResult,
  StudyTarget,
  studyAssignmentDetail,
  studyAssignmentSummary,
  studyAssignmentsQuery,
} from '../../../contracts/documents';
import { apiGet, apiPost, apiPut } from '../../app/api';
import { queryClient } from '../../app/queryClient';
import type { Page } from '../../app/types';
import { uploadRaw } from '../../app/upload';

export type { StudyTarget };
export type StudyAssignmentSummary = z.infer<typeof studyAssignmentSummary>;
export type StudyAssignmentDetail = z.infer<typeof studyAssignmentDetail>;
export type MyStudy = z.infer<typeof myStudy>;
export type ToRecord = MyStudy['toRecord'][number];
export type ToRead = MyStudy['toRead'][number];
export type AssignStudyBody = z.input<typeof assignStudyBody>;
export type RecordStudyBody = z.input<typeof recordStudyBody>;
export type RemindResult = z.infer<typeof remindResult>;
export type AssignmentsFilter = Pick<
  z.input<typeof studyAssignmentsQuery>,
  'documentId' | 'unitId' | 'status'
>;

export const studyKeys = {
  all: ['study'] as const,
  lists: ['study', 'assignments'] as const,
  list: (filter: AssignmentsFilter) => ['study', 'assignments', filter] as const,
  one: (id: string) => ['study', 'assignment', id] as const,
  mine: ['study', 'mine'] as const,
};

const enc = encodeURIComponent;
export const assignmentPath = (id: string, rest = '') => `/api/study/assignments/${enc(id)}${rest}`;
export const targetPath = (id: string, rest = '') => `/api/study/targets/${enc(id)}${rest}`;
export const documentPath = (id: string, rest = '') => `/api/documents/${enc(id)}${rest}`;
export const planHref = (targetId: string) => targetPath(targetId, '/plan');

export const assignmentsQuery = (filter: AssignmentsFilter) =>
  infiniteQueryOptions({
    queryKey: studyKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<StudyAssignmentSummary>>(
        '/api/study/assignments',
        { ...filter, limit: 50, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const assignmentQuery = (id: string) =>
  queryOptions({
    queryKey: studyKeys.one(id),
    queryFn: ({ signal }) => apiGet<StudyAssignmentDetail>(assignmentPath(id), undefined, signal),
  });

export const myStudyQuery = queryOptions({
  queryKey: studyKeys.mine,
  queryFn: ({ signal }) => apiGet<MyStudy>('/api/study/mine', undefined, signal),
});

/** After a write answered with the assignment: show it without another request, refresh lists and to-dos. */
export function storeAssignment(detail: StudyAssignmentDetail): void {
  queryClient.setQueryData(studyKeys.one(detail.id), detail);
  void queryClient.invalidateQueries({ queryKey: studyKeys.lists });
  void queryClient.invalidateQueries({ queryKey: studyKeys.mine });
}

export const assignStudy = (documentId: string, body: AssignStudyBody) =>
  apiPost<StudyAssignmentDetail>(documentPath(documentId, '/study'), body);

export const recordStudy = (targetId: string, body: RecordStudyBody) =>
  apiPut<StudyAssignmentDetail>(targetPath(targetId), body);

export const remindAssignment = (id: string) => apiPost<RemindResult>(assignmentPath(id, '/remind'));

export async function confirmRead(documentId: string): Promise<void> {
  await apiPost<unknown>(documentPath(documentId, '/read'));
  await queryClient.invalidateQueries({ queryKey: studyKeys.mine });
  void queryClient.invalidateQueries({ queryKey: studyKeys.all });
  void queryClient.invalidateQueries({ queryKey: ['documents', 'one', documentId] });
}

/** Sends the plan file itself as the body; the server checks its bytes against its extension. */
export function uploadPlan(targetId: string, file: File): Promise<StudyAssignmentDetail> {
  return uploadRaw<StudyAssignmentDetail>(targetPath(targetId, '/plan'), file);
}

/** The target of an assignment's detail, to read its version before recording. */
export const fetchAssignment = (id: string) =>
  queryClient.fetchQuery({ ...assignmentQuery(id), staleTime: 0 });
