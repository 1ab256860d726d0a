import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { createPetitionBody } from '../../../contracts/petitions';
import type { Db } from '../../db/client';
import { scopeIncludes } from '../../platform/access/grants';
import { scopeOf } from '../../platform/access/request';
import { AppError } from '../../platform/errors/app-error';
import { type PetitionUnit, petitionUnit } from '../org/for-petitions';
import type { PetitionAccess } from './petition-access';

export interface SendingPlace {
  from: PetitionUnit;
  /** Set when sent in the member's own name. */
  memberId: string | null;
  /** How the addressed committee reads the sender. */
  senderName: string;
}

/**
 * Who sends: a member in their own name from their own cell (the plain `member` role may), or a writer of
 * the sending unit in its name. A unit outside the read scope is 404, readable but not writable 403.
 */
export async function sendingPlace(
  db: Db,
  req: FastifyRequest,
  access: PetitionAccess,
  body: z.infer<typeof createPetitionBody>,
): Promise<SendingPlace> {
  const from = await petitionUnit(db, body.fromUnitId);
  if (body.asMember) {
    const member = access.member;
    if (!member) throw new AppError(403, 'PETITION_NOT_A_MEMBER', { field: 'asMember' });
    if (!from || member.unitId !== from.id)
      throw new AppError(400, 'PETITION_NOT_OWN_CELL', { field: 'fromUnitId' });
    return { from, memberId: member.id, senderName: `Đảng viên ${member.fullName} (${from.name})` };
  }
  if (!from || !scopeIncludes(scopeOf(req, 'read'), from.path))
    throw new AppError(404, 'NOT_FOUND', { field: 'fromUnitId' });
  if (!scopeIncludes(access.write, from.path)) throw new AppError(403, 'FORBIDDEN', { field: 'fromUnitId' });
  return { from, memberId: null, senderName: from.name };
}
