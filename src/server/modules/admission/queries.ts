import { and, asc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { AdmissionBoardItem, AdmissionCase, TargetsTable } from '../../../contracts/admission';
import {
  type AdmissionCaseDates,
  admissionProgress,
  admissionRulesOn,
  compareProgress,
} from '../../../domain/admission-rules';
import type { Tx } from '../../db/client';
import type { Scope } from '../../platform/access/grants';
import { inScope } from '../../platform/access/scope-sql';
import { loadWorkingCalendar } from '../calendar/service';
import { memberPlacements, personFact, personFacts } from '../members/for-admission';
import { unitNames } from '../members/units-read';
import { addDays } from '../org/calendar';
import { activeCellsUnder } from '../org/cells-read';
import { admissionCases, admissionIntroducers, admissionTargets } from './schema';

type CaseRow = typeof admissionCases.$inferSelect;

const BOARD_LIMIT = 1000;

const datesOf = (c: CaseRow, introducersRecorded: boolean): AdmissionCaseDates => ({
  nominatedOn: c.nominatedOn,
  courseDate: c.courseDate,
  introducersRecorded,
  verificationDate: c.verificationDate,
  verificationResult: c.verificationResult,
  cellVoteDate: c.cellVoteDate,
  cellVoteResult: c.cellVoteResult,
  decisionDate: c.decisionDate,
  ceremonyDate: c.ceremonyDate,
  officialVoteDate: c.officialVoteDate,
  officialVoteResult: c.officialVoteResult,
  closedOn: c.closedOn,
});

/** The calendar wide enough for every deadline of cases decided or held up to now (probation + 30 days). */
const calendarFor = (tx: Tx, earliest: string, today: string) =>
  loadWorkingCalendar(tx, earliest, addDays(today, 800));

/**
 * The open cases in a scope (and under a unit's path when given), filtered in SQL through the member's
 * current placement, with what is due next computed against the working-day calendar in use; overdue first.
 */
export async function admissionBoard(
  tx: Tx,
  scope: Scope,
  unitPath: string | null,
  today: string,
): Promise<{ items: AdmissionBoardItem[]; truncated: boolean }> {
  const p = memberPlacements(tx);
  const where: SQL[] = [eq(admissionCases.open, true), inScope(p.unitPath, scope)];
  if (unitPath) where.push(sql`${p.unitPath} <@ ${unitPath}::ltree`);
  const rows = await tx
    .select({
      c: admissionCases,
      fullName: p.fullName,
      birthDate: p.birthDate,
      unitId: p.unitId,
      introducers: sql<number>`(select count(*)::int from ${admissionIntroducers} where ${admissionIntroducers.caseId} = ${admissionCases.id})`,
    })
    .from(admissionCases)
    .innerJoin(p, eq(p.memberId, admissionCases.memberId))
    .where(and(...where))
    // Cases nearest to their legal deadlines first (decided, then in probation), then the oldest nominations.
    .orderBy(
      sql`${admissionCases.ceremonyDate} is null`,
      asc(admissionCases.ceremonyDate),
      sql`${admissionCases.decisionDate} is null`,
      asc(admissionCases.decisionDate),
      asc(admissionCases.nominatedOn),
      asc(admissionCases.id),
    )
    .limit(BOARD_LIMIT + 1);
  const truncated = rows.length > BOARD_LIMIT;
  const shown = rows.slice(0, BOARD_LIMIT);
  const earliest = shown.reduce(
    (min, r) => (r.c.decisionDate && r.c.decisionDate < min ? r.c.decisionDate : min),
    today,
  );
  const calendar = await calendarFor(tx, addDays(earliest, -1), today);
  const names = await unitNames(
    tx,
    shown.map((r) => r.unitId),
  );
  const items = shown.map((r) => ({
    id: r.c.id,
    memberId: r.c.memberId,
    fullName: r.fullName,
    birthDate: r.birthDate,
    unitId: r.unitId,
    unitName: names.get(r.unitId) ?? '',
    nominatedOn: r.c.nominatedOn,
    progress: admissionProgress(
      datesOf(r.c, r.c.introducersOn !== null && r.introducers > 0),
      calendar,
      today,
    ),
  }));
  items.sort((a, b) => compareProgress(a.progress, b.progress) || a.nominatedOn.localeCompare(b.nominatedOn));
  return { items, truncated };
}

export async function findCase(tx: Tx, id: string) {
  const [row] = await tx.select().from(admissionCases).where(eq(admissionCases.id, id)).limit(1);
  if (!row) return null;
  const person = await personFact(tx, row.memberId);
  return person ? { row, person } : null;
}

export async function presentCase(
  tx: Tx,
  found: NonNullable<Awaited<ReturnType<typeof findCase>>>,
  today: string,
  canEdit: boolean,
): Promise<AdmissionCase> {
  const { row, person } = found;
  const intro = await tx
    .select({ memberId: admissionIntroducers.memberId, knownSince: admissionIntroducers.knownSince })
    .from(admissionIntroducers)
    .where(eq(admissionIntroducers.caseId, row.id))
    .orderBy(admissionIntroducers.position);
  const introFacts = await personFacts(
    tx,
    intro.map((i) => i.memberId),
  );
  const calendar = await calendarFor(tx, row.decisionDate ?? today, today);
  const names = await unitNames(tx, [person.unitId]);
  const { open: _open, createdAt: _c, updatedAt: _u, ...fields } = row;
  return {
    ...fields,
    open: row.open,
    fullName: person.fullName,
    birthDate: person.birthDate,
    sex: person.sex,
    generalEducation: person.generalEducation,
    job: person.job,
    unitId: person.unitId,
    unitName: names.get(person.unitId) ?? '',
    memberStatus: person.status,
    introducers: intro.map((i) => ({ ...i, fullName: introFacts.get(i.memberId)?.fullName ?? '' })),
    progress: admissionProgress(
      datesOf(row, row.introducersOn !== null && intro.length > 0),
      calendar,
      today,
    ),
    citation: admissionRulesOn(row.cellVoteDate ?? today).citation,
    canEdit: canEdit && row.open,
  };
}

/**
 * Admissions decided (the superior's decision dated) within `from`..`to`, per cell of the subtree where the
 * register places the person today: what the targets table and the periodic reports count as admitted.
 */
export function admittedByUnit(tx: Tx, path: string, from: string, to: string) {
  const p = memberPlacements(tx);
  return tx
    .select({ unitId: p.unitId, n: sql<number>`count(*)::int`.as('n') })
    .from(admissionCases)
    .innerJoin(p, eq(p.memberId, admissionCases.memberId))
    .where(
      and(
        sql`${p.unitPath} <@ ${path}::ltree`,
        gte(admissionCases.decisionDate, from),
        lte(admissionCases.decisionDate, to),
      ),
    )
    .groupBy(p.unitId);
}

/**
 * The targets table of a committee (or one cell) for a year: every active cell of the subtree with its
 * target and the admissions decided so far in that year.
 */
export async function targetsTable(
  tx: Tx,
  unit: { path: string },
  year: number,
  canEditCell: (path: string) => boolean,
): Promise<TargetsTable> {
  const cells = await activeCellsUnder(tx, unit.path);
  const ids = cells.map((c) => c.id);
  if (ids.length === 0) return { year, items: [] };
  const targets = await tx
    .select()
    .from(admissionTargets)
    .where(and(inArray(admissionTargets.unitId, ids), eq(admissionTargets.year, year)));
  const admitted = await admittedByUnit(tx, unit.path, `${year}-01-01`, `${year}-12-31`);
  const byTarget = new Map(targets.map((t) => [t.unitId, t]));
  const byCount = new Map(admitted.map((a) => [a.unitId, a.n]));
  return {
    year,
    items: cells.map((c) => ({
      unitId: c.id,
      unitName: c.name,
      target: byTarget.get(c.id)?.target ?? null,
      admitted: byCount.get(c.id) ?? 0,
      version: byTarget.get(c.id)?.version ?? null,
      canEdit: canEditCell(c.path),
    })),
  };
}
