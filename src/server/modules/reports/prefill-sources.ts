import { type SQL, sql } from 'drizzle-orm';
import type { PrefillSource } from '../../../contracts/report-forms';
import { queryRows, type Tx } from '../../db/client';
import { admittedRow } from '../admission/for-reports';
import { documentsIssuedRow, studySessionsRow } from '../documents/for-reports';
import { meetingsHeldRow } from '../meetings/for-reports';
import { madeOfficialRow, memberCountsOn } from '../members/for-reports';
import { tasksDoneRow, tasksOverdueRow } from '../programs/for-reports';
import { officialTransfersRow } from '../transfers/for-reports';

/**
 * The figures the product knows for a unit's report of a period (`prefillSources` in the contract), each read
 * through its module's own counting code, over the unit's whole subtree. "In the period" is dated within its
 * first and last day, both included; "on the last day" is that day, or today while the period runs. The
 * modules give one-row queries of their counts, run together as one statement (a report asks for many
 * figures, and each statement costs a round trip); the register's counts on a day are the members module's
 * own function.
 */

export type PrefillFigures = Partial<Record<PrefillSource, number | null>>;

interface Ask {
  tx: Tx;
  unit: { id: string; path: string };
  period: { start: string; end: string };
  /** The period's last day, or today when the period has not ended (nothing is known of the future). */
  lastKnownDay: string;
}

type Row = Record<string, number | null>;

/** Percent with one decimal; null when nothing was expected (nobody on the rosters). */
const percent = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;

const count = (row: Row, column: string) => Number(row[column] ?? 0);

/** Sources answered by one module query: its one-row SQL and how its columns make the figures. */
const groups: {
  sources: readonly PrefillSource[];
  query: (a: Ask) => SQL;
  figures: (r: Row) => PrefillFigures;
}[] = [
  {
    sources: ['admission.admitted'],
    query: ({ tx, unit, period }) => admittedRow(tx, unit.path, period.start, period.end),
    figures: (r) => ({ 'admission.admitted': count(r, 'admitted') }),
  },
  {
    sources: ['admission.officialized'],
    query: ({ unit, period }) => madeOfficialRow(unit.path, period.start, period.end),
    figures: (r) => ({ 'admission.officialized': count(r, 'officialized') }),
  },
  {
    sources: ['transfers.in', 'transfers.out'],
    query: ({ unit, period }) => officialTransfersRow(unit.path, period.start, period.end),
    figures: (r) => ({ 'transfers.in': count(r, 'moved_in'), 'transfers.out': count(r, 'moved_out') }),
  },
  {
    sources: ['meetings.held', 'meetings.thematic', 'meetings.attendanceRate'],
    query: ({ unit, period }) => meetingsHeldRow(unit.path, period.start, period.end),
    figures: (r) => ({
      'meetings.held': count(r, 'held'),
      'meetings.thematic': count(r, 'thematic'),
      'meetings.attendanceRate':
        count(r, 'held') > 0 ? percent(count(r, 'present'), count(r, 'expected')) : null,
    }),
  },
  {
    sources: ['documents.issued'],
    query: ({ unit, period }) => documentsIssuedRow(unit.path, period.start, period.end),
    figures: (r) => ({ 'documents.issued': count(r, 'issued') }),
  },
  {
    sources: ['study.sessions'],
    query: ({ unit, period }) => studySessionsRow(unit.path, period.start, period.end),
    figures: (r) => ({ 'study.sessions': count(r, 'sessions') }),
  },
  {
    sources: ['tasks.done'],
    query: ({ unit, period }) => tasksDoneRow(unit.path, period.start, period.end),
    figures: (r) => ({ 'tasks.done': count(r, 'done') }),
  },
  {
    sources: ['tasks.overdue'],
    query: ({ unit, lastKnownDay }) => tasksOverdueRow(unit.path, lastKnownDay),
    figures: (r) => ({ 'tasks.overdue': count(r, 'overdue') }),
  },
];

const memberSources: readonly PrefillSource[] = ['members.total', 'members.official', 'members.probationary'];

/** The asked figures only: the asked modules' one-row queries side by side in one statement. */
export async function computePrefill(
  tx: Tx,
  unit: { id: string; path: string },
  period: { start: string; end: string },
  sources: readonly PrefillSource[],
  today: string,
): Promise<PrefillFigures> {
  const asked = new Set(sources);
  const ask: Ask = { tx, unit, period, lastKnownDay: period.end < today ? period.end : today };
  const all: PrefillFigures = {};
  if (memberSources.some((s) => asked.has(s))) {
    const counts = await memberCountsOn(tx, unit, ask.lastKnownDay, today);
    Object.assign(all, {
      'members.total': counts.total,
      'members.official': counts.official,
      'members.probationary': counts.probationary,
    });
  }
  const used = groups.filter((g) => g.sources.some((s) => asked.has(s)));
  if (used.length > 0) {
    const [row = {}] = await queryRows<Row>(
      tx,
      sql`select * from ${sql.join(
        used.map((g, i) => sql`(${g.query(ask)}) as ${sql.identifier(`g${i}`)}`),
        sql` cross join `,
      )}`,
    );
    for (const group of used) Object.assign(all, group.figures(row));
  }
  const result: PrefillFigures = {};
  for (const source of sources) result[source] = all[source] ?? null;
  return result;
}
