import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  openDocumentItems,
  ProgramDetail,
  ProgramItem,
  programList,
  programSummary,
} from '../../../contracts/programs';
import { isLate, onTimeShare, quarterOf } from '../../../domain/program-periods';
import type { Tx } from '../../db/client';
import { scopeIncludes } from '../../platform/access/grants';
import { inScope } from '../../platform/access/scope-sql';
import { documents } from '../documents/schema';
import { memberPlaces } from '../members/for-programs';
import { unitBodies, units } from '../org/schema';
import type { ProgramAccess, ProgramItemRow } from './program-access';
import { workProgramItems, workPrograms } from './schema';

type Summary = z.infer<typeof programSummary>;
/** Enough for a committee and its cells; the list of a whole national subtree is cut here. */
const listCap = 500;

/** Late in SQL as `isLate` decides it in code: done after the period, or not done once it is over. */
const lateSql = (today: string) =>
  sql`(i.status = 'done' and i.done_on > i.due_on) or (i.status in ('planned', 'in_progress') and i.due_on < ${today}::date)`;

const summaryColumns = (today: string) => ({
  id: workPrograms.id,
  unitId: workPrograms.unitId,
  unitName: units.name,
  bodyId: workPrograms.bodyId,
  bodyName: unitBodies.name,
  bodyKind: unitBodies.kind,
  year: workPrograms.year,
  title: workPrograms.title,
  version: workPrograms.version,
  itemCount: sql<number>`(select count(*)::int from ${workProgramItems} i where i.program_id = ${workPrograms.id} and i.status <> 'cancelled')`,
  doneCount: sql<number>`(select count(*)::int from ${workProgramItems} i where i.program_id = ${workPrograms.id} and i.status = 'done')`,
  lateCount: sql<number>`(select count(*)::int from ${workProgramItems} i where i.program_id = ${workPrograms.id} and (${lateSql(today)}))`,
});

const summaryOf = (r: {
  id: string;
  unitId: string;
  unitName: string;
  bodyId: string | null;
  bodyName: string | null;
  bodyKind: string | null;
  year: number;
  title: string;
  version: number;
  itemCount: number;
  doneCount: number;
  lateCount: number;
}): Summary => ({
  id: r.id,
  unit: { id: r.unitId, name: r.unitName },
  body: r.bodyId ? { id: r.bodyId, name: r.bodyName ?? '', kind: r.bodyKind ?? '' } : null,
  year: r.year,
  title: r.title,
  itemCount: Number(r.itemCount),
  doneCount: Number(r.doneCount),
  lateCount: Number(r.lateCount),
  version: r.version,
});

function programsFrom(tx: Tx, today: string) {
  return tx
    .select(summaryColumns(today))
    .from(workPrograms)
    .innerJoin(units, eq(units.id, workPrograms.unitId))
    .leftJoin(unitBodies, eq(unitBodies.id, workPrograms.bodyId));
}

/** Programs of a unit and its bodies (with `subtree`, of every unit below too), inside the reader's scope. */
export async function listPrograms(
  tx: Tx,
  access: ProgramAccess,
  unit: { id: string; path: string },
  query: { year?: number; subtree: boolean },
  today: string,
): Promise<z.infer<typeof programList>> {
  const rows = await programsFrom(tx, today)
    .where(
      and(
        inScope(workPrograms.unitPath, access.read),
        query.subtree
          ? sql`${workPrograms.unitPath} <@ ${unit.path}::ltree`
          : eq(workPrograms.unitId, unit.id),
        query.year ? eq(workPrograms.year, query.year) : undefined,
      ),
    )
    .orderBy(desc(workPrograms.year), asc(workPrograms.unitPath), asc(unitBodies.kind), asc(workPrograms.id))
    .limit(listCap);
  return { items: rows.map(summaryOf) };
}

function itemOf(
  row: ProgramItemRow,
  today: string,
  names: { bodies: Map<string, string>; members: Map<string, string> },
  docs: Map<string, { id: string; numberText: string | null; summary: string; status: string }>,
): ProgramItem {
  return {
    id: row.id,
    position: row.position,
    kind: row.kind,
    documentType: row.documentType,
    title: row.title,
    dueMonth: row.dueMonth,
    dueQuarter: row.dueQuarter,
    dueOn: row.dueOn,
    responsibleBody: row.responsibleBodyId
      ? { id: row.responsibleBodyId, name: names.bodies.get(row.responsibleBodyId) ?? '' }
      : null,
    responsibleMember: row.responsibleMemberId
      ? { id: row.responsibleMemberId, name: names.members.get(row.responsibleMemberId) ?? '' }
      : null,
    responsibleText: row.responsibleText,
    status: row.status,
    doneOn: row.doneOn,
    late: isLate(row, today),
    document: row.documentId ? (docs.get(row.documentId) ?? null) : null,
    note: row.note,
    cancelReason: row.cancelReason,
    version: row.version,
  };
}

