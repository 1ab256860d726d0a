import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  createReportFormBody,
  ReportFormDetail,
  ReportFormSummary,
  reportFormVersion,
  updateReportFormBody,
} from '../../../contracts/report-forms';
import { apiGet, apiPost, apiPut } from '../../app/api';
import { queryClient } from '../../app/queryClient';

export type { ReportFormDetail, ReportFormSummary };
export type CreateFormBody = z.input<typeof createReportFormBody>;
export type UpdateFormBody = z.input<typeof updateReportFormBody>;
export type FormVersion = z.infer<typeof reportFormVersion>;

export const formKeys = {
  list: (unitId: string, retired: boolean) => ['report-forms', 'list', unitId, retired] as const,
  one: (id: string) => ['report-forms', 'one', id] as const,
  version: (id: string, no: number) => ['report-forms', 'version', id, no] as const,
};

const formPath = (id: string, rest = '') => `/api/report-forms/${encodeURIComponent(id)}${rest}`;

export const formsQuery = (unitId: string, includeRetired: boolean) =>
  queryOptions({
    queryKey: formKeys.list(unitId, includeRetired),
    queryFn: ({ signal }) =>
      apiGet<{ items: ReportFormSummary[] }>(
        '/api/report-forms',
        // The server reads any value of includeRetired as true: send it only when wanted.
        { unitId: unitId || undefined, includeRetired: includeRetired || undefined },
        signal,
      ),
  });

export const formQuery = (id: string) =>
  queryOptions({
    queryKey: formKeys.one(id),
    queryFn: ({ signal }) => apiGet<ReportFormDetail>(formPath(id), undefined, signal),
  });

export const formVersionQuery = (id: string, versionNo: number) =>
  queryOptions({
    queryKey: formKeys.version(id, versionNo),
    queryFn: ({ signal }) => apiGet<FormVersion>(formPath(id, `/versions/${versionNo}`), undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Every write answers the whole form: keep it and let the lists reload. */
function store(form: ReportFormDetail) {
  queryClient.setQueryData(formKeys.one(form.id), form);
  void queryClient.invalidateQueries({ queryKey: ['report-forms', 'list'] });
  return form;
}

export const createForm = async (body: CreateFormBody) =>
  store(await apiPost<ReportFormDetail>('/api/report-forms', body));
export const updateForm = async (id: string, body: UpdateFormBody) =>
  store(await apiPut<ReportFormDetail>(formPath(id), body));
export const setFormStatus = async (id: string, status: 'active' | 'retired', version: number) =>
  store(await apiPost<ReportFormDetail>(formPath(id, '/status'), { status, version }));
