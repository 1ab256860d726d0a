/**
 * National-size runs on PostgreSQL: the demo generator loads N members (a national tree around the reference
 * committee), its load time is compared with a plain COPY of the same rows, and requests are timed over
 * HTTP as a committee user at the national root — the folded name search, the unit picker's search, the first
 * page of the root's member list in name order, and the statistics of the whole tree.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { fold } from '../src/domain/text';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { type Db, openDatabase, queryRows } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import * as schema from '../src/server/db/schema';
import { deferIndexes } from '../src/server/demo/loader';
import { seedDemo } from '../src/server/demo/seed';
import { loadOrder } from '../src/server/demo/tables';
import { hashPassword } from '../src/server/platform/auth/passwords';
import { userRoles, users } from '../src/server/platform/auth/schema';
import { databaseUrl } from '../test/embedded-postgres';
import type { LoadClient } from './http-load';
import { type LatencyBudget, type LatencyRow, measureLatencies } from './latency';
import type { NationalServer } from './national-postgres';
import { copyFiles, dumpTables } from './plain-copy';

export const NATIONAL_GOALS = { search: 30, list: 50, statistics: 1000 } as const;

export interface NationalResult {
  members: number;
  units: number;
  rows: number;
  /** Generating and writing every row (indexes and foreign keys deferred), as `demo --scale` does. */
  generatorSeconds: number;
  /** Rebuilding the deferred indexes and foreign keys after the generator's rows are in. */
  indexSeconds: number;
  /** COPY FROM files of the same rows into the same empty tables, indexes deferred the same way. */
  copySeconds: number | null;
  copyBytes: number;
  databaseBytes: number;
  /** Indexes and foreign keys were deferred (national part ≥ 50,000 members). */
  bulkMode: boolean;
  latencies: LatencyRow[];
}

const BENCH_USER = 'bench-national';
const BENCH_PASSWORD = 'bench-national-1';

async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return databaseUrl(adminUrl, name);
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
  await admin.end();
}

