import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../db/client';
import { type Scope, scopeFor, scopeIncludes } from '../../platform/access/grants';
import { requireAuth } from '../../platform/access/request';
import { inScope } from '../../platform/access/scope-sql';
import { AppError } from '../../platform/errors/app-error';
import { memberPlaceOfUser } from '../members/for-documents';
import { visibleTo } from './access';
import { documents, studyAssignments, studyTargets } from './schema';

export interface StudyAccess {
  userId: string;
  read: Scope;
  write: Scope;
  /** The signed-in user's member record (id and unit path), when they have one. */
  member: { id: string; unitPath: string } | null;
}

export async function studyAccessOf(db: Db, req: FastifyRequest): Promise<StudyAccess> {
  const auth = requireAuth(req);
  const member = await memberPlaceOfUser(db, auth.user.id);
  return {
    userId: auth.user.id,
    read: scopeFor(auth.grants, 'read'),
    write: scopeFor(auth.grants, 'write'),
    member: member ? { id: member.id, unitPath: member.unitPath } : null,
  };
}

/**
 * SQL: the document (alias `d`) may be shown to the user. Classified documents only to those who may write in
 * the owner unit (the access model of documents).
 */
export const documentShown = (access: StudyAccess): SQL =>
  sql`(d.confidentiality = 'normal' or ${inScope(sql`d.owner_path`, access.write)})`;

export interface StudyDocument {
  id: string;
  ownerPath: string;
  status: (typeof documents.$inferSelect)['status'];
  confidentiality: (typeof documents.$inferSelect)['confidentiality'];
  type: (typeof documents.$inferSelect)['type'];
  numberText: string | null;
  summary: string;
}

/**
 * A document the user may read (the registry's rule, `visibleTo`), or one given to study to the member's own
 * cell (a member of a party group below the cell included). Else 404.
 */
export async function readableDocument(tx: Tx, access: StudyAccess, id: string): Promise<StudyDocument> {
  const memberCell = access.member
    ? sql`(${documents.confidentiality} = 'normal' and exists (select 1 from ${studyTargets} t
        join ${studyAssignments} a on a.id = t.assignment_id
        where a.document_id = ${documents.id} and ${access.member.unitPath}::ltree <@ t.unit_path))`
    : sql`false`;
  const seen = visibleTo({ read: access.read, write: access.write, memberId: access.member?.id ?? null });
  const [doc] = await tx
    .select({
      id: documents.id,
      ownerPath: documents.ownerPath,
      status: documents.status,
      confidentiality: documents.confidentiality,
      type: documents.type,
      numberText: documents.numberText,
      summary: documents.summary,
    })
    .from(documents)
    .where(and(eq(documents.id, id), or(seen, memberCell)))
    .limit(1);
  if (!doc) throw new AppError(404, 'NOT_FOUND');
  return doc;
}

export interface TargetFacts {
  id: string;
  assignmentId: string;
  unitId: string;
  unitPath: string;
  documentId: string;
  dueOn: string;
  assignedAt: Date;
  planFileId: string | null;
  version: number;
}

/** The target a request is about: unseen → 404; seen but not the user's to change → 403. */
export async function checkedTarget(
  tx: Tx,
  access: StudyAccess,
  id: string,
  action: 'read' | 'write',
): Promise<TargetFacts> {
  const [row] = await tx
    .select({
      id: studyTargets.id,
      assignmentId: studyTargets.assignmentId,
      unitId: studyTargets.unitId,
      unitPath: studyTargets.unitPath,
      documentId: studyAssignments.documentId,
      dueOn: studyAssignments.dueOn,
      assignedAt: studyAssignments.createdAt,
      planFileId: studyTargets.planFileId,
      version: studyTargets.version,
      confidentiality: documents.confidentiality,
      ownerPath: documents.ownerPath,
    })
    .from(studyTargets)
    .innerJoin(studyAssignments, eq(studyAssignments.id, studyTargets.assignmentId))
    .innerJoin(documents, eq(documents.id, studyAssignments.documentId))
    .where(eq(studyTargets.id, id))
    .limit(1);
  if (!row || !scopeIncludes(access.read, row.unitPath)) throw new AppError(404, 'NOT_FOUND');
  if (row.confidentiality !== 'normal' && !scopeIncludes(access.write, row.ownerPath))
    throw new AppError(404, 'NOT_FOUND');
  if (action === 'write' && !scopeIncludes(access.write, row.unitPath)) throw new AppError(403, 'FORBIDDEN');
  const { confidentiality: _c, ownerPath: _o, ...facts } = row;
  return facts;
}
