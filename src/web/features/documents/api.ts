import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Me } from '../../../contracts/auth';
import type {
  createDocumentBody,
  DocumentDetail,
  DocumentIssuer,
  DocumentReference,
  DocumentSummary,
  documentLink,
  nextNumber,
  numberRecord,
} from '../../../contracts/documents';
import type { Role } from '../../../contracts/roles';
import { apiGet } from '../../app/api';
import { queryClient } from '../../app/queryClient';
import type { Page } from '../../app/types';
import { uploadRaw } from '../../app/upload';
import type { DocumentsSearch } from './search';

export type { DocumentDetail, DocumentIssuer, DocumentReference, DocumentSummary };
export type CreateDocumentBody = z.input<typeof createDocumentBody>;
export type DocumentLink = z.infer<typeof documentLink>;
export type DocumentFile = DocumentDetail['files'][number];
export type NextNumber = z.infer<typeof nextNumber>;
export type NumberRecord = z.infer<typeof numberRecord>;
/** The list's filters as the API takes them (paging added by the query). */
export type DocumentsFilter = DocumentsSearch;

const PAGE_SIZE = 30;

export const documentKeys = {
  all: ['documents'] as const,
  list: (filter: DocumentsFilter) => ['documents', 'list', filter] as const,
  one: (id: string) => ['documents', 'one', id] as const,
  issuers: ['documents', 'issuers'] as const,
  numbers: (issuerId: string) => ['documents', 'numbers', issuerId] as const,
  nextNumber: (query: Record<string, string>) => ['documents', 'next-number', query] as const,
};

export const documentPath = (id: string, rest = '') => `/api/documents/${encodeURIComponent(id)}${rest}`;

export const documentsQuery = (filter: DocumentsFilter) =>
  infiniteQueryOptions({
    queryKey: documentKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<DocumentSummary> & { totalCapped: boolean }>(
        '/api/documents',
        { ...filter, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const documentQuery = (id: string) =>
  queryOptions({
    queryKey: documentKeys.one(id),
    queryFn: ({ signal }) => apiGet<DocumentDetail>(documentPath(id), undefined, signal),
  });

export const issuersQuery = queryOptions({
  queryKey: documentKeys.issuers,
  queryFn: ({ signal }) => apiGet<{ items: DocumentIssuer[] }>('/api/documents/issuers', undefined, signal),
  staleTime: 5 * 60_000,
});

export const numbersQuery = (issuerId: string) =>
  infiniteQueryOptions({
    queryKey: documentKeys.numbers(issuerId),
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<NumberRecord>>(
        '/api/documents/numbers',
        { issuerId, limit: 100, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: Boolean(issuerId),
  });

export const nextNumberQuery = (query: {
  issuerId: string;
  type: string;
  issuedOn: string;
  congress: boolean;
}) => {
  const params = { ...query, congress: String(query.congress) };
  return queryOptions({
    queryKey: documentKeys.nextNumber(params),
    queryFn: ({ signal }) => apiGet<NextNumber>('/api/documents/next-number', params, signal),
    staleTime: 0,
  });
};

/** After a write answered with the document: show it everywhere without another request, refresh the lists. */
export function storeDocument(document: DocumentDetail): void {
  queryClient.setQueryData(documentKeys.one(document.id), document);
  void queryClient.invalidateQueries({ queryKey: ['documents', 'list'] });
  void queryClient.invalidateQueries({ queryKey: ['documents', 'numbers'] });
}

export const refetchDocument = (id: string) => queryClient.fetchQuery({ ...documentQuery(id), staleTime: 0 });

/** Roles that register and draft documents (the server decides per unit; this only decides what to offer). */
const writerRoles: readonly Role[] = ['admin', 'committee', 'cell_secretary'];
export const canWriteDocuments = (me: Me): boolean => me.roles.some((g) => writerRoles.includes(g.role));

/** The registry a new document goes to first: the unit of the user's first writing role. */
export const defaultOwnerUnit = (me: Me): string | undefined =>
  me.roles.find((g) => writerRoles.includes(g.role))?.unitId;

/** Sends the file itself as the body; the server checks its bytes against its extension. */
export function uploadFile(documentId: string, file: File): Promise<DocumentDetail> {
  return uploadRaw<DocumentDetail>(documentPath(documentId, '/files'), file);
}

export const fileHref = (documentId: string, fileId: string) =>
  documentPath(documentId, `/files/${encodeURIComponent(fileId)}`);
export const docxHref = (documentId: string) => documentPath(documentId, '/docx');
