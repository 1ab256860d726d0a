import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type {
  BodyKind,
  Position,
  PositionTitle,
  Term,
  Unit,
  UnitEvent,
  UnitEventKind,
  UnitKind,
  UnitOffices,
  UnitSearchHit,
} from '../../../contracts/units';
import { canContain } from '../../../domain/org-kinds';
import { apiGet } from '../../app/api';
import type { Page } from '../../app/types';

export type {
  BodyKind,
  Position,
  PositionTitle,
  Term,
  Unit,
  UnitEvent,
  UnitEventKind,
  UnitKind,
  UnitOffices,
  UnitSearchHit,
};

/** Unit kinds from the top of the Party down (DOMAIN.md §2). */
export const unitKindList: readonly UnitKind[] = [
  'central',
  'provincial',
  'grassroots_superior',
  'grassroots',
  'partial',
  'cell',
  'party_group',
];

/** Kinds a new unit directly under `parent` may have (the same rule the server applies). */
export const childKindsOf = (parent: UnitKind): UnitKind[] =>
  unitKindList.filter((kind) => canContain(parent, kind));

export interface UnitAncestor {
  id: string;
  name: string;
  kind: UnitKind;
}

/** How a tree level is looked at: today's tree, or the tree as it was on a date; with or without dissolved units. */
export interface TreeView {
  asOf?: string;
  includeDissolved?: boolean;
}

const viewKey = (view: TreeView = {}) => ({
  asOf: view.asOf ?? null,
  includeDissolved: view.includeDissolved === true,
});

export const unitKeys = {
  all: ['units'] as const,
  roots: (view?: TreeView) => ['units', 'roots', viewKey(view)] as const,
  children: (parentId: string, view?: TreeView) => ['units', 'children', parentId, viewKey(view)] as const,
  one: (id: string) => ['units', 'one', id] as const,
  ancestors: (id: string) => ['units', 'ancestors', id] as const,
  offices: (id: string) => ['units', 'offices', id] as const,
  events: (id: string, subtree: boolean) => ['units', 'events', id, { subtree }] as const,
};

/**
 * All units of one level (the roots of the user's scope, or the children of one unit), following the API's
 * keyset pages to the end: a tree level is shown whole (a grassroots committee has tens of cells, not thousands).
 */
async function fetchLevel(
  parentId: string | undefined,
  view: TreeView,
  signal: AbortSignal,
): Promise<Unit[]> {
  const units: Unit[] = [];
  let cursor: string | undefined;
  do {
    const page = await apiGet<Page<Unit>>(
      '/api/units',
      {
        parentId,
        asOf: view.asOf,
        includeDissolved: view.includeDissolved ? true : undefined,
        limit: 500,
        cursor,
      },
      signal,
    );
    units.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return units;
}

export const rootsQuery = (view: TreeView = {}) =>
  queryOptions({
    queryKey: unitKeys.roots(view),
    queryFn: ({ signal }) => fetchLevel(undefined, view, signal),
  });

/** Today's top units of the user's scope (pickers use it). */
export const rootUnitsQuery = rootsQuery();

export const childUnitsQuery = (parentId: string, view: TreeView = {}) =>
  queryOptions({
    queryKey: unitKeys.children(parentId, view),
    queryFn: ({ signal }) => fetchLevel(parentId, view, signal),
  });

/** Units found by name anywhere in the user's scope (or under `within`); empty until two letters are typed. */
export const unitSearchQuery = (q: string, within?: string) =>
  queryOptions({
    queryKey: ['units', 'search', q, within ?? null] as const,
    queryFn: ({ signal }) =>
      apiGet<{ items: UnitSearchHit[] }>('/api/units/search', { q, within, limit: 30 }, signal),
    enabled: q.length >= 2,
    staleTime: 30_000,
  });

export const unitQuery = (id: string) =>
  queryOptions({
    queryKey: unitKeys.one(id),
    queryFn: ({ signal }) => apiGet<Unit>(`/api/units/${encodeURIComponent(id)}`, undefined, signal),
  });

/** The units above `id` that the user may read, top first (without the unit itself). */
export const ancestorsQuery = (id: string) =>
  queryOptions({
    queryKey: unitKeys.ancestors(id),
    queryFn: async ({ signal }): Promise<UnitAncestor[]> => {
      const { items } = await apiGet<{ items: UnitAncestor[] }>(
        `/api/units/${encodeURIComponent(id)}/ancestors`,
        undefined,
        signal,
      );
      return items.filter((item) => item.id !== id);
    },
  });

export const officesQuery = (id: string) =>
  queryOptions({
    queryKey: unitKeys.offices(id),
    queryFn: ({ signal }) =>
      apiGet<UnitOffices>(`/api/units/${encodeURIComponent(id)}/offices`, undefined, signal),
  });

/** Dated events of a unit (and, with `subtree`, of every unit below it), newest first, page by page. */
export const eventsQuery = (id: string, subtree: boolean) =>
  infiniteQueryOptions({
    queryKey: unitKeys.events(id, subtree),
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<UnitEvent>>(
        `/api/units/${encodeURIComponent(id)}/events`,
        { subtree: subtree ? true : undefined, limit: 30, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** A unit that no longer exists (dissolved, or merged into its successor) on `date` (default: today). */
export const isGone = (unit: Pick<Unit, 'dissolvedOn'>, date?: string): boolean =>
  unit.dissolvedOn !== null && (date === undefined || unit.dissolvedOn <= date);
