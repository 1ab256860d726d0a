import { admissionCases, admissionIntroducers } from '../modules/admission/schema';
import { addDays } from '../modules/org/calendar';
import type { Writer } from '../platform/mutate';
import type { MemberRecord } from './people';

/**
 * Open admission cases so the board of `npm run demo` is not empty, for the generated candidates and the most
 * recently admitted probationary members of the office cell (the demo secretary's) and its neighbours: just
 * nominated, trained, ready for the cell's vote, a ceremony overdue, a ceremony due, a probation ending. The
 * register is left as generated (its counts are what the demo tests pin down); every step date lies between
 * the person's status date and today, in the pipeline's order.
 */
export async function seedAdmissionCases(
  w: Writer,
  members: readonly MemberRecord[],
  cellIds: readonly string[],
  today: string,
): Promise<number> {
  const inCells = members.filter((m) => cellIds.includes(m.unitId));
  const officials = (unitId: string) =>
    inCells.filter(
      (m) =>
        m.unitId === unitId &&
        m.status === 'official' &&
        m.officialDate &&
        m.officialDate < addDays(today, -900),
    );
  const candidates = inCells
    .filter((m) => m.status === 'candidate')
    .sort((a, b) => a.statusSince.localeCompare(b.statusSince))
    .slice(0, 8);
  const probationary = members
    .filter((m) => m.status === 'probationary' && m.admissionDate)
    // The first cell's (the office cell's) first, so the demo secretary's board is not empty either.
    .sort(
      (a, b) =>
        Number(b.unitId === cellIds[0]) - Number(a.unitId === cellIds[0]) ||
        (a.admissionDate ?? '').localeCompare(b.admissionDate ?? ''),
    )
    .slice(0, 3);
  let made = 0;
  const between = (from: string, share: number) => {
    const span = (Date.parse(today) - Date.parse(from)) / 86_400_000;
    return addDays(from, Math.max(0, Math.floor(span * share)));
  };
  const open = async (m: MemberRecord, fields: Partial<typeof admissionCases.$inferInsert>) => {
    const intro = officials(m.unitId).slice(0, 2);
    const [row] = await w.tx
      .insert(admissionCases)
      .values({ memberId: m.id, nominatedOn: m.statusSince, ...fields })
      .returning({ id: admissionCases.id });
    if (row && fields.introducersOn && intro.length > 0)
      await w.tx.insert(admissionIntroducers).values(
        intro.map((i, position) => ({
          caseId: row.id,
          memberId: i.id,
          knownSince: addDays(today, -900),
          position,
        })),
      );
    made++;
  };
  for (const [index, m] of candidates.entries()) {
    const since = m.statusSince;
    const stage = index % 5;
    const course = { courseDate: between(since, 0.15), courseCertificate: `${120 + index}/GCN-TTBDCT` };
    const ready = {
      ...course,
      introducersOn: between(since, 0.2),
      youthUnionIntroduced: officials(m.unitId).length < 2,
      verificationDate: between(since, 0.3),
      verificationResult: 'clear' as const,
    };
    if (stage === 4) await open(m, {});
    else if (stage === 3) await open(m, course);
    else if (stage === 2) await open(m, ready);
    else {
      // Decided: two months ago (ceremony overdue) or ten days ago (ceremony due), when the dates allow.
      const decisionDate = addDays(today, stage === 0 ? -60 : -10);
      const voteDate = addDays(decisionDate, -14);
      if (voteDate <= ready.verificationDate) await open(m, ready);
      else
        await open(m, {
          ...ready,
          cellVoteDate: voteDate,
          votesFor: 9,
          votesTotal: 11,
          cellVoteResult: 'passed',
          decisionNumber: `${300 + index}-QĐ/ĐU`,
          decisionDate,
        });
    }
  }
  for (const [index, m] of probationary.entries()) {
    const decisionDate = m.admissionDate as string;
    const ceremonyDate = addDays(decisionDate, 14);
    if (ceremonyDate > today) continue;
    await open(m, {
      nominatedOn: addDays(decisionDate, -200),
      courseDate: addDays(decisionDate, -170),
      courseCertificate: `${90 + index}/GCN-TTBDCT`,
      introducersOn: addDays(decisionDate, -150),
      youthUnionIntroduced: officials(m.unitId).length < 2,
      verificationDate: addDays(decisionDate, -100),
      verificationResult: 'clear',
      cellVoteDate: addDays(decisionDate, -30),
      votesFor: 10,
      votesTotal: 11,
      cellVoteResult: 'passed',
      decisionNumber: `${280 + index}-QĐ/ĐU`,
      decisionDate,
      ceremonyDate,
    });
  }
  return made;
}
