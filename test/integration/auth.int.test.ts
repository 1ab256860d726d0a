import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../src/server/platform/auth/schema';
import { purgeExpiredSessions } from '../../src/server/platform/auth/session-store';
import { currentTotp } from '../../src/server/platform/auth/totp';
import { makeUnit, makeUser, PASSWORD } from '../factories';
import { Agent, createTestApp, type TestApp } from '../harness';

let t: TestApp;
let rootId: string;

beforeAll(async () => {
  t = await createTestApp({ loginMaxFailures: 3, loginLockMs: 60_000, loginRatePerMinute: 1000 });
  rootId = (await makeUnit(t.database.db, null)).id;
});
afterAll(() => t.close());

describe('sign-in', () => {
  it('signs in, sets an httpOnly SameSite session cookie, and answers /me', async () => {
    await makeUser(t.database.db, [{ role: 'committee', unitId: rootId }], { username: 'hoa' });
    const agent = new Agent(t.app);
    const res = await agent.login('hoa', PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'dangbo_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = await agent.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe('hoa');
    expect(me.json().roles).toEqual([expect.objectContaining({ role: 'committee', unitId: rootId })]);
    expect(me.json().modules).toContain('org');
    expect(me.json().modules).not.toContain('admin.users');
  });

  it('matches the user name case-insensitively and rejects a wrong password in Vietnamese or English', async () => {
    await makeUser(t.database.db, [], { username: 'binh' });
    expect((await new Agent(t.app).login('BINH', PASSWORD)).statusCode).toBe(200);
    const vi = await new Agent(t.app, 'vi').login('binh', 'wrong-password');
    expect(vi.statusCode).toBe(401);
    expect(vi.json()).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
    const en = await new Agent(t.app, 'en').login('nobody-here', 'x');
    expect(en.json().message).toBe('Wrong user name or password.');
  });

  it('locks the account after repeated failures, even for the right password, until an admin resets it', async () => {
    const user = await makeUser(t.database.db, [], { username: 'locked' });
    const agent = new Agent(t.app);
    expect((await agent.login('locked', 'bad-1')).statusCode).toBe(401);
    expect((await agent.login('locked', 'bad-2')).statusCode).toBe(401);
    expect((await agent.login('locked', 'bad-3')).statusCode).toBe(423);
    const locked = await agent.login('locked', PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('ACCOUNT_LOCKED');

    await makeUser(t.database.db, [{ role: 'admin', unitId: rootId }], { username: 'lock-admin' });
    const admin = new Agent(t.app);
    await admin.login('lock-admin', PASSWORD);
    const reset = await admin.post(`/api/admin/users/${user.id}/reset-password`, {
      newPassword: 'brand-new-pass',
    });
    expect(reset.statusCode).toBe(200);
    expect((await agent.login('locked', 'brand-new-pass')).statusCode).toBe(200);
  });

  it('refuses a disabled account', async () => {
    await makeUser(t.database.db, [], { username: 'gone' });
    await t.database.db.update(users).set({ disabled: true }).where(eq(users.username, 'gone'));
    const res = await new Agent(t.app).login('gone', PASSWORD);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('ACCOUNT_DISABLED');
  });
});

describe('sessions', () => {
  it('signs out this session only, or everywhere', async () => {
    await makeUser(t.database.db, [], { username: 'multi' });
    const phone = new Agent(t.app);
    const laptop = new Agent(t.app);
    const tablet = new Agent(t.app);
    await phone.login('multi', PASSWORD);
    await laptop.login('multi', PASSWORD);
    await tablet.login('multi', PASSWORD);
    expect((await phone.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401);
    expect((await laptop.get('/api/auth/me')).statusCode).toBe(200);
    expect((await laptop.post('/api/auth/logout-all')).statusCode).toBe(200);
    expect((await laptop.get('/api/auth/me')).statusCode).toBe(401);
    expect((await tablet.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('expires a session after the idle time and after the absolute time', async () => {
    const user = await makeUser(t.database.db, [], { username: 'sleepy' });
    const idle = new Agent(t.app);
    await idle.login('sleepy', PASSWORD);
    const absolute = new Agent(t.app);
    await absolute.login('sleepy', PASSWORD);
    const [a, b] = await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    if (!a || !b) throw new Error('two sessions expected');
    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 3 * 3_600_000) })
      .where(eq(sessions.tokenHash, a.tokenHash));
    await t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.tokenHash, b.tokenHash));
    expect((await idle.get('/api/auth/me')).statusCode).toBe(401);
    expect((await absolute.get('/api/auth/me')).statusCode).toBe(401);
    const live = new Agent(t.app);
    await live.login('sleepy', PASSWORD);
    const purged = await purgeExpiredSessions(t.database.db, { idleMs: 7_200_000, absoluteMs: 43_200_000 });
    expect(purged).toBeGreaterThanOrEqual(2);
    const left = await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(left).toHaveLength(1);
    expect((await live.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('changes the password: the old one stops working and other sessions end', async () => {
    await makeUser(t.database.db, [], { username: 'changer' });
    const here = new Agent(t.app);
    const elsewhere = new Agent(t.app);
    await here.login('changer', PASSWORD);
    await elsewhere.login('changer', PASSWORD);
    const wrong = await here.post('/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'another-pass-9',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().field).toBe('currentPassword');
    const ok = await here.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'another-pass-9',
    });
    expect(ok.statusCode).toBe(200);
    expect((await here.get('/api/auth/me')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).statusCode).toBe(401);
    expect((await new Agent(t.app).login('changer', PASSWORD)).statusCode).toBe(401);
    expect((await new Agent(t.app).login('changer', 'another-pass-9')).statusCode).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated mutation without the token', async () => {
    await makeUser(t.database.db, [], { username: 'csrf' });
    const agent = new Agent(t.app);
    await agent.login('csrf', PASSWORD);
    const missing = await agent.request({
      method: 'POST',
      url: '/api/auth/logout',
      payload: {},
      headers: { 'x-csrf-token': '' },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('CSRF');
    const forged = await agent.request({
      method: 'POST',
      url: '/api/auth/logout',
      payload: {},
      headers: { 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(forged.statusCode).toBe(403);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('refuses a sign-in posted from another site', async () => {
    await makeUser(t.database.db, [], { username: 'origin' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example', host: 'localhost:3000' },
      payload: { username: 'origin', password: PASSWORD },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('two-factor', () => {
  it('makes an admin set up TOTP before anything else, then asks for the code at sign-in', async () => {
    await makeUser(t.database.db, [{ role: 'admin', unitId: rootId }], {
      username: 'totp-admin',
      totpWaived: false,
    });
    const agent = new Agent(t.app);
    const first = await agent.login('totp-admin', PASSWORD);
    expect(first.statusCode).toBe(200);
    expect(first.json().totpEnrollmentRequired).toBe(true);
    const blocked = await agent.get('/api/admin/users');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('TOTP_ENROLLMENT_REQUIRED');

    const setup = await agent.post('/api/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl } = setup.json();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect((await agent.post('/api/auth/totp/enable', { code: '000000' })).statusCode).toBe(400);
    expect((await agent.post('/api/auth/totp/enable', { code: await currentTotp(secret) })).statusCode).toBe(
      200,
    );
    expect((await agent.get('/api/admin/users')).statusCode).toBe(200);

    const next = new Agent(t.app);
    const noCode = await next.login('totp-admin', PASSWORD);
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().code).toBe('TOTP_REQUIRED');
    expect((await next.login('totp-admin', PASSWORD, '123456')).json().code).toMatch(
      /INVALID_TOTP|ACCOUNT_LOCKED/,
    );
    const ok = await next.login('totp-admin', PASSWORD, await currentTotp(secret));
    expect(ok.statusCode).toBe(200);
    expect(ok.json().totpEnrollmentRequired).toBe(false);
    const disable = await next.post('/api/auth/totp/disable', { code: await currentTotp(secret) });
    expect(disable.json().code).toBe('TOTP_CANNOT_DISABLE');
  });

  it('waives the second factor for waived (demo) users and for roles not configured', async () => {
    await makeUser(t.database.db, [{ role: 'admin', unitId: rootId }], {
      username: 'waived-admin',
      totpWaived: true,
    });
    const res = await new Agent(t.app).login('waived-admin', PASSWORD);
    expect(res.json().totpEnrollmentRequired).toBe(false);
    await makeUser(t.database.db, [{ role: 'committee', unitId: rootId }], {
      username: 'plain',
      totpWaived: false,
    });
    expect((await new Agent(t.app).login('plain', PASSWORD)).json().totpEnrollmentRequired).toBe(false);
  });
});

describe('security headers', () => {
  it('sends a strict CSP and the usual helmet headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBeTruthy();
  });
});

describe('rate limiting', () => {
  it('answers 429 in Vietnamese once an address exceeds the sign-in rate', async () => {
    const limited = await createTestApp({ loginRatePerMinute: 3 }, undefined);
    try {
      const statuses: number[] = [];
      let last = null as null | Awaited<ReturnType<Agent['login']>>;
      for (let i = 0; i < 5; i++) {
        last = await new Agent(limited.app).login('ai-do', 'sai-mat-khau');
        statuses.push(last.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      expect(last?.json()).toMatchObject({
        code: 'RATE_LIMITED',
        message: 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
      });
    } finally {
      await limited.close();
    }
  });
});
