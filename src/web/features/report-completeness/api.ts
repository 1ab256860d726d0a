import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type {
  CompletenessUnit,
  CompletenessView,
  completenessStatusFilters,
  RemindResult,
} from '../../../contracts/report-completeness';
import type { ReportFormSummary } from '../../../contracts/report-forms';
import { ApiError, apiGet, apiPost } from '../../app/api';

export type { CompletenessUnit, CompletenessView, RemindResult, ReportFormSummary };
export type StatusFilter = (typeof completenessStatusFilters)[number];

export interface CompletenessKey {
  formId: string;
  periodKey: string;
  unitId: string;
}

export const completenessKeys = {
  all: ['reports', 'completeness'] as const,
  forms: (unitId: string) => ['reports', 'forms', 'for-unit', unitId] as const,
};

/**
 * The forms the unit's subtree submits. The form list route belongs to the forms area; until it answers, the
 * page shows that no form can be chosen rather than failing.
 */
export const formsForUnitQuery = (unitId: string) =>
  queryOptions({
    queryKey: completenessKeys.forms(unitId),
    queryFn: async ({ signal }) => {
      try {
        return (await apiGet<{ items: ReportFormSummary[] }>('/api/report-forms', { unitId }, signal)).items;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return [];
        throw error;
      }
    },
  });

export const completenessQuery = (key: CompletenessKey) =>
  queryOptions({
    queryKey: [...completenessKeys.all, 'view', key] as const,
    queryFn: ({ signal }) => apiGet<CompletenessView>('/api/reports/completeness', { ...key }, signal),
  });

export const completenessUnitsQuery = (key: CompletenessKey, status: StatusFilter) =>
  infiniteQueryOptions({
    queryKey: [...completenessKeys.all, 'units', key, status] as const,
    queryFn: ({ signal, pageParam }) =>
      apiGet<{ items: CompletenessUnit[]; nextCursor: string | null }>(
        '/api/reports/completeness/units',
        { ...key, status, limit: 50, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const remindMissing = (key: CompletenessKey) =>
  apiPost<RemindResult>('/api/reports/completeness/remind', key);
