import type { Config } from '../config';
import { type Database, openDatabase } from './client';
import { runMigrations } from './migrate';

/** Opens the configured database (taking the PGlite lock) and brings its schema up to date. */
export async function openAndMigrate(config: Config): Promise<Database> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.poolSize,
  });
  try {
    await runMigrations(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
