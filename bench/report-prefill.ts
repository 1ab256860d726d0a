/**
 * Pre-filled report figures (issue 8, "fields pre-filled from the product's own data"): time to compute every
 * source for the reference committee (58 cells, the demo data) and for one of its cells, for last month and
 * for this month, on PGlite. Run alone with `npx tsx bench/report-prefill.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { prefillSources } from '../src/contracts/report-forms';
import { periodContaining, shiftPeriod } from '../src/domain/report-periods';
import { openDatabase, queryRows } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { seedDemo } from '../src/server/demo/seed';
import { todayIso } from '../src/server/modules/org/calendar';
import { computePrefill } from '../src/server/modules/reports/prefill-sources';
import { percentile } from './inject';

const dataDir = mkdtempSync(join(tmpdir(), 'dangbo-bench-prefill-'));
const database = await openDatabase({ dataDir });
try {
  await runMigrations(database);
  await seedDemo(database, { publicUrl: 'http://localhost:3000' });
  const today = todayIso();
  const thisMonth = periodContaining('month', today);
  const lastMonth = shiftPeriod(thisMonth, -1);
  const units = await queryRows<{ id: string; path: string; label: string }>(
    database.db,
    sql`(select id, path::text as path, 'reference committee' as label from org_units where code = 'DB-VUSTA')
      union all
      (select c.id, c.path::text, 'one cell' from org_units c join org_units r on c.path <@ r.path
        where r.code = 'DB-VUSTA' and c.kind = 'cell' order by c.path limit 1)`,
  );
  for (const unit of units) {
    for (const [name, period] of [
      ['last month', lastMonth],
      ['this month', thisMonth],
    ] as const) {
      const times: number[] = [];
      let figures = {};
      for (let i = 0; i < 25; i++) {
        const started = performance.now();
        figures = await computePrefill(database.db, unit, period, prefillSources, today);
        if (i >= 5) times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      process.stdout.write(
        `${unit.label}, ${name} (${period.start}..${period.end}): p50 ${percentile(times, 50).toFixed(1)} ms, ` +
          `p95 ${percentile(times, 95).toFixed(1)} ms — ${JSON.stringify(figures)}\n`,
      );
    }
  }
} finally {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
