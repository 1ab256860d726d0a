import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { meetings } from './schema';

export type MeetingRow = typeof meetings.$inferSelect;

export async function findMeeting(tx: Tx, id: string): Promise<MeetingRow | null> {
  const [row] = await tx.select().from(meetings).where(eq(meetings.id, id)).limit(1);
  return row ?? null;
}

/** The meeting, locked for this transaction; a stale version is a 409. */
export async function lockMeeting(tx: Tx, id: string, version?: number): Promise<MeetingRow> {
  const [row] = await tx.select().from(meetings).where(eq(meetings.id, id)).for('update').limit(1);
  if (!row) throw new AppError(404, 'NOT_FOUND');
  if (version !== undefined && row.version !== version) throw staleVersion();
  return row;
}

/** Only a planned meeting takes changes to its plan, roster and conclusions. */
export function assertPlanned(row: MeetingRow): void {
  if (row.status === 'closed') throw new AppError(409, 'MEETING_CLOSED');
  if (row.status === 'cancelled') throw new AppError(409, 'MEETING_CANCELLED');
}
