import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  cleanup,
  cli,
  copyDataDir,
  dumpTables,
  makeTemplateDataDir,
  type PostgresServer,
  rootUnit,
  runCli,
  Server,
  Session,
  startPostgres,
  tempDir,
  type UnitDto,
  withPglite,
  withPostgres,
} from './helpers';

/**
 * `dangbo backup` / `dangbo restore` through the real CLI, across both engines: PGlite → PGlite,
 * PGlite → PostgreSQL and PostgreSQL → PGlite give the very same rows, a working sign-in and an intact
 * audit chain; a file that is not a (complete) backup is refused and leaves the target as it was.
 */

let template: string;
let pg: PostgresServer;
let work: string;

beforeAll(async () => {
  [template, pg] = await Promise.all([makeTemplateDataDir(), startPostgres()]);
  work = tempDir('dangbo-backup-');
});
afterAll(async () => {
  await cleanup();
  await pg?.stop();
});

type Tables = Record<string, string[]>;
const pgliteTables = (dir: string) => withPglite(dir, dumpTables);
const postgresTables = (url: string) => withPostgres(url, dumpTables);

async function expectIntactChain(env: Record<string, string>, args: string[], rows: number) {
  const verify = await runCli(['audit', 'verify', ...args], env);
  expect(verify.code, verify.output).toBe(0);
  expect(verify.stdout).toContain(`audit chain intact: ${rows}`);
}

/** Signs in with the original password and returns the codes of the root's children. */
async function signInAndList(args: string[], env: Record<string, string> = {}): Promise<string[]> {
  const server = await Server.start(args, env);
  try {
    const session = await Session.signIn(server.url, ADMIN.username, ADMIN.password);
    const root = await rootUnit(session);
    const list = await session.get<{ items: UnitDto[] }>(`/api/units?parentId=${root.id}&limit=500`);
    return list.body.items.map((u) => u.code).sort();
  } finally {
    expect(await server.stop()).toEqual({ code: 0, signal: null });
  }
}

describe('backup and restore across engines (CLI)', () => {
  let source: Tables;
  let fromPglite: string;
  let pgUrl: string;
  let codes: string[];

  it('PGlite → fresh PGlite directory: same rows, same password, intact chain', async () => {
    const dir = copyDataDir(template);
    const server = await Server.start(['--data', dir]);
    const session = await Session.signIn(server.url);
    const root = await rootUnit(session);
    const names = [
      'Chi bộ Văn phòng',
      'Chi bộ "Kỹ thuật" & Đổi mới',
      "Chi bộ Tổ chức – O'Brien",
      'Chi bộ Ẩm thực',
    ];
    for (const [i, name] of names.entries()) {
      const res = await session.post<UnitDto>('/api/units', {
        parentId: root.id,
        kind: 'cell',
        name,
        code: `CB-${i}`,
      });
      expect(res.status).toBe(201);
    }
    const partial = await session.post<UnitDto>('/api/units', {
      parentId: root.id,
      kind: 'partial',
      name: 'Đảng bộ bộ phận Khối Dịch vụ',
      code: 'BP-1',
    });
    expect(partial.status).toBe(201);
    const nested = await session.post('/api/units', {
      parentId: partial.body.id,
      kind: 'cell',
      name: 'Chi bộ Dịch vụ 1',
      code: 'BP-1.CB-1',
    });
    expect(nested.status).toBe(201);
    expect(await server.stop()).toEqual({ code: 0, signal: null });

    fromPglite = join(work, 'from-pglite.dangbo.gz');
    const backup = await cli(['backup', fromPglite, '--data', dir]);
    expect(backup.stdout).toContain('backed up to');
    expect(existsSync(`${fromPglite}.partial`)).toBe(false);
    source = await pgliteTables(dir);
    expect(source.org_units).toHaveLength(1 + names.length + 2);
    expect(source.audit_log?.length).toBeGreaterThan(names.length + 2);
    codes = [...names.map((_, i) => `CB-${i}`), 'BP-1'].sort();

    const fresh = join(tempDir(), 'restored');
    const restore = await cli(['restore', fromPglite, '--data', fresh]);
    expect(restore.stdout).toMatch(/restored \d+ rows/);
    expect(await pgliteTables(fresh)).toEqual(source);
    await expectIntactChain({}, ['--data', fresh], source.audit_log?.length ?? 0);
    expect(await signInAndList(['--data', fresh])).toEqual(codes);
  });

  it('PGlite → fresh PostgreSQL database: same rows, same password, intact chain', async () => {
    pgUrl = await pg.createDatabase('dangbo_restore');
    const env = { DATABASE_URL: pgUrl };
    const restore = await cli(['restore', fromPglite], env);
    expect(restore.stdout).toMatch(/restored \d+ rows/);
    expect(await postgresTables(pgUrl)).toEqual(source);
    await expectIntactChain(env, [], source.audit_log?.length ?? 0);
    expect(await signInAndList([], env)).toEqual(codes);
  });

  it('PostgreSQL → PGlite: a backup made on PostgreSQL restores into PGlite, replacing what was there', async () => {
    const env = { DATABASE_URL: pgUrl };
    // Data that only PostgreSQL has: a unit created by a server running on it.
    const server = await Server.start([], env);
    const session = await Session.signIn(server.url);
    const root = await rootUnit(session);
    expect(
      (
        await session.post('/api/units', {
          parentId: root.id,
          kind: 'cell',
          name: 'Chi bộ trên PG',
          code: 'PG-1',
        })
      ).status,
    ).toBe(201);
    expect(await server.stop()).toEqual({ code: 0, signal: null });

    const fromPostgres = join(work, 'from-postgres.dangbo.gz');
    await cli(['backup', fromPostgres], env);
    const expected = await postgresTables(pgUrl);
    expect(expected).not.toEqual(source);

    // The target already has its own admin and root unit (a copy of the template): all of it is replaced.
    const target = copyDataDir(template);
    await cli(['restore', fromPostgres, '--data', target]);
    expect(await pgliteTables(target)).toEqual(expected);
    await expectIntactChain({}, ['--data', target], expected.audit_log?.length ?? 0);
    expect(await signInAndList(['--data', target])).toEqual([...codes, 'PG-1'].sort());
  });
});