/** The share of items done on time in each quarter (by the quarter their due day falls in). */
export function quartersOf(items: readonly ProgramItemRow[], today: string) {
  return [1, 2, 3, 4].map((quarter) => {
    const of = items.filter((i) => quarterOf(i.dueOn) === quarter);
    const counted = of.filter((i) => i.status !== 'cancelled' && (i.status === 'done' || i.dueOn < today));
    const onTime = counted.filter((i) => i.status === 'done' && (i.doneOn as string) <= i.dueOn);
    return { quarter, counted: counted.length, onTime: onTime.length, share: onTimeShare(of, today) };
  });
}

export async function programDetail(
  tx: Tx,
  access: ProgramAccess,
  id: string,
  today: string,
): Promise<ProgramDetail | null> {
  const [row] = await programsFrom(tx, today)
    .where(and(eq(workPrograms.id, id), inScope(workPrograms.unitPath, access.read)))
    .limit(1);
  if (!row) return null;
  const [extra] = await tx
    .select({ note: workPrograms.note, unitPath: workPrograms.unitPath })
    .from(workPrograms)
    .where(eq(workPrograms.id, id));
  const items = await tx
    .select()
    .from(workProgramItems)
    .where(eq(workProgramItems.programId, id))
    .orderBy(asc(workProgramItems.dueOn), asc(workProgramItems.position), asc(workProgramItems.id));
  const bodyIds = [...new Set(items.flatMap((i) => (i.responsibleBodyId ? [i.responsibleBodyId] : [])))];
  const docIds = [...new Set(items.flatMap((i) => (i.documentId ? [i.documentId] : [])))];
  const bodies =
    bodyIds.length > 0
      ? await tx
          .select({ id: unitBodies.id, name: unitBodies.name })
          .from(unitBodies)
          .where(inArray(unitBodies.id, bodyIds))
      : [];
  const docs =
    docIds.length > 0
      ? await tx
          .select({
            id: documents.id,
            numberText: documents.numberText,
            summary: documents.summary,
            status: documents.status,
          })
          .from(documents)
          .where(inArray(documents.id, docIds))
      : [];
  const places = await memberPlaces(
    tx,
    items.flatMap((i) => (i.responsibleMemberId ? [i.responsibleMemberId] : [])),
  );
  const names = {
    bodies: new Map(bodies.map((b) => [b.id, b.name])),
    members: new Map([...places].map(([memberId, m]) => [memberId, m.fullName])),
  };
  const docMap = new Map(docs.map((d) => [d.id, d]));
  return {
    ...summaryOf(row),
    note: extra?.note ?? null,
    items: items.map((i) => itemOf(i, today, names, docMap)),
    quarters: quartersOf(items, today),
    canEdit: scopeIncludes(access.write, extra?.unitPath ?? ''),
  };
}

/** Open planned-document items of the unit's programs (optionally of one type), latest year first. */
export async function openDocumentItemsOf(
  tx: Tx,
  unitId: string,
  type: string | undefined,
): Promise<z.infer<typeof openDocumentItems>> {
  const rows = await tx
    .select({
      id: workProgramItems.id,
      programId: workPrograms.id,
      programTitle: workPrograms.title,
      documentType: workProgramItems.documentType,
      title: workProgramItems.title,
      dueOn: workProgramItems.dueOn,
      status: workProgramItems.status,
    })
    .from(workProgramItems)
    .innerJoin(workPrograms, eq(workPrograms.id, workProgramItems.programId))
    .where(
      and(
        eq(workPrograms.unitId, unitId),
        eq(workProgramItems.kind, 'document'),
        sql`${workProgramItems.documentId} is null`,
        inArray(workProgramItems.status, ['planned', 'in_progress']),
        type ? sql`${workProgramItems.documentType} = ${type}` : undefined,
      ),
    )
    .orderBy(desc(workPrograms.year), asc(workProgramItems.dueOn), asc(workProgramItems.position))
    .limit(200);
  return {
    items: rows.map((r) => ({ ...r, documentType: r.documentType as NonNullable<typeof r.documentType> })),
  };
}
