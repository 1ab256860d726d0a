import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, openDatabase, queryRows } from '../../src/server/db/client';
import { databaseUrl, type EmbeddedServer, startEmbeddedPostgres } from '../embedded-postgres';

/**
 * Helpers for the `process` project: the real CLI (`bin/dangbo.mjs`) in child processes, temp data
 * directories, a PostgreSQL server, and a small HTTP client that keeps the session cookie and CSRF token.
 */

export const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'bin/dangbo.mjs');
/** The project's own Node 24 (the machine's Node may be older). */
const pinnedNode = join(ROOT, 'node_modules/.bin/node');
export const NODE = existsSync(pinnedNode) ? pinnedNode : process.execPath;

export const ADMIN = { username: 'quantri', fullName: 'Nguyễn Văn Quản Trị', password: 'mat-khau-bi-mat-1' };

const children = new Set<ChildProcess>();
const tempDirs: string[] = [];

export function tempDir(prefix = 'dangbo-proc-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Kills every child still running and removes the temp dirs; call from afterAll. */
export async function cleanup(): Promise<void> {
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGKILL');
        }),
    ),
  );
  children.clear();
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The environment of every child: no TOTP for admins, no web app, quiet logs, PGlite unless given. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TOTP_REQUIRED_ROLES: '',
    WEB_DIST: '/nonexistent-web-dist',
    LOG_LEVEL: 'warn',
    OUTBOX_DISABLED: '1',
    LOGIN_RATE_PER_MINUTE: '1000',
    ...extra,
  };
  if (!extra.DATABASE_URL) delete env.DATABASE_URL;
  delete env.DATA_DIR;
  delete env.PORT;
  delete env.NODE_OPTIONS;
  return env;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface CliResult extends Exit {
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for message checks. */
  output: string;
}

