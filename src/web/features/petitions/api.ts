import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  classifyPetitionBody,
  createPetitionBody,
  forwardPetitionBody,
  PetitionDetail,
  PetitionStatus,
  PetitionSummary,
  petitionAddressees,
  petitionAnswerBody,
  petitionRegisterStats,
  replyPetitionBody,
} from '../../../contracts/petitions';
import { apiGet, apiPost } from '../../app/api';
import { queryClient } from '../../app/queryClient';
import type { Page } from '../../app/types';

export type { PetitionDetail, PetitionStatus, PetitionSummary };
export type PetitionStats = z.infer<typeof petitionRegisterStats>;
export type CreatePetitionBody = z.input<typeof createPetitionBody>;
export type ClassifyBody = z.input<typeof classifyPetitionBody>;
export type ForwardBody = z.input<typeof forwardPetitionBody>;
export type AnswerBody = z.input<typeof petitionAnswerBody>;
export type ReplyBody = z.input<typeof replyPetitionBody>;
export type Addressees = z.infer<typeof petitionAddressees>;

export interface PetitionFilter {
  unitId?: string;
  mine?: boolean;
  status?: PetitionStatus;
}

export const petitionKeys = {
  all: ['petitions'] as const,
  lists: ['petitions', 'list'] as const,
  list: (filter: PetitionFilter) => ['petitions', 'list', filter] as const,
  stats: (unitId: string) => ['petitions', 'stats', unitId] as const,
  one: (id: string) => ['petitions', 'one', id] as const,
  addressees: (fromUnitId: string) => ['petitions', 'addressees', fromUnitId] as const,
};

const path = (id: string, rest = '') => `/api/petitions/${encodeURIComponent(id)}${rest}`;

export const petitionsQuery = (filter: PetitionFilter) =>
  infiniteQueryOptions({
    queryKey: petitionKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<PetitionSummary>>(
        '/api/petitions',
        {
          unitId: filter.unitId,
          mine: filter.mine ? 'true' : undefined,
          status: filter.status,
          limit: 50,
          cursor: pageParam,
        },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const petitionStatsQuery = (unitId: string) =>
  queryOptions({
    queryKey: petitionKeys.stats(unitId),
    queryFn: ({ signal }) => apiGet<PetitionStats>('/api/petitions/stats', { unitId }, signal),
  });

export const petitionQuery = (id: string) =>
  queryOptions({
    queryKey: petitionKeys.one(id),
    queryFn: ({ signal }) => apiGet<PetitionDetail>(path(id), undefined, signal),
  });

export const addresseesQuery = (fromUnitId: string) =>
  queryOptions({
    queryKey: petitionKeys.addressees(fromUnitId),
    queryFn: ({ signal }) => apiGet<Addressees>('/api/petitions/addressees', { fromUnitId }, signal),
  });

/** After a write answered with the petition: show it at once, refresh the lists and counts. */
export function storePetition(detail: PetitionDetail): void {
  queryClient.setQueryData(petitionKeys.one(detail.id), detail);
  void queryClient.invalidateQueries({ queryKey: petitionKeys.lists });
  void queryClient.invalidateQueries({ queryKey: ['petitions', 'stats'] });
}

export const sendPetition = (body: CreatePetitionBody) => apiPost<PetitionDetail>('/api/petitions', body);

export type HandlingStep = 'classify' | 'forward' | 'answer' | 'reply';
export const handlePetition = (
  id: string,
  step: HandlingStep,
  body: ClassifyBody | ForwardBody | AnswerBody | ReplyBody,
) => apiPost<PetitionDetail>(path(id, `/${step}`), body);
