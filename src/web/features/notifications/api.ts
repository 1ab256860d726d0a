import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Notification, NotificationPrefs, notificationPage } from '../../../contracts/notifications';
import { apiGet } from '../../app/api';

export type NotificationPage = z.infer<typeof notificationPage>;
export type { Notification, NotificationPrefs };

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  list: (unreadOnly: boolean) => ['notifications', 'list', { unreadOnly }] as const,
  prefs: ['notification-prefs'] as const,
};

/** The newest unread notifications and the unread count (bell and home page); polled every minute. */
export const unreadQueryOptions = queryOptions({
  queryKey: notificationKeys.unread,
  queryFn: ({ signal }) =>
    apiGet<NotificationPage>('/api/notifications', { limit: 5, unreadOnly: true }, signal),
  refetchInterval: 60_000,
  staleTime: 15_000,
});

export const notificationListOptions = (unreadOnly: boolean) =>
  infiniteQueryOptions({
    queryKey: notificationKeys.list(unreadOnly),
    queryFn: ({ pageParam, signal }) =>
      apiGet<NotificationPage>(
        '/api/notifications',
        { limit: 20, cursor: pageParam, unreadOnly: unreadOnly || undefined },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const prefsQueryOptions = queryOptions({
  queryKey: notificationKeys.prefs,
  queryFn: ({ signal }) => apiGet<NotificationPrefs>('/api/notifications/preferences', undefined, signal),
});

/** Only in-app paths are followed from a notification; anything else is ignored. */
export const safeNotificationLink = (link: string | null): string | null =>
  link?.startsWith('/') && !link.startsWith('//') ? link : null;
