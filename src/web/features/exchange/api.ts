import type { Me } from '../../../contracts/auth';
import {
  type ExchangeColumnKey,
  exchangeColumnKeys,
  type ImportRow,
  type ImportSummary,
  MAX_IMPORT_BYTES,
  type MemberSources,
  type RowKind,
  XLSX_CONTENT_TYPE,
} from '../../../contracts/exchange';
import { ApiError, apiGet, apiPost, apiPut, meQueryKey, type Query, withQuery } from '../../app/api';
import i18n, { currentLanguage } from '../../app/i18n';
import { queryClient } from '../../app/queryClient';
import type { MemberSearch } from '../members/api';

export type { ExchangeColumnKey, ImportRow, ImportSummary, MemberSources, RowKind };
export { exchangeColumnKeys, MAX_IMPORT_BYTES };

export const exchangeKeys = {
  import: (id: string) => ['exchange', 'import', id] as const,
  rows: (id: string, kind: RowKind) => ['exchange', 'import', id, 'rows', kind] as const,
  sources: (memberId: string) => ['exchange', 'sources', memberId] as const,
};

/**
 * Sends the file itself as the request body (no form encoding): the server reads the bytes and decides
 * whether it is an .xlsx, an old .xls, a password-protected workbook or not Excel at all.
 */
export async function uploadImport(unitId: string, file: File): Promise<{ importId: string; jobId: string }> {
  const csrf = queryClient.getQueryData<Me | null>(meQueryKey)?.csrfToken;
  let response: Response;
  try {
    response = await fetch(withQuery('/api/exchange/imports', { unitId, fileName: file.name }), {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'accept-language': currentLanguage(),
        'content-type': XLSX_CONTENT_TYPE,
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
      },
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK', message: i18n.t('errors.network') });
  }
  const data = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    if (data && typeof data.code === 'string' && typeof data.message === 'string')
      throw new ApiError(response.status, { code: data.code, message: data.message });
    throw new ApiError(response.status, {
      code: `HTTP_${response.status}`,
      message: i18n.t('errors.server', { status: response.status }),
    });
  }
  return data as { importId: string; jobId: string };
}

export const importQuery = (id: string) => ({
  queryKey: exchangeKeys.import(id),
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    apiGet<ImportSummary>(`/api/exchange/imports/${encodeURIComponent(id)}`, undefined, signal),
});

/** Every row of one kind (bad rows or updates), page after page: a preview lists them all. */
export const importRowsQuery = (id: string, kind: RowKind) => ({
  queryKey: exchangeKeys.rows(id, kind),
  queryFn: async ({ signal }: { signal: AbortSignal }) => {
    const items: ImportRow[] = [];
    let after: number | null = null;
    do {
      const page: { items: ImportRow[]; nextAfter: number | null } = await apiGet(
        `/api/exchange/imports/${encodeURIComponent(id)}/rows`,
        { kind, limit: 500, after: after ?? undefined },
        signal,
      );
      items.push(...page.items);
      after = page.nextAfter;
    } while (after !== null && items.length < 5000);
    return items;
  },
});

export const putMapping = (id: string, mapping: (ExchangeColumnKey | null)[]) =>
  apiPut<{ importId: string; jobId: string }>(`/api/exchange/imports/${encodeURIComponent(id)}/mapping`, {
    mapping,
    save: true,
  });
export const acceptImport = (id: string) =>
  apiPost<ImportSummary>(`/api/exchange/imports/${encodeURIComponent(id)}/accept`);
export const cancelImport = (id: string) =>
  apiPost<ImportSummary>(`/api/exchange/imports/${encodeURIComponent(id)}/cancel`);

export const memberSourcesQuery = (memberId: string) => ({
  queryKey: exchangeKeys.sources(memberId),
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    apiGet<MemberSources>(`/api/exchange/members/${encodeURIComponent(memberId)}/sources`, undefined, signal),
});

/** The address of an export of the filtered list with these columns (a plain download link). */
export function exportHref(search: MemberSearch, columns: readonly ExchangeColumnKey[]): string {
  const query: Query = { ...(search as Record<string, string | undefined>), columns: columns.join(',') };
  return withQuery('/api/exchange/export', query);
}

const COLUMNS_KEY = 'dangbo.exchange.exportColumns';
export const defaultExportColumns: ExchangeColumnKey[] = [...exchangeColumnKeys];

/** The columns picked last time (kept in this browser), else all of them. */
export function lastExportColumns(): ExchangeColumnKey[] {
  try {
    const saved = JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? 'null') as unknown;
    if (Array.isArray(saved)) {
      const valid = saved.filter((k): k is ExchangeColumnKey =>
        (exchangeColumnKeys as readonly string[]).includes(String(k)),
      );
      if (valid.length > 0) return valid;
    }
  } catch {
    // A broken saved value: start from all columns.
  }
  return defaultExportColumns;
}
export function rememberExportColumns(columns: readonly ExchangeColumnKey[]): void {
  try {
    localStorage.setItem(COLUMNS_KEY, JSON.stringify(columns));
  } catch {
    // Private mode: nothing to remember.
  }
}
