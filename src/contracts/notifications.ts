import { z } from 'zod';
import { pageQuery } from './common';

export const notification = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notification>;

export const notificationsQuery = pageQuery.extend({ unreadOnly: z.coerce.boolean().optional() });
export const notificationPage = z.object({
  items: z.array(notification),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
  unread: z.number().int(),
});

export const notificationPrefs = z.object({
  email: z.boolean(),
  mutedKinds: z.array(z.string().max(60)).max(50),
});
export type NotificationPrefs = z.infer<typeof notificationPrefs>;
