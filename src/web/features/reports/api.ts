import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReportFormSummary } from '../../../contracts/report-forms';
import type {
  DueReport,
  formPeriods,
  openSubmissionBody,
  reopenSubmissionBody,
  returnSubmissionBody,
  reviewSubmissionBody,
  SubmissionDetail,
  SubmissionStatus,
  SubmissionSummary,
  SubmissionValues,
  submitSubmissionBody,
} from '../../../contracts/reports';
import { apiGet, apiPost, apiPut } from '../../app/api';
import { queryClient } from '../../app/queryClient';

export type { DueReport, ReportFormSummary, SubmissionDetail, SubmissionStatus, SubmissionSummary };
export type FormPeriod = z.infer<typeof formPeriods>['items'][number];
export type OpenSubmissionBody = z.input<typeof openSubmissionBody>;
export type SubmitBody = z.input<typeof submitSubmissionBody>;
export type AcceptBody = z.input<typeof reviewSubmissionBody>;
export type ReturnBody = z.input<typeof returnSubmissionBody>;
export type ReopenBody = z.input<typeof reopenSubmissionBody>;

/** A theme of opinion of the committee (ideological-situation reports): the `theme` column picks one. */
export interface ReportTheme {
  id: string;
  name: string;
  status?: string;
}

export interface HistoryFilter {
  unitId: string;
  formId?: string;
  periodKey?: string;
  status?: SubmissionStatus;
}

interface SubmissionPage {
  items: SubmissionSummary[];
  nextCursor: string | null;
  total: number;
  totalCapped: boolean;
}

export const reportKeys = {
  all: ['reports'] as const,
  due: (unitId: string) => ['reports', 'due', unitId] as const,
  queue: (unitId: string) => ['reports', 'queue', unitId] as const,
  history: (filter: HistoryFilter) => ['reports', 'history', filter] as const,
  one: (id: string) => ['reports', 'one', id] as const,
  forms: (unitId: string) => ['reports', 'forms', unitId] as const,
  periods: (formId: string) => ['reports', 'periods', formId] as const,
  themes: (unitId: string) => ['reports', 'themes', unitId] as const,
};

const enc = encodeURIComponent;
const BASE = '/api/report-submissions';
export const submissionPath = (id: string, rest = '') => `${BASE}/${enc(id)}${rest}`;

export const dueReportsQuery = (unitId: string) =>
  queryOptions({
    queryKey: reportKeys.due(unitId),
    queryFn: ({ signal }) => apiGet<{ items: DueReport[] }>(`${BASE}/due`, { unitId }, signal),
  });

export const reviewQueueQuery = (unitId: string) =>
  queryOptions({
    queryKey: reportKeys.queue(unitId),
    queryFn: ({ signal }) =>
      apiGet<{ items: SubmissionSummary[]; total: number }>(`${BASE}/review-queue`, { unitId }, signal),
  });

export const historyQuery = (filter: HistoryFilter) =>
  infiniteQueryOptions({
    queryKey: reportKeys.history(filter),
    queryFn: ({ pageParam, signal }) =>
      apiGet<SubmissionPage>(BASE, { ...filter, limit: 50, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const submissionQuery = (id: string) =>
  queryOptions({
    queryKey: reportKeys.one(id),
    queryFn: ({ signal }) => apiGet<SubmissionDetail>(submissionPath(id), undefined, signal),
  });

export const unitFormsQuery = (unitId: string) =>
  queryOptions({
    queryKey: reportKeys.forms(unitId),
    queryFn: ({ signal }) => apiGet<{ items: ReportFormSummary[] }>('/api/report-forms', { unitId }, signal),
  });

export const formPeriodsQuery = (formId: string) =>
  queryOptions({
    queryKey: reportKeys.periods(formId),
    queryFn: ({ signal }) =>
      apiGet<{ items: FormPeriod[] }>(`/api/report-forms/${enc(formId)}/periods`, { count: 24 }, signal),
  });

export const themesQuery = (unitId: string) =>
  queryOptions({
    queryKey: reportKeys.themes(unitId),
    queryFn: ({ signal }) => apiGet<{ items: ReportTheme[] }>('/api/report-themes', { unitId }, signal),
    staleTime: 60_000,
  });

/** After a write answered with the report: show it at once; lists and counts refresh. */
export function storeSubmission(detail: SubmissionDetail): void {
  queryClient.setQueryData(reportKeys.one(detail.id), detail);
  void queryClient.invalidateQueries({
    queryKey: reportKeys.all,
    predicate: (query) => query.queryKey[1] !== 'one' && query.queryKey[1] !== 'themes',
  });
}

export const openSubmission = (body: OpenSubmissionBody) => apiPost<SubmissionDetail>(`${BASE}/open`, body);
export const saveSubmission = (id: string, body: { values: SubmissionValues; version: number }) =>
  apiPut<SubmissionDetail>(submissionPath(id), body);
export const refreshPrefill = (id: string, version: number) =>
  apiPost<SubmissionDetail>(submissionPath(id, '/prefill'), { version });
export const submitSubmission = (id: string, body: SubmitBody) =>
  apiPost<SubmissionDetail>(submissionPath(id, '/submit'), body);
export const acceptSubmission = (id: string, body: AcceptBody) =>
  apiPost<SubmissionDetail>(submissionPath(id, '/accept'), body);
export const returnSubmission = (id: string, body: ReturnBody) =>
  apiPost<SubmissionDetail>(submissionPath(id, '/return'), body);
export const reopenSubmission = (id: string, body: ReopenBody) =>
  apiPost<SubmissionDetail>(submissionPath(id, '/reopen'), body);
