import type { PrefillSource } from '../../../contracts/report-forms';
import type { Tx } from '../../db/client';
import { admittedBetween } from '../admission/for-reports';
import { documentsIssuedBetween, studySessionsBetween } from '../documents/for-reports';
import { meetingsHeldBetween } from '../meetings/for-reports';
import { madeOfficialBetween, memberCountsOn } from '../members/for-reports';
import { tasksDoneBetween, tasksOverdueOn } from '../programs/for-reports';
import { officialTransfersBetween } from '../transfers/for-reports';

/**
 * The figures the product knows for a unit's report of a period (`prefillSources` in the contract), each read
 * through its module's own counting functions, over the unit's whole subtree. "In the period" is dated within
 * its first and last day, both included; "on the last day" is that day, or today while the period runs.
 */

export type PrefillFigures = Partial<Record<PrefillSource, number | null>>;

interface Ask {
  tx: Tx;
  unit: { id: string; path: string };
  period: { start: string; end: string };
  /** The period's last day, or today when the period has not ended (nothing is known of the future). */
  lastKnownDay: string;
  today: string;
}

/** Percent with one decimal; null when nothing was expected (no meeting held, nobody on a roster). */
const percent = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;

/** Sources read by one query are computed together: each group returns every source it knows. */
const groups: { sources: readonly PrefillSource[]; read: (a: Ask) => Promise<PrefillFigures> }[] = [
  {
    sources: ['members.total', 'members.official', 'members.probationary'],
    read: async ({ tx, unit, lastKnownDay, today }) => {
      const counts = await memberCountsOn(tx, unit, lastKnownDay, today);
      return {
        'members.total': counts.total,
        'members.official': counts.official,
        'members.probationary': counts.probationary,
      };
    },
  },
  {
    sources: ['admission.admitted'],
    read: async ({ tx, unit, period }) => ({
      'admission.admitted': await admittedBetween(tx, unit.path, period.start, period.end),
    }),
  },
  {
    sources: ['admission.officialized'],
    read: async ({ tx, unit, period }) => ({
      'admission.officialized': await madeOfficialBetween(tx, unit.path, period.start, period.end),
    }),
  },
  {
    sources: ['transfers.in', 'transfers.out'],
    read: async ({ tx, unit, period }) => {
      const moved = await officialTransfersBetween(tx, unit.path, period.start, period.end);
      return { 'transfers.in': moved.in, 'transfers.out': moved.out };
    },
  },
  {
    sources: ['meetings.held', 'meetings.thematic', 'meetings.attendanceRate'],
    read: async ({ tx, unit, period }) => {
      const held = await meetingsHeldBetween(tx, unit.path, period.start, period.end);
      return {
        'meetings.held': held.held,
        'meetings.thematic': held.thematic,
        'meetings.attendanceRate': held.held > 0 ? percent(held.present, held.expected) : null,
      };
    },
  },
  {
    sources: ['documents.issued'],
    read: async ({ tx, unit, period }) => ({
      'documents.issued': await documentsIssuedBetween(tx, unit.path, period.start, period.end),
    }),
  },
  {
    sources: ['study.sessions'],
    read: async ({ tx, unit, period }) => ({
      'study.sessions': await studySessionsBetween(tx, unit.path, period.start, period.end),
    }),
  },
  {
    sources: ['tasks.done'],
    read: async ({ tx, unit, period }) => ({
      'tasks.done': await tasksDoneBetween(tx, unit.path, period.start, period.end),
    }),
  },
  {
    sources: ['tasks.overdue'],
    read: async ({ tx, unit, lastKnownDay }) => ({
      'tasks.overdue': await tasksOverdueOn(tx, unit.path, lastKnownDay),
    }),
  },
];

/** The asked figures only (each group's query runs once, whatever number of its sources are asked). */
export async function computePrefill(
  tx: Tx,
  unit: { id: string; path: string },
  period: { start: string; end: string },
  sources: readonly PrefillSource[],
  today: string,
): Promise<PrefillFigures> {
  const asked = new Set(sources);
  const ask: Ask = { tx, unit, period, lastKnownDay: period.end < today ? period.end : today, today };
  const result: PrefillFigures = {};
  // One after the other: a transaction runs one statement at a time.
  for (const group of groups) {
    if (!group.sources.some((s) => asked.has(s))) continue;
    const figures = await group.read(ask);
    for (const source of group.sources) if (asked.has(source)) result[source] = figures[source] ?? null;
  }
  return result;
}
