import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { SessionDetail, sessionsQuery } from '../../../contracts/working-sessions';
import type { Db, Tx } from '../../db/client';
import { scopeIncludes } from '../../platform/access/grants';
import { inScope } from '../../platform/access/scope-sql';
import { AppError } from '../../platform/errors/app-error';
import { decodeCursor, encodeCursor, pageTotal } from '../../platform/http/cursor';
import { documentForPrograms } from '../documents/for-programs';
import { todayIso } from '../org/calendar';
import { units } from '../org/schema';
import { tasks, workingSessionConclusions, workingSessions } from './schema';
import type { SessionAccess } from './session-access';
import { tasksOfSource } from './task-queries';

const sessionTasks = sql`${tasks.sourceKind} = 'working_session' and ${tasks.sourceRefId} = ${workingSessions.id}`;
const countOf = (condition: SQL) =>
  sql<number>`(select count(*) from ${tasks} where ${sessionTasks} and ${condition})::int`;

/** Counts of each session's conclusions and tasks, computed in the query itself. */
const summaryColumns = (today: string) => ({
  session: workingSessions,
  unitName: units.name,
  conclusionCount: sql<number>`(select count(*) from ${workingSessionConclusions} c where c.session_id = ${workingSessions.id})::int`,
  taskCount: countOf(sql`true`),
  doneCount: countOf(sql`${tasks.status} = 'done'`),
  overdueCount: countOf(sql`${tasks.status} = 'open' and ${tasks.dueOn} < ${today}`),
});

type SummaryRow = {
  session: typeof workingSessions.$inferSelect;
  unitName: string;
  conclusionCount: number;
  taskCount: number;
  doneCount: number;
  overdueCount: number;
};

const summaryBase = (db: Db | Tx, today: string) =>
  db
    .select(summaryColumns(today))
    .from(workingSessions)
    .innerJoin(units, eq(units.id, workingSessions.unitId));

function presentSummary(r: SummaryRow) {
  const s = r.session;
  return {
    id: s.id,
    unit: { id: s.unitId, name: r.unitName },
    heldOn: s.heldOn,
    superiorName: s.superiorName,
    topic: s.topic,
    conclusionCount: r.conclusionCount,
    taskCount: r.taskCount,
    doneCount: r.doneCount,
    overdueCount: r.overdueCount,
    version: s.version,
  };
}
export type SessionSummary = ReturnType<typeof presentSummary>;

/** Sessions of one unit, latest first, keyset-paginated on (held_on, id). */
export async function listSessions(
  db: Db,
  access: SessionAccess,
  query: z.infer<typeof sessionsQuery>,
  unitId: string,
) {
  const where = and(inScope(workingSessions.unitPath, access.read), eq(workingSessions.unitId, unitId));
  const cursor = decodeCursor(query.cursor, 2);
  let after: SQL | undefined;
  if (cursor) {
    const [on, id] = cursor;
    if (
      typeof on !== 'string' ||
      typeof id !== 'string' ||
      !/^\d{4}-\d{2}-\d{2}$/.test(on) ||
      !/^[0-9a-f-]{36}$/i.test(id)
    )
      throw new AppError(400, 'VALIDATION', {
        field: 'cursor',
        params: { reason: 'không hợp lệ / invalid' },
      });
    after = sql`(${workingSessions.heldOn}, ${workingSessions.id}) < (${on}::date, ${id}::uuid)`;
  }
  const rows = await summaryBase(db, todayIso())
    .where(after ? and(where, after) : where)
    .orderBy(desc(workingSessions.heldOn), desc(workingSessions.id))
    .limit(query.limit + 1);
  const total = await pageTotal(!after, rows.length, query.limit, async () => {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(workingSessions).where(where);
    return row?.n ?? 0;
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentSummary),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor([last.session.heldOn, last.session.id]) : null,
    total,
  };
}

export async function sessionSummary(db: Db | Tx, id: string): Promise<SessionSummary | null> {
  const [row] = await summaryBase(db, todayIso()).where(eq(workingSessions.id, id)).limit(1);
  return row ? presentSummary(row) : null;
}

export async function conclusionsOf(db: Db | Tx, sessionId: string) {
  return db
    .select({
      id: workingSessionConclusions.id,
      position: workingSessionConclusions.position,
      text: workingSessionConclusions.text,
    })
    .from(workingSessionConclusions)
    .where(eq(workingSessionConclusions.sessionId, sessionId))
    .orderBy(asc(workingSessionConclusions.position));
}

/** The conclusions of a session, each with the tasks it gave (in the order they were created). */
export async function conclusionsWithTasks(db: Db | Tx, sessionId: string) {
  const [conclusions, given, items] = await Promise.all([
    conclusionsOf(db, sessionId),
    tasksOfSource(db, sessionId, todayIso()),
    db
      .select({ id: tasks.id, conclusionId: tasks.sourceItemId })
      .from(tasks)
      .where(and(eq(tasks.sourceKind, 'working_session'), eq(tasks.sourceRefId, sessionId))),
  ]);
  const conclusionOf = new Map(items.map((i) => [i.id, i.conclusionId]));
  return conclusions.map((c) => ({ ...c, tasks: given.filter((t) => conclusionOf.get(t.id) === c.id) }));
}

export async function sessionDetail(db: Db, access: SessionAccess, id: string): Promise<SessionDetail> {
  const summary = await sessionSummary(db, id);
  const [row] = summary
    ? await db.select().from(workingSessions).where(eq(workingSessions.id, id)).limit(1)
    : [];
  if (!summary || !row || !scopeIncludes(access.read, row.unitPath)) throw new AppError(404, 'NOT_FOUND');
  const [superiorUnit] = row.superiorUnitId
    ? await db.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, row.superiorUnitId))
    : [];
  const doc = row.reportDocumentId ? await documentForPrograms(db, row.reportDocumentId) : null;
  const conclusions = await conclusionsWithTasks(db, id);
  return {
    ...summary,
    superiorUnit: superiorUnit ?? null,
    place: row.place,
    ourParticipants: row.ourParticipants,
    theirParticipants: row.theirParticipants,
    reportDocument: doc ? { id: doc.id, numberText: doc.numberText, summary: doc.summary } : null,
    reportSummary: row.reportSummary,
    discussionHtml: row.discussionHtml,
    conclusions: conclusions.map((c) => ({
      id: c.id,
      position: c.position,
      text: c.text,
      tasks: c.tasks,
    })),
    canEdit: scopeIncludes(access.write, row.unitPath),
  };
}
