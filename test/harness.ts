import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/server/app';
import { type Config, loadConfig } from '../src/server/config';
import { type Database, openDatabase, pgliteExtensions } from '../src/server/db/client';
import './setup/provided';

export const engine = (process.env.DANGBO_TEST_ENGINE ?? 'pglite') as 'pglite' | 'postgres';

/** A fresh, migrated database for one test file: a PGlite snapshot copy, or a clone of the PG template. */
export async function freshDatabase(): Promise<Database & { url?: string }> {
  if (engine === 'pglite') {
    const snapshot = readFileSync(inject('pgliteSnapshot'));
    const client = await PGlite.create({ loadDataDir: new Blob([snapshot]), extensions: pgliteExtensions });
    return openDatabase({ pglite: client });
  }
  const adminUrl = inject('postgresAdminUrl');
  const template = inject('postgresTemplate');
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 8 });
  const close = database.close;
  return {
    ...database,
    url: url.toString(),
    async close() {
      await close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`).catch(() => {});
      await dropper.end();
    },
  };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return loadConfig(
    {
      LOG_LEVEL: 'silent',
      TOTP_REQUIRED_ROLES: 'admin',
      WEB_DIST: '/nonexistent-web-dist',
      OUTBOX_DISABLED: '1',
      FILES_DIR: mkdtempSync(join(tmpdir(), 'dangbo-files-')),
    },
    overrides,
  );
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<Config> = {}, database?: Database): Promise<TestApp> {
  const db = database ?? (await freshDatabase());
  const app = await buildApp({ database: db, config: testConfig(overrides), logger: false });
  await app.ready();
  return {
    app,
    database: db,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** A signed-in browser: keeps the session cookie and sends the CSRF token on mutations. */
export class Agent {
  cookie = '';
  csrf = '';
  constructor(
    readonly app: FastifyInstance,
    readonly locale: 'vi' | 'en' = 'vi',
  ) {}

  async login(username: string, password: string, totp?: string): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password, ...(totp ? { totp } : {}) },
      headers: { 'accept-language': this.locale },
    });
    if (res.statusCode === 200) {
      const set = res.cookies.find((c) => c.name === 'dangbo_session');
      if (set) this.cookie = `dangbo_session=${set.value}`;
      this.csrf = res.json().csrfToken;
    }
    return res;
  }

  request(options: InjectOptions & { method: string; url: string }): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {
      'accept-language': this.locale,
      ...(options.headers as Record<string, string>),
    };
    if (this.cookie) headers.cookie = this.cookie;
    if (options.method !== 'GET' && this.csrf && headers['x-csrf-token'] === undefined)
      headers['x-csrf-token'] = this.csrf;
    return this.app.inject({ ...options, headers });
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }
  post(url: string, payload: unknown = {}) {
    return this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'] });
  }
  patch(url: string, payload: unknown) {
    return this.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] });
  }
  put(url: string, payload: unknown) {
    return this.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] });
  }
}
