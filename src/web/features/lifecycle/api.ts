import { queryOptions } from '@tanstack/react-query';
import type { BadgeEntry, BadgeLists, MemberLifecycle, RemovalProposal } from '../../../contracts/lifecycle';
import { apiGet, withQuery } from '../../app/api';

export type { BadgeEntry, BadgeLists, MemberLifecycle, RemovalProposal };

export const lifecycleKeys = {
  all: ['lifecycle'] as const,
  member: (id: string) => ['lifecycle', 'member', id] as const,
  removal: (id: string) => ['lifecycle', 'removal', id] as const,
  badges: (unitId: string) => ['lifecycle', 'badges', unitId] as const,
};

export const lifecycleQuery = (memberId: string) =>
  queryOptions({
    queryKey: lifecycleKeys.member(memberId),
    queryFn: ({ signal }) =>
      apiGet<MemberLifecycle>(`/api/members/${encodeURIComponent(memberId)}/lifecycle`, undefined, signal),
  });

export const removalProposalQuery = (memberId: string) =>
  queryOptions({
    queryKey: lifecycleKeys.removal(memberId),
    queryFn: ({ signal }) =>
      apiGet<RemovalProposal>(
        `/api/members/${encodeURIComponent(memberId)}/removal-proposal`,
        undefined,
        signal,
      ),
  });

export const badgesQuery = (unitId: string) =>
  queryOptions({
    queryKey: lifecycleKeys.badges(unitId),
    queryFn: ({ signal }) => apiGet<BadgeLists>('/api/badges', { unitId }, signal),
  });

/** The address of the proposal list file of one award date (a plain link downloads it). */
export const proposalHref = (
  unitId: string,
  awardDate: string,
  format: 'xlsx' | 'docx',
  includeOverdue: boolean,
) => withQuery('/api/badges/proposal', { unitId, awardDate, format, includeOverdue });
