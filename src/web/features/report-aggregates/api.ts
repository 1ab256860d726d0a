import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type {
  AggregateResponse,
  CompiledResponse,
  TrendResponse,
} from '../../../contracts/report-aggregates';
import type { ReportFormSummary } from '../../../contracts/report-forms';
import { apiGet, withQuery } from '../../app/api';

export type { AggregateResponse, CompiledResponse, ReportFormSummary, TrendResponse };

interface Scope {
  formId: string;
  unitId: string;
  periodKey: string;
}

export const aggregateKeys = {
  forms: (unitId: string) => ['report-forms', 'for-unit', unitId] as const,
  view: (s: Scope) => ['reports', 'aggregate', s.formId, s.unitId, s.periodKey] as const,
  trend: (s: Scope, fieldKey: string) =>
    ['reports', 'trend', s.formId, s.unitId, s.periodKey, fieldKey] as const,
  compiled: (s: Scope, fieldKey: string) =>
    ['reports', 'compiled', s.formId, s.unitId, s.periodKey, fieldKey] as const,
};

/** The forms a unit's subtree submits (the forms area's list). */
export const unitFormsQuery = (unitId: string) =>
  queryOptions({
    queryKey: aggregateKeys.forms(unitId),
    queryFn: ({ signal }) => apiGet<{ items: ReportFormSummary[] }>('/api/report-forms', { unitId }, signal),
    retry: false,
  });

export const aggregateQuery = (s: Scope) =>
  queryOptions({
    queryKey: aggregateKeys.view(s),
    queryFn: ({ signal }) => apiGet<AggregateResponse>('/api/reports/aggregate', { ...s }, signal),
  });

export const trendQuery = (s: Scope, fieldKey: string) =>
  queryOptions({
    queryKey: aggregateKeys.trend(s, fieldKey),
    queryFn: ({ signal }) =>
      apiGet<TrendResponse>('/api/reports/trend', { ...s, fieldKey, count: 12 }, signal),
  });

export const compiledQuery = (s: Scope, fieldKey: string) =>
  infiniteQueryOptions({
    queryKey: aggregateKeys.compiled(s, fieldKey),
    queryFn: ({ pageParam, signal }) =>
      apiGet<CompiledResponse>(
        '/api/reports/compiled',
        { ...s, fieldKey, limit: 20, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** The aggregate as an .xlsx: a plain link, the browser downloads it with the session cookie. */
export const exportHref = (s: Scope) => withQuery('/api/reports/aggregate/export', { ...s });
