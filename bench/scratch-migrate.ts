import { openDatabase } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';

const database = await openDatabase({ databaseUrl: process.argv[2] as string, poolSize: 2 });
const t = performance.now();
await runMigrations(database);
console.log('migrated in', ((performance.now() - t) / 1000).toFixed(1), 's');
await database.close();
