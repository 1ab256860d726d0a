import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { Transfer } from '../../../contracts/transfers';
import { apiGet } from '../../app/api';
import type { Page } from '../../app/types';

export type { Transfer };
export type TransferView = 'outgoing' | 'incoming' | 'temporary' | 'history';

export const transferKeys = {
  all: ['transfers'] as const,
  list: (view: TransferView, memberId?: string) => ['transfers', 'list', view, memberId ?? null] as const,
  destinations: (q: string) => ['transfers', 'destinations', q] as const,
};

const PAGE_SIZE = 50;

export const transfersQuery = (view: TransferView, memberId?: string) =>
  infiniteQueryOptions({
    queryKey: transferKeys.list(view, memberId),
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<Transfer>>(
        '/api/transfers',
        { view, memberId, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export interface Destination {
  id: string;
  name: string;
  parentName: string | null;
}

export const destinationsQuery = (q: string) =>
  queryOptions({
    queryKey: transferKeys.destinations(q),
    queryFn: ({ signal }) => apiGet<{ items: Destination[] }>('/api/transfers/destinations', { q }, signal),
    staleTime: 60_000,
  });

export const letterHref = (id: string) => `/api/transfers/${encodeURIComponent(id)}/letter.docx`;
