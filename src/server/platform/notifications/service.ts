import { eq, inArray } from 'drizzle-orm';
import { users } from '../auth/schema';
import type { Writer } from '../mutate';
import { enqueueEmail } from '../outbox/enqueue';
import { notificationPrefs, notifications } from './schema';

export interface NotificationInput {
  kind: string;
  title: string;
  body: string;
  /** A path inside the web app, e.g. `/meetings/123`. */
  link?: string | null;
}

/**
 * Notifies users inside the caller's transaction: an in-app notification for each, and an e-mail through
 * the outbox for those with an address whose preferences allow e-mail for this kind.
 */
export async function notify(
  w: Writer,
  userIds: string[],
  input: NotificationInput,
  publicUrl: string,
): Promise<void> {
  if (userIds.length === 0) return;
  const recipients = await w.tx
    .select({
      id: users.id,
      email: users.email,
      wantsEmail: notificationPrefs.email,
      muted: notificationPrefs.mutedKinds,
    })
    .from(users)
    .leftJoin(notificationPrefs, eq(notificationPrefs.userId, users.id))
    .where(inArray(users.id, userIds));
  const inApp = recipients.filter((r) => !(r.muted ?? []).includes(input.kind));
  if (inApp.length === 0) return;
  await w.tx.insert(notifications).values(
    inApp.map((r) => ({
      userId: r.id,
      kind: input.kind,
      title: input.title,
      body: input.body,
      link: input.link ?? null,
    })),
  );
  for (const r of inApp) {
    if (!r.email || r.wantsEmail === false) continue;
    const link = input.link ? `\n\n${publicUrl}${input.link}` : '';
    await enqueueEmail(w.tx, { to: r.email, subject: input.title, text: `${input.body}${link}` });
  }
  w.audit({
    action: 'notification.sent',
    entity: 'notification',
    after: { kind: input.kind, recipients: inApp.length },
  });
}
