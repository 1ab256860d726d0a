import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from '../../src/server/db/lock';
import {
  cleanup,
  copyDataDir,
  health,
  makeTemplateDataDir,
  NODE,
  rootUnit,
  runCli,
  Server,
  Session,
  tempDir,
  type UnitDto,
} from './helpers';

/**
 * PGlite has no lock of its own: two processes on one directory lose writes. These tests run the real CLI
 * and prove the lock file keeps a second opener out, goes away on a clean stop, and is taken over when stale.
 */

let template: string;

beforeAll(async () => {
  template = await makeTemplateDataDir();
});
afterAll(cleanup);

const lockFile = (dir: string) => join(dir, 'dangbo.lock');

function expectRefused(result: { code: number | null; output: string }, holder: number) {
  expect(result.code, result.output).toBe(2);
  expect(result.output).toContain('đang được tiến trình');
  expect(result.output).toContain('in use');
  expect(result.output).toContain(String(holder));
}

describe('data directory lock', () => {
  it('refuses start, migrate and backup on a directory in use (exit 2) while the first server keeps serving', async () => {
    const dir = copyDataDir(template);
    const first = await Server.start(['--data', dir]);
    expect(readFileSync(lockFile(dir), 'utf8')).toBe(String(first.pid));
    const session = await Session.signIn(first.url);
    const root = await rootUnit(session);

    const backupFile = join(tempDir(), 'should-not-exist.dangbo.gz');
    const [secondStart, migrate, backup] = await Promise.all([
      runCli(['start', '--port', '0', '--host', '127.0.0.1', '--data', dir]),
      runCli(['migrate', '--data', dir]),
      runCli(['backup', backupFile, '--data', dir]),
    ]);
    expectRefused(secondStart, first.pid);
    expectRefused(migrate, first.pid);
    expectRefused(backup, first.pid);
    // Nothing changed: no backup written, the lock still names the first server, which still reads and writes.
    expect(existsSync(backupFile)).toBe(false);
    expect(readFileSync(lockFile(dir), 'utf8')).toBe(String(first.pid));
    expect(first.running).toBe(true);
    expect(await health(first.url)).toBe(200);
    const created = await session.post<UnitDto>('/api/units', {
      parentId: root.id,
      kind: 'cell',
      name: 'Chi bộ sau khi bị từ chối',
      code: 'CB-LOCK',
    });
    expect(created.status).toBe(201);

    // A graceful stop releases the directory; it opens again and the data is there.
    expect(await first.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(existsSync(lockFile(dir))).toBe(false);
    const again = await Server.start(['--data', dir]);
    expect(readFileSync(lockFile(dir), 'utf8')).toBe(String(again.pid));
    const children = await (await Session.signIn(again.url)).get<{ items: UnitDto[] }>(
      `/api/units?parentId=${root.id}&limit=500`,
    );
    expect(children.body.items.map((u) => u.code)).toEqual(['CB-LOCK']);
    expect(await again.stop('SIGINT')).toEqual({ code: 0, signal: null });
    expect(existsSync(lockFile(dir))).toBe(false);
  });

  it('takes over a stale lock left by a process that died', async () => {
    const dir = copyDataDir(template);
    const dead = spawn(NODE, ['-e', '']);
    const deadPid = dead.pid;
    await new Promise((done) => dead.once('exit', done));
    expect(deadPid).toBeGreaterThan(0);
    writeFileSync(lockFile(dir), String(deadPid));

    const server = await Server.start(['--data', dir]);
    expect(readFileSync(lockFile(dir), 'utf8')).toBe(String(server.pid));
    expect(await health(server.url)).toBe(200);
    expect(await server.stop()).toEqual({ code: 0, signal: null });
    expect(existsSync(lockFile(dir))).toBe(false);
  });

  it('treats a lock naming our own pid as stale unless this process holds it (a restarted container is pid 1 again)', () => {
    const dir = join(tempDir(), 'data');
    mkdirSync(dir);
    writeFileSync(lockFile(dir), String(process.pid));
    const release = acquireDataDirLock(dir);
    try {
      expect(readFileSync(lockFile(dir), 'utf8')).toBe(String(process.pid));
      // Opening twice from the same process is still refused.
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    } finally {
      release();
    }
    expect(existsSync(lockFile(dir))).toBe(false);
  });

  it('takes over a lock file left empty (its writer died between creating it and writing its pid)', () => {
    const dir = join(tempDir(), 'data');
    mkdirSync(dir);
    writeFileSync(lockFile(dir), '');
    const release = acquireDataDirLock(dir);
    expect(readFileSync(lockFile(dir), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('lets exactly one of many processes racing for a directory win; the others are refused', async () => {
    // Many processes race for one directory: exactly one wins, every other one is refused with exit 2.
    const dir = join(tempDir(), 'race');
    mkdirSync(dir);
    const script = `
      const { acquireDataDirLock } = await import(${JSON.stringify(join(import.meta.dirname, '../../src/server/db/lock.ts'))});
      try { acquireDataDirLock(process.argv[1]); console.log('won'); setTimeout(() => {}, 6000); }
      catch (e) { console.log(e.name); process.exitCode = 2; }`;
    const racers = Array.from({ length: 8 }, () =>
      runRaw(['--import', 'tsx', '--input-type=module', '-e', script, dir]),
    );
    const results = await Promise.all(racers);
    const winners = results.filter((r) => r.stdout.includes('won'));
    expect(winners, JSON.stringify(results)).toHaveLength(1);
    expect(results.filter((r) => r.stdout.includes('DataDirLockedError'))).toHaveLength(racers.length - 1);
  });
});

function runRaw(args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((done) => {
    const child = spawn(NODE, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.once('close', (code) => done({ code, stdout }));
  });
}

describe('graceful shutdown', () => {
  it('on SIGTERM lets a request in flight finish, then exits 0 and removes the lock', async () => {
    const dir = copyDataDir(template);
    const server = await Server.start(['--data', dir]);
    const session = await Session.signIn(server.url);
    const root = await rootUnit(session);

    // A slow client: the request head and half of the body now, the rest after SIGTERM.
    const body = Buffer.from(
      JSON.stringify({ parentId: root.id, kind: 'cell', name: 'Chi bộ gửi chậm', code: 'CB-SLOW' }),
    );
    const agent = new HttpAgent({ keepAlive: true });
    const { hostname, port } = new URL(server.url);
    const req = httpRequest({
      host: hostname,
      port,
      method: 'POST',
      path: '/api/units',
      agent,
      headers: {
        'content-type': 'application/json',
        'content-length': body.length,
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
      },
    });
    const response = new Promise<{ status: number; body: string }>((done, fail) => {
      req.once('error', fail);
      req.once('response', (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => {
          text += d;
        });
        res.once('end', () => done({ status: res.statusCode ?? 0, body: text }));
      });
    });
    req.write(body.subarray(0, 20));
    await sleep(300);

    server.child.kill('SIGTERM');
    await sleep(700);
    // Still alive: it waits for the request it already accepted. New connections are no longer accepted.
    expect(server.running).toBe(true);
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();

    req.end(body.subarray(20));
    const answer = await response;
    expect(answer.status, answer.body).toBe(201);
    const exit = await Promise.race([server.exited, sleep(10_000).then(() => 'still running')]);
    agent.destroy();
    expect(exit).toEqual({ code: 0, signal: null });
    expect(existsSync(lockFile(dir))).toBe(false);

    // The unit the slow request created was committed.
    const again = await Server.start(['--data', dir]);
    const list = await (await Session.signIn(again.url)).get<{ items: UnitDto[] }>(
      `/api/units?parentId=${root.id}&limit=500`,
    );
    expect(list.body.items.map((u) => u.code)).toEqual(['CB-SLOW']);
    expect(await again.stop()).toEqual({ code: 0, signal: null });
  });

  it('on SIGTERM while idle exits 0 promptly, even with a keep-alive connection open', async () => {
    const dir = copyDataDir(template);
    const server = await Server.start(['--data', dir]);
    const agent = new HttpAgent({ keepAlive: true });
    const { hostname, port } = new URL(server.url);
    const status = await new Promise<number>((done, fail) => {
      const req = httpRequest({ host: hostname, port, path: '/api/health', agent }, (res) => {
        res.resume();
        res.once('end', () => done(res.statusCode ?? 0));
      });
      req.once('error', fail);
      req.end();
    });
    expect(status).toBe(200);
    const started = Date.now();
    expect(await server.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(existsSync(lockFile(dir))).toBe(false);
    agent.destroy();
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
