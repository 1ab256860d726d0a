import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Me } from '../../../contracts/auth';
import type {
  Member,
  MemberHistory,
  MemberListItem,
  MemberStatistics,
  MemberView,
} from '../../../contracts/members';
import type { Role } from '../../../contracts/roles';
import type {
  AgeBand,
  EthnicityCode,
  MemberStatus,
  ProfessionalDegree,
  Sex,
  TheoryLevel,
} from '../../../domain/member-codes';
import { apiGet } from '../../app/api';
import type { Page } from '../../app/types';

export type { Member, MemberHistory, MemberListItem, MemberStatistics, MemberView };

/** The list's filters as they stand in the address bar (/members?q=…&unitId=…). */
export interface MemberSearch {
  q?: string;
  unitId?: string;
  status?: MemberStatus;
  sex?: Sex;
  ageBand?: AgeBand;
  ethnicityCode?: EthnicityCode;
  professionalDegree?: ProfessionalDegree;
  theoryLevel?: TheoryLevel;
}

export interface StatisticsSearch {
  unitId?: string;
  asOf?: string;
}

export interface FacetCount<K> {
  key: K;
  count: number;
}

/** GET /api/members/facets: for each filter, how many members each value would give. */
export interface MemberFacets {
  total: number;
  status: FacetCount<MemberStatus>[];
  sex: FacetCount<Sex>[];
  ageBand: FacetCount<AgeBand>[];
  ethnicityCode: FacetCount<string>[];
  professionalDegree: FacetCount<string | null>[];
  theoryLevel: FacetCount<string | null>[];
}

export const memberKeys = {
  all: ['members'] as const,
  list: (search: MemberSearch) => ['members', 'list', search] as const,
  facets: (search: MemberSearch) => ['members', 'facets', search] as const,
  one: (id: string) => ['members', 'one', id] as const,
  history: (id: string) => ['members', 'history', id] as const,
  statistics: (unitId: string, asOf: string | undefined) =>
    ['members', 'statistics', { unitId, asOf }] as const,
};

const PAGE_SIZE = 50;

export const membersQuery = (search: MemberSearch) =>
  infiniteQueryOptions({
    queryKey: memberKeys.list(search),
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<MemberListItem>>(
        '/api/members',
        { ...search, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const facetsQuery = (search: MemberSearch) =>
  queryOptions({
    queryKey: memberKeys.facets(search),
    queryFn: ({ signal }) => apiGet<MemberFacets>('/api/members/facets', { ...search }, signal),
    // Keep the counts on screen while the next ones load, so the filter selects do not flicker empty.
    placeholderData: keepPreviousData,
  });

export const memberQuery = (id: string) =>
  queryOptions({
    queryKey: memberKeys.one(id),
    queryFn: ({ signal }) => apiGet<MemberView>(`/api/members/${encodeURIComponent(id)}`, undefined, signal),
  });

export const memberHistoryQuery = (id: string) =>
  queryOptions({
    queryKey: memberKeys.history(id),
    queryFn: ({ signal }) =>
      apiGet<MemberHistory>(`/api/members/${encodeURIComponent(id)}/history`, undefined, signal),
  });

export const statisticsQuery = (unitId: string, asOf: string | undefined) =>
  queryOptions({
    queryKey: memberKeys.statistics(unitId, asOf),
    queryFn: ({ signal }) => apiGet<MemberStatistics>('/api/members/statistics', { unitId, asOf }, signal),
    placeholderData: keepPreviousData,
  });

/** Roles that may add and edit members (the server decides per unit; this only decides whether to offer it). */
const writerRoles: readonly Role[] = ['admin', 'committee', 'cell_secretary'];
export const canWriteMembers = (me: Me): boolean =>
  me.roles.some((grant) => writerRoles.includes(grant.role));

/** The unit a new member most likely joins: the one the list is filtered on, else the user's own cell. */
export const defaultUnitFor = (me: Me, filteredUnitId: string | undefined): string | undefined =>
  filteredUnitId ?? me.roles.find((grant) => writerRoles.includes(grant.role))?.unitId;

/** Statistics are for readers of whole records: any role but the plain member's (the server checks the unit). */
export const canSeeStatistics = (me: Me): boolean => me.roles.some((grant) => grant.role !== 'member');
