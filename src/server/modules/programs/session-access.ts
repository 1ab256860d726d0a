import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../db/client';
import { type Scope, scopeFor, scopeIncludes } from '../../platform/access/grants';
import { requireAuth } from '../../platform/access/request';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { workingSessions } from './schema';

/**
 * Who sees a working session: readers of its unit (the committee the superior worked with, and those above
 * it). A cell given a task from one of its conclusions sees the task (and its source text) on the tasks pages,
 * not the session itself, which holds the committee's discussion notes.
 */
export interface SessionAccess {
  read: Scope;
  write: Scope;
}

export type SessionRow = typeof workingSessions.$inferSelect;

export function sessionAccessOf(req: FastifyRequest): SessionAccess {
  const auth = requireAuth(req);
  return { read: scopeFor(auth.grants, 'read'), write: scopeFor(auth.grants, 'write') };
}

async function sessionRow(tx: Db | Tx, id: string, lock: boolean): Promise<SessionRow | null> {
  const query = tx.select().from(workingSessions).where(eq(workingSessions.id, id)).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** The session a request is about: unseen → 404; seen but not the user's to change → 403. */
export async function checkedSession(
  tx: Db | Tx,
  access: SessionAccess,
  id: string,
  action: 'read' | 'write',
): Promise<SessionRow> {
  const row = await sessionRow(tx, id, false);
  if (!row || !scopeIncludes(access.read, row.unitPath)) throw new AppError(404, 'NOT_FOUND');
  if (action === 'write' && !scopeIncludes(access.write, row.unitPath)) throw new AppError(403, 'FORBIDDEN');
  return row;
}

/** The session locked for a change, at the version the user saw. */
export async function lockSession(tx: Tx, id: string, version: number): Promise<SessionRow> {
  const row = await sessionRow(tx, id, true);
  if (!row) throw new AppError(404, 'NOT_FOUND');
  if (row.version !== version) throw staleVersion();
  return row;
}