/** The same rows again, with plain COPY from files, into a fresh migrated database (rolled back after). */
async function plainCopy(
  adminUrl: string,
  sourceUrl: string,
  name: string,
  bulkMode: boolean,
  log: (line: string) => void,
): Promise<{ seconds: number; bytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'dangbo-bench-copy-'));
  const targetName = `${name}_copy`;
  try {
    log('  plain COPY baseline: dumping the generated rows…');
    const dumped = await dumpTables(sourceUrl, loadOrder, dir);
    const url = await createDatabase(adminUrl, targetName);
    const target = await openDatabase({ databaseUrl: url, poolSize: 2 });
    try {
      await runMigrations(target);
      const client = await (target.pool as pg.Pool).connect();
      try {
        await client.query('begin');
        // The same table state the generator wrote into: indexes deferred only when it deferred them.
        if (bulkMode)
          await deferIndexes(
            drizzle(client, { schema }) as unknown as Db,
            loadOrder.map((t) => t.name),
          );
        log('  plain COPY baseline: copying…');
        const seconds = await copyFiles(client, dumped);
        await client.query('rollback');
        return { seconds, bytes: dumped.reduce((n, d) => n + d.bytes, 0) };
      } finally {
        client.release();
      }
    } finally {
      await target.close();
      await dropDatabase(adminUrl, targetName);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A committee role at the national root, for the requests (the demo sign-ins sit at VUSTA). */
async function addBenchUser(db: Db, rootId: string): Promise<void> {
  const [user] = await db
    .insert(users)
    .values({
      username: BENCH_USER,
      fullName: 'Đo hiệu năng',
      passwordHash: await hashPassword(BENCH_PASSWORD),
      totpWaived: true,
    })
    .returning({ id: users.id });
  if (!user) throw new Error('no bench user');
  await db.insert(userRoles).values({ userId: user.id, role: 'committee', unitId: rootId });
}

export async function benchNational(
  client: LoadClient,
  server: NationalServer,
  size: number,
  options: { budget: LatencyBudget; copyBaseline: boolean; log: (line: string) => void },
): Promise<NationalResult> {
  const { log } = options;
  const name = `dangbo_national_${size}`;
  const url = await createDatabase(server.adminUrl, name);
  const database = await openDatabase({ databaseUrl: url, poolSize: 10 });
  try {
    await runMigrations(database);
    log(`national ${size.toLocaleString('en-US')}: generating and loading…`);
    let lastPercent = -1;
    const seeded = await seedDemo(database, {
      publicUrl: 'http://localhost',
      scale: size,
      onProgress: (done, total) => {
        const percent = Math.floor((done / total) * 10) * 10;
        if (percent !== lastPercent) {
          lastPercent = percent;
          log(`  ${percent}% (${done.toLocaleString('en-US')} members)`);
        }
      },
    });
    const rows = Object.values(seeded.rows).reduce((a, b) => a + b, 0);
    log(
      `  generator: ${rows.toLocaleString('en-US')} rows in ${seeded.loadSeconds.toFixed(1)} s ` +
        `(${Math.round(rows / seeded.loadSeconds).toLocaleString('en-US')} rows/s), indexes ${seeded.indexSeconds.toFixed(1)} s`,
    );
    const copy = options.copyBaseline
      ? await plainCopy(server.adminUrl, url, name, seeded.bulkMode, log)
      : null;
    if (copy)
      log(
        `  plain COPY: ${copy.seconds.toFixed(1)} s (${Math.round(rows / copy.seconds).toLocaleString('en-US')} rows/s)`,
      );
    const rootId = seeded.rootId;
    if (!rootId) throw new Error('the national tree has no root');
    await addBenchUser(database.db, rootId);
    const [size_] = await queryRows<{ bytes: string }>(
      database.db,
      sql`select pg_database_size(current_database())::text as bytes`,
    );
    // Search words: whole names of members somewhere in the tree, as someone would type them (no marks).
    const names = await queryRows<{ full_name: string }>(
      database.db,
      sql`select full_name from members tablesample system (1) repeatable (7) limit 6`,
    );

    const config = loadConfig({
      LOG_LEVEL: 'silent',
      DATABASE_URL: url,
      WEB_DIST: join(tmpdir(), 'dangbo-no-web'),
      LOGIN_RATE_PER_MINUTE: '100000000',
      OUTBOX_DISABLED: '1',
    });
    const app = await buildApp({ database, config, logger: false });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      if (!address || typeof address === 'string') throw new Error('app has no port');
      const origin = `http://127.0.0.1:${address.port}`;
      const signIn = await fetch(`${origin}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: BENCH_USER, password: BENCH_PASSWORD }),
      });
      if (signIn.status !== 200) throw new Error(`bench sign-in answered ${signIn.status}`);
      const cookie = signIn.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .find((c) => c?.startsWith('dangbo_session='));
      if (!cookie) throw new Error('sign-in set no session cookie');
      const headers = { cookie };
      const words = names.map((n) => fold(n.full_name));
      log(`  measuring (search words: ${words.join(', ')})`);
      const latencies = await measureLatencies(
        client,
        [
          {
            key: 'search',
            label: 'folded name search',
            request: 'GET /api/members?q=<name without marks>&limit=50',
            urls: words.map((q) => `${origin}/api/members?q=${encodeURIComponent(q)}&limit=50`),
            headers,
            goalMs: NATIONAL_GOALS.search,
          },
          {
            key: 'list',
            label: 'root member list, first page',
            request: 'GET /api/members?unitId=<root>&limit=50',
            urls: [`${origin}/api/members?unitId=${rootId}&limit=50`],
            headers,
            goalMs: NATIONAL_GOALS.list,
          },
          {
            key: 'statistics',
            label: 'whole-tree statistics',
            request: 'GET /api/members/statistics?unitId=<root>',
            urls: [`${origin}/api/members/statistics?unitId=${rootId}`],
            headers,
            goalMs: NATIONAL_GOALS.statistics,
          },
          {
            key: 'facets',
            label: 'root list filter counts',
            request: 'GET /api/members/facets?unitId=<root>',
            urls: [`${origin}/api/members/facets?unitId=${rootId}`],
            headers,
          },
          {
            key: 'unitSearch',
            label: 'unit picker search by name',
            request: 'GET /api/units/search?q=<part of a unit name>&limit=30',
            urls: ['chi bo van phong', 'dang bo tinh', 'chi bo'].map(
              (q) => `${origin}/api/units/search?q=${encodeURIComponent(q)}&limit=30`,
            ),
            headers,
          },
          {
            key: 'tree',
            label: 'provinces with member counts',
            request: 'GET /api/units?parentId=<root>&limit=100',
            urls: [`${origin}/api/units?parentId=${rootId}&limit=100`],
            headers,
          },
        ],
        options.budget,
        log,
      );
      return {
        members: seeded.members,
        units: seeded.units,
        rows,
        generatorSeconds: seeded.loadSeconds,
        indexSeconds: seeded.indexSeconds,
        copySeconds: copy?.seconds ?? null,
        copyBytes: copy?.bytes ?? 0,
        databaseBytes: Number(size_?.bytes ?? 0),
        bulkMode: seeded.bulkMode,
        latencies,
      };
    } finally {
      await app.close();
    }
  } finally {
    await database.close().catch(() => {});
    await dropDatabase(server.adminUrl, name);
  }
}
