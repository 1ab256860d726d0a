import { eq, type SQL, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../db/client';
import { type Scope, scopeFor, scopeIncludes } from '../../platform/access/grants';
import { requireAuth } from '../../platform/access/request';
import { inScope } from '../../platform/access/scope-sql';
import { AppError } from '../../platform/errors/app-error';
import { memberOfUser } from '../members/for-meetings';
import { documents, studyAssignments, studyTargets } from './schema';

export interface DocumentAccess {
  read: Scope;
  write: Scope;
  memberId: string | null;
}

export async function documentAccessOf(db: Db, req: FastifyRequest): Promise<DocumentAccess> {
  const auth = requireAuth(req);
  const member = await memberOfUser(db, auth.user.id);
  return {
    read: scopeFor(auth.grants, 'read'),
    write: scopeFor(auth.grants, 'write'),
    memberId: member?.id ?? null,
  };
}

/**
 * Who sees a document: readers of its owner unit, and readers of a cell it was given to study (the cell's
 * secretary and members). A classified one only those who may write in the owner unit.
 */
export function visibleTo(access: DocumentAccess): SQL {
  const assignedToReach = sql`exists (select 1 from ${studyTargets} t join ${studyAssignments} a
    on a.id = t.assignment_id where a.document_id = ${documents.id} and ${inScope(sql`t.unit_path`, access.read)})`;
  return sql`(${inScope(documents.ownerPath, access.write)} or (${documents.confidentiality} = 'normal'
    and (${inScope(documents.ownerPath, access.read)} or ${assignedToReach})))`;
}

export type DocumentRow = typeof documents.$inferSelect;

/** The document a request is about: unseen → 404; seen but not the user's to change → 403. */
export async function checkedDocument(
  tx: Tx,
  access: DocumentAccess,
  id: string,
  action: 'read' | 'write',
): Promise<DocumentRow> {
  const [row] = await tx
    .select()
    .from(documents)
    .where(sql`${eq(documents.id, id)} and ${visibleTo(access)}`)
    .limit(1);
  if (!row) throw new AppError(404, 'NOT_FOUND');
  if (action === 'write' && !scopeIncludes(access.write, row.ownerPath)) throw new AppError(403, 'FORBIDDEN');
  return row;
}
