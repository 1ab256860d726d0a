import { and, eq, gt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { sessionConclusionBody, updateConclusionBody } from '../../../contracts/working-sessions';
import { shortDate } from '../../../domain/document-dates';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { tasks, workingSessionConclusions, workingSessions } from './schema';
import { lockSession, type SessionRow } from './session-access';
import { removeSessionTasks } from './session-tasks';
import type { TaskAccess } from './task-access';
import { createTask, type TaskEnv } from './task-service';

type TaskRows = z.infer<typeof sessionConclusionBody>['tasks'];

/** How the tasks name their source: "Buổi làm việc với Đảng ủy Khối … ngày 05/11/2026". */
export const sessionSourceTitle = (s: Pick<SessionRow, 'superiorName' | 'heldOn'>) =>
  `Buổi làm việc với ${s.superiorName} ngày ${shortDate(s.heldOn)}`.slice(0, 300);

/** A task without its own title is named by the start of the conclusion. */
export function taskTitleOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 200) return flat;
  const cut = flat.slice(0, 200);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 100 ? cut.lastIndexOf(' ') : 200)}…`;
}

/** The tasks a conclusion gives, one per row, through the tasks core (assignee in the unit's subtree, due ≥ session). */
async function giveTasks(
  w: Writer,
  access: TaskAccess,
  env: TaskEnv,
  session: SessionRow,
  conclusion: { id: string; text: string },
  rows: TaskRows,
) {
  for (const [i, row] of rows.entries())
    await createTask(
      w,
      access,
      {
        ownerUnitId: session.unitId,
        assigneeUnitId: row.assigneeUnitId,
        assigneeMemberId: row.assigneeMemberId ?? null,
        sourceKind: 'working_session',
        sourceRefId: session.id,
        sourceItemId: conclusion.id,
        sourceTitle: sessionSourceTitle(session),
        sourceText: conclusion.text,
        sourceDate: session.heldOn,
        title: row.title ?? taskTitleOf(conclusion.text),
        dueOn: row.dueOn,
      },
      env,
      // A refusal names its row, so the form can point at it.
      `tasks.${i}.`,
    );
}

async function bumpSession(w: Writer, session: SessionRow) {
  await w.tx
    .update(workingSessions)
    .set({ version: session.version + 1, updatedAt: new Date() })
    .where(eq(workingSessions.id, session.id));
}

async function conclusionOf(w: Writer, sessionId: string, conclusionId: string) {
  const [row] = await w.tx
    .select()
    .from(workingSessionConclusions)
    .where(
      and(eq(workingSessionConclusions.id, conclusionId), eq(workingSessionConclusions.sessionId, sessionId)),
    )
    .limit(1);
  if (!row) throw new AppError(404, 'NOT_FOUND');
  return row;
}

export async function addConclusion(
  w: Writer,
  access: TaskAccess,
  env: TaskEnv,
  sessionId: string,
  input: z.infer<typeof sessionConclusionBody>,
): Promise<string> {
  const session = await lockSession(w.tx, sessionId, input.version);
  const [last] = await w.tx
    .select({ n: sql<number>`coalesce(max(${workingSessionConclusions.position}), 0)::int` })
    .from(workingSessionConclusions)
    .where(eq(workingSessionConclusions.sessionId, sessionId));
  const [conclusion] = await w.tx
    .insert(workingSessionConclusions)
    .values({ sessionId, position: (last?.n ?? 0) + 1, text: input.text })
    .returning();
  if (!conclusion) throw new Error('insert returned nothing');
  await giveTasks(w, access, env, session, conclusion, input.tasks);
  await bumpSession(w, session);
  w.audit({
    action: 'working_session.conclusion_added',
    entity: 'working_session',
    entityId: sessionId,
    scopePath: session.unitPath,
    after: { conclusion, tasks: input.tasks.length },
  });
  return conclusion.id;
}

/** Corrects a conclusion's text (its tasks carry the new text as their source) and gives more tasks from it. */
export async function updateConclusion(
  w: Writer,
  access: TaskAccess,
  env: TaskEnv,
  sessionId: string,
  conclusionId: string,
  input: z.infer<typeof updateConclusionBody>,
): Promise<void> {
  const session = await lockSession(w.tx, sessionId, input.version);
  const before = await conclusionOf(w, sessionId, conclusionId);
  const text = input.text ?? before.text;
  if (text !== before.text) {
    await w.tx
      .update(workingSessionConclusions)
      .set({ text })
      .where(eq(workingSessionConclusions.id, conclusionId));
    await w.tx
      .update(tasks)
      .set({ sourceText: text, updatedAt: new Date() })
      .where(
        and(
          eq(tasks.sourceKind, 'working_session'),
          eq(tasks.sourceRefId, sessionId),
          eq(tasks.sourceItemId, conclusionId),
        ),
      );
  }
  await giveTasks(w, access, env, session, { id: conclusionId, text }, input.tasks);
  await bumpSession(w, session);
  w.audit({
    action: 'working_session.conclusion_updated',
    entity: 'working_session',
    entityId: sessionId,
    scopePath: session.unitPath,
    before,
    after: { text, addedTasks: input.tasks.length },
  });
}

/** Removes a conclusion recorded by mistake, with its tasks while none has progressed; the rest move up. */
export async function deleteConclusion(
  w: Writer,
  sessionId: string,
  conclusionId: string,
  version: number,
): Promise<void> {
  const session = await lockSession(w.tx, sessionId, version);
  const before = await conclusionOf(w, sessionId, conclusionId);
  const removed = await removeSessionTasks(w, sessionId, conclusionId);
  await w.tx.delete(workingSessionConclusions).where(eq(workingSessionConclusions.id, conclusionId));
  await w.tx
    .update(workingSessionConclusions)
    .set({ position: sql`${workingSessionConclusions.position} - 1` })
    .where(
      and(
        eq(workingSessionConclusions.sessionId, sessionId),
        gt(workingSessionConclusions.position, before.position),
      ),
    );
  await bumpSession(w, session);
  w.audit({
    action: 'working_session.conclusion_deleted',
    entity: 'working_session',
    entityId: sessionId,
    scopePath: session.unitPath,
    before: { ...before, removedTasks: removed },
  });
}
