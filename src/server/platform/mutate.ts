import type { Db, Tx } from '../db/client';
import { type AuditInput, appendAudit } from './audit/writer';
import type { RequestContext } from './context';

export interface Writer {
  tx: Tx;
  ctx: RequestContext;
  /** Records an audit entry; all entries are chained and written when the work succeeds, in its transaction. */
  audit(entry: AuditInput): void;
}

/** One mutation = one transaction with its audit rows. Throwing anywhere leaves nothing written. */
export async function mutate<T>(db: Db, ctx: RequestContext, work: (w: Writer) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const entries: AuditInput[] = [];
    const value = await work({
      tx,
      ctx,
      audit: (entry) => entries.push(entry),
    });
    await appendAudit(tx, ctx, entries);
    return value;
  });
}
