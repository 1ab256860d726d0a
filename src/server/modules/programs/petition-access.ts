import { and, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../db/client';
import { type Scope, scopeFor, scopeIncludes } from '../../platform/access/grants';
import { requireAuth } from '../../platform/access/request';
import { inScope } from '../../platform/access/scope-sql';
import { AppError } from '../../platform/errors/app-error';
import { type PetitionMember, petitionMemberOfUser } from '../members/for-petitions';
import { petitions } from './schema';

export interface PetitionAccess {
  userId: string;
  /**
   * Read scope of the roles other than `member`: a plain member does not see the petitions of cell-mates,
   * only their own.
   */
  read: Scope;
  write: Scope;
  /** The signed-in user's member record, when they have one. */
  member: PetitionMember | null;
}

export async function petitionAccessOf(db: Db, req: FastifyRequest): Promise<PetitionAccess> {
  const auth = requireAuth(req);
  return {
    userId: auth.user.id,
    read: scopeFor(
      auth.grants.filter((g) => g.role !== 'member'),
      'read',
    ),
    write: scopeFor(auth.grants, 'write'),
    member: await petitionMemberOfUser(db, auth.user.id),
  };
}

/** SQL: the petition (alias `p`) was sent by the user, in their own name or as the user who submitted it. */
export const sentBy = (access: PetitionAccess): SQL =>
  access.member
    ? sql`(p.submitted_by = ${access.userId} or p.from_member_id = ${access.member.id})`
    : sql`p.submitted_by = ${access.userId}`;

/** SQL: the user may see the petition (alias `p`): its originator, or a reader of the from- or to-unit. */
export const petitionVisible = (access: PetitionAccess): SQL =>
  sql`(${sentBy(access)} or ${inScope(sql`p.from_path`, access.read)} or ${inScope(sql`p.to_path`, access.read)})`;

export type PetitionRow = typeof petitions.$inferSelect;

/** The petitions table under the alias `p` the SQL fragments above use. */
export const p = alias(petitions, 'p');

/** The petition a request is about: unseen → 404; seen but not the user's to handle → 403. */
export async function checkedPetition(
  tx: Tx,
  access: PetitionAccess,
  id: string,
  action: 'read' | 'handle',
): Promise<PetitionRow> {
  const [row] = await tx
    .select()
    .from(p)
    .where(and(eq(p.id, id), petitionVisible(access)))
    .limit(1);
  if (!row) throw new AppError(404, 'NOT_FOUND');
  if (action === 'handle' && !canHandle(access, row.toPath)) throw new AppError(403, 'FORBIDDEN');
  return row;
}

/** The user writes in the addressed unit: they classify, forward, record the answer and reply. */
export const canHandle = (access: PetitionAccess, toPath: string): boolean =>
  scopeIncludes(access.write, toPath);