describe('backup while a server writes (PostgreSQL)', () => {
  it('is one consistent snapshot: every unit in the file has its audit row and vice versa', async () => {
    const url = await pg.createDatabase('dangbo_live');
    const env = { DATABASE_URL: url };
    await cli(
      ['create-admin', '-u', ADMIN.username, '-n', ADMIN.fullName, '--password', ADMIN.password],
      env,
    );
    const server = await Server.start([], env);
    const session = await Session.signIn(server.url);
    const root = await rootUnit(session);
    let writing = true;
    let written = 0;
    const writer = async (w: number) => {
      for (let i = 0; writing; i++) {
        const res = await session.post('/api/units', {
          parentId: root.id,
          kind: 'cell',
          name: `Chi bộ ${w}-${i}`,
          code: `L${w}-${i}`,
        });
        expect(res.status).toBe(201);
        written++;
      }
    };
    const writers = [1, 2, 3, 4].map(writer);
    const files = [1, 2].map((i) => join(work, `live-${i}.dangbo.gz`));
    try {
      for (const file of files) await cli(['backup', file], env);
    } finally {
      writing = false;
      await Promise.all(writers);
      await server.stop();
    }
    expect(written).toBeGreaterThan(20);
    for (const file of files) {
      const chunks = gunzipSync(readFileSync(file))
        .toString('utf8')
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((line) => JSON.parse(line) as { table?: string; rows?: Array<Record<string, unknown>> });
      const rowsOf = (table: string) => chunks.filter((c) => c.table === table).flatMap((c) => c.rows ?? []);
      const unitIds = rowsOf('org_units')
        .map((u) => u.id)
        .sort();
      const audited = rowsOf('audit_log')
        .filter((a) => a.action === 'unit.created')
        .map((a) => a.entity_id)
        .sort();
      expect(unitIds.length).toBeGreaterThan(1);
      expect(audited, file).toEqual(unitIds);
    }
  });
});

describe('restore refuses what is not a complete backup', () => {
  it('leaves PGlite and PostgreSQL targets unchanged, with a clear message', async () => {
    const good = join(work, 'good.dangbo.gz');
    const dir = copyDataDir(template);
    await cli(['backup', good, '--data', dir]);
    const lines = gunzipSync(readFileSync(good)).toString('utf8').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4); // header, table chunks, end marker

    const file = (name: string, content: Buffer | string) => {
      const path = join(work, name);
      writeFileSync(path, content);
      return path;
    };
    const notBackups = [
      file('plain.txt', 'đây không phải bản sao lưu\n'),
      file('random.bin', randomBytes(4096)),
      file(
        'other.json.gz',
        gzipSync('{"format":"something-else","version":1}\n{"table":"users","rows":[]}\n'),
      ),
    ];
    const damaged = [
      // Cut at a line boundary: still valid gzip, valid JSON lines, but the end marker and later tables are missing.
      file('cut-lines.gz', gzipSync(`${lines.slice(0, 2).join('\n')}\n`)),
      // Cut in the middle of the compressed stream.
      file('cut-bytes.gz', readFileSync(good).subarray(0, Math.floor(readFileSync(good).length * 0.6))),
      // A garbled chunk after good ones: rolled back, not half-restored.
      file(
        'garbled.gz',
        gzipSync(`${[...lines.slice(0, -1), '{"table":"users","rows":[{"id":'].join('\n')}\n`),
      ),
    ];

    const cases = [
      ...notBackups.map((path) => ({ path, message: 'not a backup' })),
      ...damaged.map((path) => ({ path, message: 'damaged or incomplete backup' })),
    ];

    const pgUrl = await pg.createDatabase('dangbo_refuse');
    await cli(['restore', good], { DATABASE_URL: pgUrl });
    const targets = [
      // PGlite takes one opener at a time: its attempts run one after another, so only a few of them (a plain
      // file, and two that fail inside the restore transaction, after every table has been emptied).
      {
        name: 'PGlite',
        args: ['--data', dir],
        env: {} as Record<string, string>,
        parallel: false,
        cases: cases.filter((c) => /plain|cut-lines|garbled/.test(c.path)),
        dump: () => pgliteTables(dir),
      },
      {
        name: 'PostgreSQL',
        args: [],
        env: { DATABASE_URL: pgUrl },
        parallel: true,
        cases,
        dump: () => postgresTables(pgUrl),
      },
    ];
    for (const target of targets) {
      const before = await target.dump();
      expect(before.users).toHaveLength(1);
      const attempt = async (c: (typeof cases)[number]) => ({
        ...c,
        ...(await runCli(['restore', c.path, ...target.args], target.env)),
      });
      const results = [];
      if (target.parallel) results.push(...(await Promise.all(target.cases.map(attempt))));
      else for (const c of target.cases) results.push(await attempt(c));
      for (const result of results) {
        expect(result.code, `${target.name} ${result.path}: ${result.output}`).toBe(1);
        expect(result.stderr, result.path).toContain(result.message);
        expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
      }
      expect(await target.dump(), target.name).toEqual(before);
    }
  });
});
