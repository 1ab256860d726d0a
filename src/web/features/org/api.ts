import { queryOptions } from '@tanstack/react-query';
import type { Unit, UnitKind } from '../../../contracts/units';
import { apiGet, isApiError } from '../../app/api';
import { queryClient } from '../../app/queryClient';
import type { Page } from '../../app/types';

export type { Unit, UnitKind };

/** Unit kinds from the top of the Party down (DOMAIN.md §2); the rank orders them. */
const kindRank: Record<UnitKind, number> = {
  central: 0,
  provincial: 1,
  grassroots_superior: 2,
  grassroots: 3,
  partial: 4,
  cell: 5,
  party_group: 6,
};

export const unitKindList = (Object.keys(kindRank) as UnitKind[]).sort((a, b) => kindRank[a] - kindRank[b]);

/** Kinds a new unit under `parent` may have (those below it; the server has the final word). */
export const childKindsOf = (parent: UnitKind): UnitKind[] =>
  unitKindList.filter((kind) => kindRank[kind] > kindRank[parent]);

export const unitKeys = {
  all: ['units'] as const,
  roots: ['units', 'roots'] as const,
  children: (parentId: string) => ['units', 'children', parentId] as const,
  one: (id: string) => ['units', 'one', id] as const,
  ancestors: (id: string) => ['units', 'ancestors', id] as const,
};

/**
 * All units of one level (the roots of the user's scope, or the children of one unit), following the API's
 * keyset pages to the end: a tree level is shown whole (a grassroots committee has tens of cells, not thousands).
 */
async function fetchLevel(parentId: string | undefined, signal: AbortSignal): Promise<Unit[]> {
  const units: Unit[] = [];
  let cursor: string | undefined;
  do {
    const page = await apiGet<Page<Unit>>('/api/units', { parentId, limit: 500, cursor }, signal);
    units.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return units;
}

export const rootUnitsQuery = queryOptions({
  queryKey: unitKeys.roots,
  queryFn: ({ signal }) => fetchLevel(undefined, signal),
});

export const childUnitsQuery = (parentId: string) =>
  queryOptions({
    queryKey: unitKeys.children(parentId),
    queryFn: ({ signal }) => fetchLevel(parentId, signal),
  });

export const unitQuery = (id: string) =>
  queryOptions({
    queryKey: unitKeys.one(id),
    queryFn: ({ signal }) => apiGet<Unit>(`/api/units/${encodeURIComponent(id)}`, undefined, signal),
  });

/**
 * The units above `id`, top first, as far up as the user may read (the walk stops quietly at the edge of the
 * user's scope).
 */
export const ancestorsQuery = (id: string) =>
  queryOptions({
    queryKey: unitKeys.ancestors(id),
    queryFn: async (): Promise<Unit[]> => {
      const chain: Unit[] = [];
      let current = await queryClient.fetchQuery(unitQuery(id));
      while (current.parentId && chain.length < 20) {
        try {
          current = await queryClient.fetchQuery(unitQuery(current.parentId));
        } catch (error) {
          if (isApiError(error) && (error.status === 403 || error.status === 404)) break;
          throw error;
        }
        chain.unshift(current);
      }
      return chain;
    },
  });
