import { PGlite } from '@electric-sql/pglite';
import { openDatabase, pgliteExtensions } from './src/server/db/client';
import { runMigrations } from './src/server/db/migrate';
import { seedDemo } from './src/server/demo/seed';
import { workPrograms, workProgramItems } from './src/server/modules/programs/schema';
import { sql } from 'drizzle-orm';

const client = await PGlite.create({ extensions: pgliteExtensions });
const database = await openDatabase({ pglite: client });
await runMigrations(database);
const t0 = performance.now();
const summary = await seedDemo(database, { publicUrl: 'http://localhost', today: process.argv[2] ?? '2026-12-01' });
console.log('seed s', ((performance.now() - t0) / 1000).toFixed(1), summary.rows.work_programs, summary.rows.work_program_items);
const rows = await database.db.execute(sql`select p.title, p.year, count(i.*) n,
  count(*) filter (where i.status = 'done') done,
  count(*) filter (where i.status = 'in_progress') prog,
  count(*) filter (where i.status in ('planned','in_progress') and i.due_on < ${process.argv[2] ?? '2026-12-01'}::date) late_open,
  count(*) filter (where i.status = 'done' and i.done_on > i.due_on) late_done,
  count(i.document_id) docs
  from work_programs p left join work_program_items i on i.program_id = p.id group by p.id order by p.title`);
console.log(rows.rows ?? rows);
await database.close();
