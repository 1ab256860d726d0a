import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Me } from '../../../contracts/auth';
import type { Role } from '../../../contracts/roles';
import type {
  createSessionBody,
  FollowUpReport,
  SessionDetail,
  sessionConclusionBody,
  sessionDefaults,
  sessionSummary,
} from '../../../contracts/working-sessions';
import { apiGet } from '../../app/api';
import { queryClient } from '../../app/queryClient';
import type { Page } from '../../app/types';

export type { FollowUpReport, SessionDetail };
export type SessionSummary = z.infer<typeof sessionSummary>;
export type CreateSessionBody = z.input<typeof createSessionBody>;
export type ConclusionBody = z.input<typeof sessionConclusionBody>;
export type SessionDefaults = z.infer<typeof sessionDefaults>;
export type SessionConclusion = SessionDetail['conclusions'][number];
export type SessionTask = SessionConclusion['tasks'][number];

export const sessionKeys = {
  all: ['working-sessions'] as const,
  list: (unitId: string) => ['working-sessions', 'list', unitId] as const,
  one: (id: string) => ['working-sessions', 'one', id] as const,
  followUp: (id: string) => ['working-sessions', 'follow-up', id] as const,
  defaults: (unitId: string) => ['working-sessions', 'defaults', unitId] as const,
};

export const sessionPath = (id: string, rest = '') =>
  `/api/working-sessions/${encodeURIComponent(id)}${rest}`;

/** A unit meets its superior a few times a year: one page of 100 covers years. */
export const sessionsQuery = (unitId: string | undefined) =>
  queryOptions({
    queryKey: sessionKeys.list(unitId ?? ''),
    queryFn: ({ signal }) =>
      apiGet<Page<SessionSummary>>('/api/working-sessions', { unitId, limit: 100 }, signal),
    enabled: Boolean(unitId),
  });

export const sessionQuery = (id: string) =>
  queryOptions({
    queryKey: sessionKeys.one(id),
    queryFn: ({ signal }) => apiGet<SessionDetail>(sessionPath(id), undefined, signal),
  });

export const followUpQuery = (id: string) =>
  queryOptions({
    queryKey: sessionKeys.followUp(id),
    queryFn: ({ signal }) => apiGet<FollowUpReport>(sessionPath(id, '/follow-up'), undefined, signal),
    staleTime: 0,
  });

export const sessionDefaultsQuery = (unitId: string) =>
  queryOptions({
    queryKey: sessionKeys.defaults(unitId),
    queryFn: ({ signal }) => apiGet<SessionDefaults>('/api/working-sessions/defaults', { unitId }, signal),
  });

/** After a write answered with the session: show it without another request, refresh lists and the report. */
export function storeSession(session: SessionDetail): void {
  queryClient.setQueryData(sessionKeys.one(session.id), session);
  void queryClient.invalidateQueries({ queryKey: ['working-sessions', 'list'] });
  void queryClient.invalidateQueries({ queryKey: sessionKeys.followUp(session.id) });
}

export const refetchSession = (id: string) => queryClient.fetchQuery({ ...sessionQuery(id), staleTime: 0 });

const writerRoles: readonly Role[] = ['admin', 'committee', 'cell_secretary'];
/** Whether to offer "record a session" (the server decides per unit). */
export const canRecordSessions = (me: Me): boolean => me.roles.some((g) => writerRoles.includes(g.role));

/** The unit shown first: the committee the user writes for, else any unit of theirs. */
export const defaultUnitFor = (me: Me): string | undefined =>
  (me.roles.find((g) => g.role === 'committee' || g.role === 'admin') ?? me.roles[0])?.unitId;
