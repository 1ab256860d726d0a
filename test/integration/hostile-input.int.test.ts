import { type SQL, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/client';
import type { World } from '../factories';
import type { Agent } from '../harness';
import { createWorldApp, type WorldApp } from '../world-app';

let t: WorldApp;
let world: World;
let admin: Agent;

beforeAll(async () => {
  t = await createWorldApp();
  ({ world, admin } = t);
});
afterAll(() => t.close());

/** A fingerprint of every row of every table, to prove a rejected request wrote nothing. */
async function fingerprint(): Promise<string> {
  // Jobs started by earlier accepted requests finish in the background; wait for them first.
  for (let i = 0; i < 200; i++) {
    const [running] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from jobs where status = 'running'`,
    );
    if (!running?.n) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  fingerprintQuery ??= await everyTableHash();
  const rows = await queryRows<{ name: string; h: string | null }>(t.database.db, fingerprintQuery);
  return rows.map((r) => `${r.name}:${r.h}`).join(',');
}

let fingerprintQuery: SQL | undefined;

/** One statement hashing every table (one round trip per fingerprint, however many tables there are). */
async function everyTableHash(): Promise<SQL> {
  const tables = await queryRows<{ name: string }>(
    t.database.db,
    sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  return sql.raw(
    `select * from (${tables
      .map(({ name }) => {
        // A session's last-seen time is touched once a minute by any request, accepted or not; it is no write.
        const rows =
          name === 'sessions'
            ? `(select token_hash, user_id, csrf_token, expires_at, ip, user_agent from "sessions")`
            : `"${name}"`;
        return `select '${name}' as name, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${rows} x`;
      })
      .join(' union all ')}) hashes order by name`,
  );
}

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'abc\u0000def',
    '\ud800',
    'x\udfffy',
    'Dũng'.normalize('NFD'),
    "'; drop table users; --",
    "1' or '1'='1",
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '{{7*7}}',
    '../../etc/passwd',
    '%00',
    'null',
    '9'.repeat(400),
    'a'.repeat(10_000),
    'Đảng bộ'.repeat(3_000),
  ),
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 3 }),
  ),
})).value;

const keys = [
  'username',
  'password',
  'totp',
  'fullName',
  'email',
  'roles',
  'role',
  'unitId',
  'parentId',
  'kind',
  'name',
  'code',
  'version',
  'reason',
  'disabled',
  'newPassword',
  'currentPassword',
  'locale',
  'mutedKinds',
  'code',
  '__proto__',
  'constructor',
];

const body = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: 6 }),
    fc.record({
      parentId: fc.constantFrom(world.root.id, world.cellA.id, world.otherCell.id, 'not-a-uuid'),
      kind: fc.oneof(fc.constantFrom('cell', 'party_group', 'partial'), hostileString),
      name: hostileString,
      code: hostileString,
      version: fc.oneof(fc.integer(), hostileValue),
    }),
    fc.record({
      username: hostileString,
      fullName: hostileString,
      password: hostileString,
      roles: fc.array(
        fc.record({
          role: fc.oneof(fc.constantFrom('member', 'admin'), hostileString),
          unitId: fc.oneof(fc.constant(world.cellA.id), hostileString),
        }),
        { maxLength: 3 },
      ),
    }),
    hostileValue,
  );

const fill = (url: string) =>
  url
    .replace('/units/:id', `/units/${world.cellB.id}`)
    .replace('/users/:id', `/users/${world.users.viewer.id}`)
    .replace(/:id/g, '00000000-0000-4000-8000-000000000000');

const mutatingRoutes = () =>
  t.app.routeCatalog.filter(
    (r) =>
      ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) &&
      r.url.startsWith('/api/') &&
      !['/api/auth/logout', '/api/auth/logout-all'].includes(r.url),
  );

describe('hostile input to every mutating route', () => {
  // Every mutating route of every module is fuzzed here, in two halves (by path) so that each stays within its
  // time limit as modules add routes.
  it.each(['first', 'second'] as const)(
    'never answers 5xx and writes nothing when it rejects (%s half)',
    async (half) => {
      const all = [...mutatingRoutes()].sort((a, b) => a.url.localeCompare(b.url));
      expect(all.length).toBeGreaterThan(10);
      const middle = Math.ceil(all.length / 2);
      const routes = half === 'first' ? all.slice(0, middle) : all.slice(middle);
      for (const route of routes) {
        await fc.assert(
          fc.asyncProperty(body(), fc.constantFrom('vi', 'en'), async (payload, locale) => {
            const before = await fingerprint();
            const res = await admin.request({
              method: route.method,
              url: fill(route.url),
              payload: JSON.stringify(payload) ?? 'null',
              headers: { 'content-type': 'application/json', 'accept-language': locale },
            });
            expect(res.statusCode, `${route.method} ${route.url} ${res.body.slice(0, 200)}`).toBeLessThan(
              500,
            );
            if (res.statusCode >= 400) {
              const error = res.json();
              expect(typeof error.code).toBe('string');
              expect(typeof error.message).toBe('string');
              expect(
                await fingerprint(),
                `${route.method} ${route.url} changed data on ${res.statusCode}`,
              ).toBe(before);
            }
          }),
          { numRuns: Number(process.env.FUZZ_RUNS ?? 25) },
        );
      }
      // The admin is still signed in: nothing above broke the session.
      expect((await admin.get('/api/auth/me')).statusCode).toBe(200);
    },
    600_000,
  );

  it('refuses raw garbage and wrong content types with a 4xx', async () => {
    for (const [type, payload] of [
      ['application/json', '{"name": '],
      ['application/json', '\u0000'],
      ['text/plain', 'hello'],
      ['application/xml', '<a/>'],
    ] as const) {
      const res = await admin.request({
        method: 'POST',
        url: '/api/units',
        payload,
        headers: { 'content-type': type },
      });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json().message).toBeTruthy();
    }
  });

  it('names the field in Vietnamese, or in English when asked', async () => {
    const vi = await admin.post('/api/units', {
      parentId: world.root.id,
      kind: 'cell',
      name: '',
      code: 'C1',
    });
    expect(vi.statusCode).toBe(400);
    expect(vi.json()).toMatchObject({ code: 'VALIDATION', field: 'name' });
    expect(vi.json().message).toContain('Tên');
    const en = await admin.request({
      method: 'POST',
      url: '/api/units',
      payload: { parentId: world.root.id, kind: 'cell', name: 'x'.repeat(301), code: 'C1' },
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(en.json().message).toContain('Name');
    expect(en.json().message).toContain('300');
    const nul = await admin.post('/api/units', {
      parentId: world.root.id,
      kind: 'cell',
      name: 'a\u0000b',
      code: 'C1',
    });
    expect(nul.json()).toMatchObject({ code: 'INVALID_CHARACTER', field: 'name' });
  });

  it('stores text in NFC', async () => {
    const res = await admin.post('/api/units', {
      parentId: world.root.id,
      kind: 'cell',
      name: 'Chi bộ Hoà Dũng'.normalize('NFD'),
      code: 'NFC1',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().name).toBe('Chi bộ Hoà Dũng'.normalize('NFC'));
  });
});
