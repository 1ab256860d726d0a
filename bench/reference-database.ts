import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/server/config';
import { type Database, openDatabase } from '../src/server/db/client';
import { databaseUrl, startEmbeddedPostgres } from '../test/embedded-postgres';

/** A fresh, empty database for a reference-size run: a PGlite directory or a durable embedded PostgreSQL. */
export async function openReferenceDatabase(
  engine: 'pglite' | 'postgres',
  name: string,
): Promise<{ database: Database; close: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), `dangbo-bench-${name}-`));
  let stopServer = async () => {};
  let database: Database;
  if (engine === 'pglite') database = await openDatabase({ dataDir });
  else {
    const server = await startEmbeddedPostgres({ durable: true, prefix: `dangbo-bench-${name}-pg-` });
    stopServer = server.stop;
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query(`create database bench_${name}`);
    await admin.end();
    database = await openDatabase({
      databaseUrl: databaseUrl(server.adminUrl, `bench_${name}`),
      poolSize: 8,
    });
  }
  return {
    database,
    close: async () => {
      await database.close();
      await stopServer();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The app's configuration for benchmarks: quiet, no web files, no mail, no second factor. */
export const benchAppConfig = () =>
  loadConfig({
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    OUTBOX_DISABLED: '1',
    TOTP_REQUIRED_ROLES: '',
  });
