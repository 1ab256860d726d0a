import type { Db, Tx } from '../db/client';
import { type AuditInput, appendAudit } from './audit/writer';
import type { RequestContext } from './context';

export interface Writer {
  tx: Tx;
  ctx: RequestContext;
  /** Records an audit entry; all entries are chained and written when the work succeeds, in its transaction. */
  audit(entry: AuditInput): void;
  /** Runs after the transaction commits (e.g. wake the outbox); never for a rolled-back one. */
  afterCommit(fn: () => void): void;
}

/** One mutation = one transaction with its audit rows. Throwing anywhere leaves nothing written. */
export async function mutate<T>(db: Db, ctx: RequestContext, work: (w: Writer) => Promise<T>): Promise<T> {
  const afterCommit: Array<() => void> = [];
  const result = await db.transaction(async (tx) => {
    const entries: AuditInput[] = [];
    const value = await work({
      tx,
      ctx,
      audit: (entry) => entries.push(entry),
      afterCommit: (fn) => afterCommit.push(fn),
    });
    await appendAudit(tx, ctx, entries);
    return value;
  });
  for (const fn of afterCommit) fn();
  return result;
}
