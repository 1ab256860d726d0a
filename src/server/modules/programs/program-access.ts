import { eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Tx } from '../../db/client';
import { type Scope, scopeFor, scopeIncludes } from '../../platform/access/grants';
import { requireAuth } from '../../platform/access/request';
import { inScope } from '../../platform/access/scope-sql';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { workProgramItems, workPrograms } from './schema';

export interface ProgramAccess {
  read: Scope;
  write: Scope;
}

/** Readers of a unit read its programs (and its bodies'); writers of the unit change them. */
export function programAccessOf(req: FastifyRequest): ProgramAccess {
  const auth = requireAuth(req);
  return { read: scopeFor(auth.grants, 'read'), write: scopeFor(auth.grants, 'write') };
}

export type ProgramRow = typeof workPrograms.$inferSelect;
export type ProgramItemRow = typeof workProgramItems.$inferSelect;

/** A unit the request is about: unseen → 404, seen but read-only → 403 (on writes). */
export function checkUnitReach(
  access: ProgramAccess,
  path: string,
  action: 'read' | 'write',
  field = 'unitId',
) {
  if (!scopeIncludes(access.read, path) && !scopeIncludes(access.write, path))
    throw new AppError(404, 'NOT_FOUND', { field });
  if (action === 'write' && !scopeIncludes(access.write, path))
    throw new AppError(403, 'FORBIDDEN', { field });
}

/** The program a request is about, locked for writes: unseen → 404; read-only → 403; stale → 409. */
export async function checkedProgram(
  tx: Tx,
  access: ProgramAccess,
  id: string,
  action: 'read' | 'write',
  version?: number,
): Promise<ProgramRow> {
  const query = tx
    .select()
    .from(workPrograms)
    .where(sql`${eq(workPrograms.id, id)} and ${inScope(workPrograms.unitPath, access.read)}`)
    .limit(1);
  const [row] = action === 'write' ? await query.for('update') : await query;
  if (!row) throw new AppError(404, 'NOT_FOUND');
  checkUnitReach(access, row.unitPath, action);
  if (version !== undefined && row.version !== version) throw staleVersion();
  return row;
}

/** An item and its program, for a write: the item row is locked and its version checked. */
export async function checkedItem(
  tx: Tx,
  access: ProgramAccess,
  itemId: string,
  version?: number,
): Promise<{ item: ProgramItemRow; program: ProgramRow }> {
  const [found] = await tx
    .select({ programId: workProgramItems.programId })
    .from(workProgramItems)
    .where(eq(workProgramItems.id, itemId))
    .limit(1);
  if (!found) throw new AppError(404, 'NOT_FOUND');
  const program = await checkedProgram(tx, access, found.programId, 'write');
  const [item] = await tx
    .select()
    .from(workProgramItems)
    .where(eq(workProgramItems.id, itemId))
    .for('update')
    .limit(1);
  if (!item) throw new AppError(404, 'NOT_FOUND');
  if (version !== undefined && item.version !== version) throw staleVersion();
  return { item, program };
}
