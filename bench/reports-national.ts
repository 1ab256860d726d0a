import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Period, periodsEndingWith } from '../src/domain/report-periods';
import { latestDuePeriod } from '../src/domain/report-reminders';
import { type Database, openDatabase, queryRows } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { todayIso } from '../src/server/modules/org/calendar';
import { databaseUrl } from '../test/embedded-postgres';
import { formRow } from '../test/report-factory';
import { arg } from './args';
import { type NationalServer, startNationalPostgres } from './national-postgres';
import { generateSubmissionsBulk } from './reports-data';
import { generateTaskTree } from './tasks-data';

export interface NationalUnit {
  id: string;
  path: string;
}

export interface NationalReports {
  database: Database;
  server: NationalServer;
  formId: string;
  root: NationalUnit;
  province: NationalUnit;
  grassroots: NationalUnit;
  units: number;
  reports: number;
  periods: number;
  /** Seconds the tree and its reports took to generate (when the kept load was made, if reused). */
  loadSeconds: number;
  close(): Promise<void>;
}

export interface NationalLoad {
  units: number;
  periods: number;
  /** The last period of reports (the one the benchmarks read). */
  last: Period;
  deadline: { dueDays: number; opensDaysBefore: number };
  /** Keep the server's folder and reuse its load when the size asked matches (see `startNationalPostgres`). */
  keepIn?: string;
  log: (line: string) => void;
}

/** The deadline of the benchmarks' monthly form. */
export const benchDeadline = { dueDays: 5, opensDaysBefore: 5 };
/** The last month whose reports are due by today: the one the committee looks at. */
export const shownMonth = latestDuePeriod('month', benchDeadline, todayIso());

const databaseName = 'bench_reports_national';
const formCode = 'BENCH-QG';

/**
 * The national tree of the report benchmarks (completeness and aggregation): root → 50 provinces → 60 grassroots
 * committees each → as many cells each as make `units`, and a monthly cell report of the root with two numbers
 * (members, present) over `periods` months, loaded in bulk. With `keepIn`, a second benchmark of the same size
 * reads the load the first one made instead of generating it again.
 */
export async function openNationalReports(load: NationalLoad): Promise<NationalReports> {
  const server = await startNationalPostgres(load.keepIn);
  try {
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [databaseName]))
      .rowCount;
    const database = await openDatabase({
      databaseUrl: databaseUrl(server.adminUrl, databaseName),
      poolSize: 8,
    });
    const kept = exists ? await keptLoad(database).catch(() => null) : null;
    let loadSeconds: number | null = null;
    if (!kept || kept.units !== load.units || kept.periods !== load.periods) {
      await database.close();
      if (exists) await admin.query(`drop database ${databaseName}`);
      await admin.query(`create database ${databaseName}`);
      await admin.end();
      const fresh = await openDatabase({
        databaseUrl: databaseUrl(server.adminUrl, databaseName),
        poolSize: 8,
      });
      loadSeconds = await generate(fresh, load);
      return await opened(fresh, server, load, loadSeconds);
    }
    await admin.end();
    load.log(`national: reusing the load kept in ${load.keepIn}`);
    return await opened(database, server, load, loadSeconds);
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function keptLoad(database: Database) {
  const [row] = await queryRows<{ units: number; periods: number }>(
    database.db,
    sql`select units, periods from bench_national_load`,
  );
  return row ?? null;
}

async function generate(database: Database, load: NationalLoad): Promise<number> {
  const db = database.db;
  await runMigrations(database);
  const cellsPer = Math.max(1, Math.round((load.units - 3051) / 3000));
  load.log(
    `national: generating the tree (${cellsPer} cells per committee) and ${load.periods} months of reports…`,
  );
  const started = performance.now();
  await generateTaskTree(db, cellsPer);
  const root = await unitOf(database, 'central');
  const periods = periodsEndingWith(load.last, load.periods);
  const form = await formRow(db, root.id, {
    ...load.deadline,
    code: formCode,
    startsOn: periods[0]?.start ?? '2020-01-01',
  });
  await generateSubmissionsBulk(
    db,
    { formId: form.id, ...load.deadline, rootPath: root.path, kind: 'cell', periods, values: true },
    (step) => load.log(`national: ${step}`),
  );
  await db.execute(sql`vacuum analyze`);
  const seconds = Math.round((performance.now() - started) / 1000);
  await db.execute(sql`create table bench_national_load as
    select ${load.units}::int as units, ${load.periods}::int as periods, ${seconds}::int as load_seconds`);
  load.log(`national: generated in ${seconds} s`);
  return seconds;
}

async function unitOf(database: Database, kind: string): Promise<NationalUnit> {
  const [unit] = await queryRows<NationalUnit>(
    database.db,
    sql`select id, path::text as path from org_units where kind = ${kind} order by code limit 1`,
  );
  if (!unit) throw new Error(`national tree: no ${kind} unit`);
  return unit;
}

async function opened(
  database: Database,
  server: NationalServer,
  load: NationalLoad,
  loadSeconds: number | null,
): Promise<NationalReports> {
  const [counts] = await queryRows<{ units: number; reports: number; form_id: string; seconds: number }>(
    database.db,
    sql`select (select count(*)::int from org_units) as units,
      (select count(*)::int from report_submissions) as reports,
      (select id from report_forms where code = ${formCode}) as form_id,
      (select load_seconds from bench_national_load) as seconds`,
  );
  if (!counts?.form_id) throw new Error('national load: no form');
  return {
    database,
    server,
    formId: counts.form_id,
    root: await unitOf(database, 'central'),
    province: await unitOf(database, 'provincial'),
    grassroots: await unitOf(database, 'grassroots'),
    units: counts.units,
    reports: counts.reports,
    periods: load.periods,
    loadSeconds: loadSeconds ?? counts.seconds,
    async close() {
      await database.close();
      await server.stop();
    },
  };
}

/** The national load as the command line asks: `--units 300000 --periods 24 [--keep <dir>]`. */
export function openNationalFromArgs(log: (line: string) => void): Promise<NationalReports> {
  const keepIn = arg('keep', '');
  return openNationalReports({
    units: Number(arg('units', '300000')),
    periods: Number(arg('periods', '24')),
    last: shownMonth,
    deadline: benchDeadline,
    ...(keepIn ? { keepIn } : {}),
    log,
  });
}