function spawnCli(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(NODE, [CLI, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Runs a CLI command to completion. */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 90_000,
): Promise<CliResult> {
  const child = spawnCli(args, childEnv(env));
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`dangbo ${args.join(' ')} did not finish in ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, output: `${stdout}\n${stderr}` });
    });
  });
}

/** Runs a CLI command that must succeed. */
export async function cli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const result = await runCli(args, env);
  if (result.code !== 0) {
    throw new Error(`dangbo ${args.join(' ')} exited ${result.code ?? result.signal}\n${result.output}`);
  }
  return result;
}

/** A running `dangbo start` child. */
export class Server {
  stdout = '';
  stderr = '';
  readonly exited: Promise<Exit>;
  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
    exited: Promise<Exit>,
  ) {
    this.exited = exited;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /**
   * Starts `dangbo start` on a free port (port 0, read back from the ready line) and waits until it prints
   * that it is running.
   */
  static async start(args: string[], env: Record<string, string> = {}, timeoutMs = 90_000): Promise<Server> {
    const child = spawnCli(['start', '--port', '0', '--host', '127.0.0.1', ...args], childEnv(env));
    const exited = new Promise<Exit>((done) => child.once('exit', (code, signal) => done({ code, signal })));
    let stdout = '';
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      if (server) server.stderr += d;
    });
    let server: Server | null = null;
    const url = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        fail(new Error(`server did not start in ${timeoutMs} ms\n${stdout}\n${stderr}`));
      }, timeoutMs);
      child.stdout?.setEncoding('utf8').on('data', (d: string) => {
        stdout += d;
        if (server) server.stdout += d;
        const ready = /is running at (http:\/\/\S+)/.exec(stdout);
        if (ready?.[1]) {
          clearTimeout(timer);
          done(ready[1]);
        }
      });
      void exited.then((exit) => {
        clearTimeout(timer);
        fail(
          new Error(`server exited (${exit.code ?? exit.signal}) before it was ready\n${stdout}\n${stderr}`),
        );
      });
    });
    server = new Server(child, url, exited);
    server.stdout = stdout;
    server.stderr = stderr;
    return server;
  }

  /** Sends a signal and waits for the exit. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<Exit> {
    if (this.running) this.child.kill(signal);
    return this.exited;
  }
}

/** A signed-in HTTP client (cookie + CSRF token), over real sockets. */
export class Session {
  constructor(
    readonly base: string,
    readonly cookie: string,
    readonly csrf: string,
  ) {}

  static async signIn(base: string, username = ADMIN.username, password = ADMIN.password): Promise<Session> {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const body = (await res.json()) as { csrfToken?: string };
    if (res.status !== 200 || !body.csrfToken)
      throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(body)}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .find((c) => c.startsWith('dangbo_session='));
    if (!cookie) throw new Error('no session cookie');
    return new Session(base, cookie, body.csrfToken);
  }

  get<T = unknown>(path: string): Promise<{ status: number; body: T }> {
    return this.send<T>('GET', path);
  }

  post<T = unknown>(path: string, payload: unknown): Promise<{ status: number; body: T }> {
    return this.send<T>('POST', path, payload);
  }

  async send<T>(method: string, path: string, payload?: unknown): Promise<{ status: number; body: T }> {
    const headers: Record<string, string> = { cookie: this.cookie };
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }
}

export interface UnitDto {
  id: string;
  parentId: string | null;
  kind: string;
  name: string;
  code: string;
  level: number;
}

export async function rootUnit(session: Session): Promise<UnitDto> {
  const res = await session.get<{ items: UnitDto[] }>('/api/units');
  const root = res.body.items[0];
  if (res.status !== 200 || !root) throw new Error(`no root unit: ${res.status} ${JSON.stringify(res.body)}`);
  return root;
}

export async function health(base: string): Promise<number> {
  return (await fetch(`${base}/api/health`)).status;
}

/**
 * A migrated PGlite data directory with an admin, made once per test file through the CLI; copies of it
 * (`copyDataDir`) spare every test the ~5–10 s of creating a fresh PGlite directory.
 */
export async function makeTemplateDataDir(): Promise<string> {
  const dir = join(tempDir('dangbo-template-'), 'data');
  await cli([
    'create-admin',
    '--data',
    dir,
    '-u',
    ADMIN.username,
    '-n',
    ADMIN.fullName,
    '--password',
    ADMIN.password,
  ]);
  return dir;
}

export function copyDataDir(template: string): string {
  const dir = join(tempDir(), 'data');
  cpSync(template, dir, { recursive: true });
  return dir;
}

/** Every row of every public table as canonical jsonb text, sorted — comparable across engines. */
export async function dumpTables(database: Database): Promise<Record<string, string[]>> {
  const db = database.db;
  await db.execute(sql`set timezone = 'UTC'`);
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' order by c.relname`,
  );
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await queryRows<{ r: string }>(
      db,
      sql`select to_jsonb(t)::text as r from ${sql.raw(`"${name}"`)} t`,
    );
    out[name] = rows.map((x) => x.r).sort();
  }
  return out;
}

/** Opens a stopped server's PGlite directory (takes its lock), runs `work`, closes it. */
export async function withPglite<T>(dataDir: string, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

export async function withPostgres<T>(url: string, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: url, poolSize: 1 });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

export interface PostgresServer {
  /** A new, empty database on the server; its connection string. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** TEST_DATABASE_URL when set, else a throwaway server started with embedded-postgres. */
export async function startPostgres(): Promise<PostgresServer> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let server: EmbeddedServer | null = null;
  const created: string[] = [];
  if (!adminUrl) {
    server = await startEmbeddedPostgres();
    adminUrl = server.adminUrl;
  }
  const admin = adminUrl;
  const urlOf = (name: string) => databaseUrl(admin, name);
  const query = async (text: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  return {
    async createDatabase(name) {
      const unique = `${name}_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
      await query(`create database ${unique}`);
      created.push(unique);
      return urlOf(unique);
    },
    async stop() {
      if (server) {
        await server.stop();
        return;
      }
      for (const name of created) await query(`drop database if exists ${name} with (force)`).catch(() => {});
    },
  };
}
