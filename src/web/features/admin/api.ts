import { infiniteQueryOptions } from '@tanstack/react-query';
import type { UserSummary } from '../../../contracts/admin';
import type { Role } from '../../../contracts/roles';
import { apiGet } from '../../app/api';
import type { Page } from '../../app/types';

export type { Role, UserSummary };

/** All roles in the order an administrator thinks of them; the record makes the list exhaustive. */
const roleOrder: Record<Role, number> = {
  admin: 0,
  committee: 1,
  cell_secretary: 2,
  inspector: 3,
  member: 4,
  viewer: 5,
};
export const roleList = (Object.keys(roleOrder) as Role[]).sort((a, b) => roleOrder[a] - roleOrder[b]);

export const userKeys = {
  all: ['admin', 'users'] as const,
  list: (q: string) => ['admin', 'users', 'list', { q }] as const,
};

export const usersQuery = (q: string) =>
  infiniteQueryOptions({
    queryKey: userKeys.list(q),
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<UserSummary>>(
        '/api/admin/users',
        { q: q || undefined, limit: 50, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** Users matching a search text (for pickers such as the audit trail's "done by" filter). */
export const findUsers = (q: string, signal?: AbortSignal) =>
  apiGet<Page<UserSummary>>('/api/admin/users', { q: q || undefined, limit: 20 }, signal);
