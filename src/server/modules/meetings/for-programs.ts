import { and, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { meetingConclusions } from './schema';

/** The programs module tracks a conclusion's task; the meeting's page shows whether it is done. */
export async function setConclusionTaskStatus(tx: Tx, conclusionId: string, status: 'open' | 'done') {
  await tx
    .update(meetingConclusions)
    .set({ taskStatus: status })
    .where(and(eq(meetingConclusions.id, conclusionId), isNotNull(meetingConclusions.taskStatus)));
}
