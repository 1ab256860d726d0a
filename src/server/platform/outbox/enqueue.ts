import type { Tx } from '../../db/client';
import { outbox } from './schema';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Queued inside the caller's transaction: sent only if the transaction commits. */
export async function enqueueEmail(tx: Tx, message: EmailMessage): Promise<void> {
  await tx.insert(outbox).values({ kind: 'email', payload: message });
}
