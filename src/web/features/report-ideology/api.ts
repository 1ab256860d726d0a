import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  createReportThemeBody,
  ReportTheme,
  ReportThemeStatus,
  reportThemeStatusBody,
  ThemeMention,
  ThemeOverviewRow,
  updateReportThemeBody,
} from '../../../contracts/report-themes';
import { apiGet, apiPost, apiPut } from '../../app/api';
import { queryClient } from '../../app/queryClient';
import type { Page } from '../../app/types';

export type { ReportTheme, ReportThemeStatus, ThemeMention, ThemeOverviewRow };
export type CreateThemeBody = z.input<typeof createReportThemeBody>;
export type UpdateThemeBody = z.input<typeof updateReportThemeBody>;
export type ThemeStatusBody = z.input<typeof reportThemeStatusBody>;

export interface OverviewFilter {
  unitId: string;
  /** ISO dates: mentions of reports whose period ends within. */
  from?: string;
  to?: string;
  status?: ReportThemeStatus;
}

export const themeKeys = {
  all: ['report-themes'] as const,
  overview: (filter: OverviewFilter) => ['report-themes', 'overview', filter] as const,
  mentions: (themeId: string, filter: Omit<OverviewFilter, 'status'>) =>
    ['report-themes', 'mentions', themeId, filter] as const,
};

export const overviewQuery = (filter: OverviewFilter) =>
  queryOptions({
    queryKey: themeKeys.overview(filter),
    queryFn: ({ signal }) =>
      apiGet<{ items: ThemeOverviewRow[] }>('/api/report-themes/overview', { ...filter }, signal),
  });

export const mentionsQuery = (themeId: string, filter: Omit<OverviewFilter, 'status'>) =>
  infiniteQueryOptions({
    queryKey: themeKeys.mentions(themeId, filter),
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<ThemeMention>>(
        `/api/report-themes/${encodeURIComponent(themeId)}/mentions`,
        { unitId: filter.unitId, from: filter.from, to: filter.to, limit: 30, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** After a change of a theme: the overview and mentions are read again. */
export const refreshThemes = () => queryClient.invalidateQueries({ queryKey: themeKeys.all });

export const createTheme = (body: CreateThemeBody) => apiPost<ReportTheme>('/api/report-themes', body);
export const updateTheme = (id: string, body: UpdateThemeBody) =>
  apiPut<ReportTheme>(`/api/report-themes/${encodeURIComponent(id)}`, body);
export const setThemeStatus = (id: string, body: ThemeStatusBody) =>
  apiPost<ReportTheme>(`/api/report-themes/${encodeURIComponent(id)}/status`, body);
