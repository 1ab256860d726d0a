import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { scopeFor, scopeIncludes } from '../../platform/access/grants';
import { requireAuth } from '../../platform/access/request';
import { AppError } from '../../platform/errors/app-error';
import { memberOfUser } from '../members/for-meetings';
import type { MeetingRow } from './meeting-row';
import { type MeetingAccess, meetingPath } from './queries';

export async function meetingAccessOf(db: Db, req: FastifyRequest): Promise<MeetingAccess> {
  const auth = requireAuth(req);
  const member = await memberOfUser(db, auth.user.id);
  return {
    read: scopeFor(auth.grants, 'read'),
    write: scopeFor(auth.grants, 'write'),
    memberId: member?.id ?? null,
  };
}

/** The meeting a request is about: unseen → 404; seen but not the user's to change → 403. */
export async function checkedMeeting(
  db: Db,
  access: MeetingAccess,
  id: string,
  action: 'read' | 'write',
): Promise<MeetingRow> {
  const found = await meetingPath(db, id);
  if (!found || !scopeIncludes(access.read, found.path)) throw new AppError(404, 'NOT_FOUND');
  if (action === 'write' && !scopeIncludes(access.write, found.path)) throw new AppError(403, 'FORBIDDEN');
  return found.row;
}
