import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/client';
import { runMigrations } from '../../src/server/db/migrate';
import { databaseUrl, type EmbeddedServer, startEmbeddedPostgres } from '../embedded-postgres';
import './provided';

const TEMPLATE = `dangbo_template_${process.pid}`;

/**
 * Uses TEST_DATABASE_URL when given, else starts PostgreSQL with embedded-postgres. Builds one migrated
 * template database; each test file clones it.
 */
export default async function setup(project: TestProject) {
  let server: EmbeddedServer | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    server = await startEmbeddedPostgres();
    adminUrl = server.adminUrl;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE}`);
  await admin.query(`create database ${TEMPLATE}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: databaseUrl(adminUrl, TEMPLATE), poolSize: 2 });
  await runMigrations(database);
  await database.close();
  project.provide('postgresAdminUrl', adminUrl);
  project.provide('postgresTemplate', TEMPLATE);
  return async () => {
    if (server) {
      await server.stop();
      return;
    }
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    const { rows } = await cleanup.query<{ datname: string }>(
      'select datname from pg_database where datname like $1',
      [`${TEMPLATE}_%`],
    );
    for (const { datname } of rows) await cleanup.query(`drop database if exists ${datname} with (force)`);
    await cleanup.query(`drop database if exists ${TEMPLATE} with (force)`);
    await cleanup.end();
  };
}
