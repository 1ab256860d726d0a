/**
 * The query plans of the national report reads (issue 8): `EXPLAIN (ANALYZE, BUFFERS)` of the completeness
 * view's grouped pass and of the aggregate's report counts by status, as the services build them, at the root
 * and at a province of a kept national load. Run after `npx tsx bench/reports.ts --keep <dir>`:
 * `npx tsx bench/report-plans.ts --keep <dir> [--units 300000 --periods 24]` (prints Markdown to stdout).
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/server/db/client';
import { todayIso } from '../src/server/modules/org/calendar';
import { countsByChildSql } from '../src/server/modules/reports/aggregate-queries';
import { aggregateScope } from '../src/server/modules/reports/aggregate-scope';
import { childGroupsSql, expectedInput } from '../src/server/modules/reports/completeness-queries';
import { completenessTarget } from '../src/server/modules/reports/completeness-target';
import type { ReportAccess } from '../src/server/modules/reports/report-access';
import { arg } from './args';
import { openNationalFromArgs, shownMonth } from './reports-national';

if (!arg('keep', '')) throw new Error('--keep <dir>: the folder of a kept national load');
const log = (message: string) => process.stderr.write(`${message}\n`);
const national = await openNationalFromArgs(log);
try {
  const db = national.database.db;
  const today = todayIso();
  const access: ReportAccess = {
    read: { subtrees: [national.root.path], exact: [] },
    write: { subtrees: [], exact: [] },
    grants: [],
  };
  const out: string[] = [];
  const explain = async (title: string, query: ReturnType<typeof sql>) => {
    const rows = await queryRows<{ 'QUERY PLAN': string }>(db, sql`explain (analyze, buffers) ${query}`);
    out.push(`${title}:`, '', '```', ...rows.map((r) => r['QUERY PLAN']), '```', '');
  };
  for (const [label, unit] of [
    ['root', national.root],
    ['province', national.province],
  ] as const) {
    const query = { formId: national.formId, periodKey: shownMonth.key, unitId: unit.id };
    const target = await completenessTarget(db, access, query, 'read', today);
    await explain(`Completeness, ${label}`, childGroupsSql(target, expectedInput(target, access, today)));
    await explain(
      `Aggregate counts by status, ${label}`,
      countsByChildSql(await aggregateScope(db, access, query)),
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  await national.close();
}
process.exit(0);
