import { count, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/server/db/client';
import { users } from '../../src/server/platform/auth/schema';
import { systemContext } from '../../src/server/platform/context';
import { mutate } from '../../src/server/platform/mutate';
import { notifications } from '../../src/server/platform/notifications/schema';
import { drainOutboxOnce } from '../../src/server/platform/outbox/drain';
import { enqueueEmail } from '../../src/server/platform/outbox/enqueue';
import { smtpMailer } from '../../src/server/platform/outbox/mailer';
import { outbox } from '../../src/server/platform/outbox/schema';
import { makeWorld, PASSWORD } from '../factories';
import { Agent, createTestApp, engine, freshDatabase, type TestApp } from '../harness';
import { startSmtpPeer } from '../smtp-peer';

let t: TestApp;
let world: Awaited<ReturnType<typeof makeWorld>>;
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;

beforeAll(async () => {
  smtp = await startSmtpPeer();
  t = await createTestApp();
  world = await makeWorld(t.database.db);
  await t.database.db
    .update(users)
    .set({ email: 'bi.thu@example.vn' })
    .where(eq(users.id, world.users.secretary.id));
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const pending = async (db = t.database.db) =>
  (await db.select({ n: count() }).from(outbox).where(isNull(outbox.doneAt)))[0]?.n ?? 0;

describe('notifications', () => {
  it('puts an in-app notification in the centre and sends the e-mail over real SMTP', async () => {
    const admin = new Agent(t.app);
    await admin.login('w-admin', PASSWORD);
    const reset = await admin.post(`/api/admin/users/${world.users.secretary.id}/reset-password`, {
      newPassword: 'new-pass-123',
    });
    expect(reset.statusCode).toBe(200);

    const secretary = new Agent(t.app);
    await secretary.login('w-secretary', 'new-pass-123');
    const centre = (await secretary.get('/api/notifications')).json();
    expect(centre.unread).toBe(1);
    expect(centre.items[0]).toMatchObject({
      kind: 'security',
      title: 'Mật khẩu của đồng chí đã được đặt lại',
      readAt: null,
    });

    expect(await pending()).toBe(1);
    const mailer = smtpMailer(smtp.url, 'Đảng bộ số <no-reply@dangbo.local>');
    expect(await drainOutboxOnce(t.database.db, mailer, 'test')).toBe(1);
    mailer.close();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.to).toEqual(['bi.thu@example.vn']);
    expect(smtp.received[0]?.raw).toContain('Subject: =?UTF-8?');
    expect(await pending()).toBe(0);

    expect((await secretary.post(`/api/notifications/${centre.items[0].id}/read`)).statusCode).toBe(200);
    expect((await secretary.get('/api/notifications')).json().unread).toBe(0);
  });

  it('respects preferences: no e-mail when turned off, nothing for a muted kind', async () => {
    const member = new Agent(t.app);
    await member.login('w-member', PASSWORD);
    await t.database.db
      .update(users)
      .set({ email: 'dang.vien@example.vn' })
      .where(eq(users.id, world.users.member.id));
    const saved = await member.put('/api/notifications/preferences', {
      email: false,
      mutedKinds: ['digest'],
    });
    expect(saved.statusCode).toBe(200);
    expect((await member.get('/api/notifications/preferences')).json()).toEqual({
      email: false,
      mutedKinds: ['digest'],
    });
    const { notify } = await import('../../src/server/platform/notifications/service');
    const before = await pending();
    await mutate(t.database.db, systemContext(), (w) =>
      notify(
        w,
        [world.users.member.id],
        { kind: 'meeting', title: 'Họp chi bộ', body: 'Thứ Hai 8:00' },
        'http://x',
      ),
    );
    await mutate(t.database.db, systemContext(), (w) =>
      notify(w, [world.users.member.id], { kind: 'digest', title: 'Tổng hợp', body: '...' }, 'http://x'),
    );
    expect(await pending()).toBe(before);
    const kinds = await t.database.db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.userId, world.users.member.id));
    expect(kinds.map((k) => k.kind)).toEqual(['meeting']);
  });

  it('retries later when the SMTP peer is unreachable, and keeps the message', async () => {
    const db = t.database.db;
    await mutate(db, systemContext(), (w) =>
      enqueueEmail(w.tx, { to: 'a@example.vn', subject: 'Thử', text: 'Nội dung' }),
    );
    const dead = smtpMailer('smtp://127.0.0.1:9', 'x@example.vn');
    await drainOutboxOnce(db, dead, 'test');
    dead.close();
    const [row] = await db.select().from(outbox).where(isNull(outbox.doneAt));
    expect(row?.attempts).toBe(1);
    expect(row?.lastError).toBeTruthy();
    expect(row?.availableAt.getTime()).toBeGreaterThan(Date.now());
    await db.delete(outbox).where(isNull(outbox.doneAt));
  });
});

describe('outbox with two app instances', () => {
  it('never sends a message twice when two instances drain the same database', async () => {
    const database = await freshDatabase();
    const url = (database as Database & { url?: string }).url;
    // On PostgreSQL the second instance is a separate connection pool; PGlite has a single connection.
    const second =
      engine === 'postgres' && url ? await openDatabase({ databaseUrl: url, poolSize: 4 }) : database;
    const peer = await startSmtpPeer();
    try {
      const total = 60;
      await mutate(database.db, systemContext(), async (w) => {
        for (let i = 0; i < total; i++)
          await enqueueEmail(w.tx, { to: `m${i}@example.vn`, subject: `Tin ${i}`, text: 'x' });
      });
      const drainUntilEmpty = async (db: Database['db'], name: string) => {
        const mailer = smtpMailer(peer.url, 'no-reply@dangbo.local');
        try {
          while ((await drainOutboxOnce(db, mailer, name, 5)) > 0) {
            // next batch
          }
        } finally {
          mailer.close();
        }
      };
      await Promise.all([drainUntilEmpty(database.db, 'one'), drainUntilEmpty(second.db, 'two')]);
      const recipients = peer.received.flatMap((m) => m.to);
      expect(recipients).toHaveLength(total);
      expect(new Set(recipients).size).toBe(total);
      const done = await database.db.select({ by: outbox.processedBy }).from(outbox);
      expect(done).toHaveLength(total);
      if (engine === 'postgres') expect(new Set(done.map((d) => d.by))).toEqual(new Set(['one', 'two']));
    } finally {
      if (second !== database) await second.close();
      await database.close();
      await peer.close();
    }
  });
});
