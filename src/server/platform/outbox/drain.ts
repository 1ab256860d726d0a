import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { EmailMessage } from './enqueue';
import type { Mailer } from './mailer';
import { outbox } from './schema';

const MAX_ATTEMPTS = 8;

/**
 * Takes one batch of due messages with FOR UPDATE SKIP LOCKED and sends each, all inside one transaction: a
 * second instance draining at the same time skips the locked rows, so no message is sent twice. A failure
 * is retried later with exponential back-off, and given up after MAX_ATTEMPTS.
 */
export async function drainOutboxOnce(
  db: Db,
  mailer: Mailer,
  worker: string,
  batchSize = 20,
): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(outbox)
      .where(and(isNull(outbox.doneAt), isNull(outbox.failedAt), lte(outbox.availableAt, sql`now()`)))
      .orderBy(asc(outbox.id))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    for (const item of due) {
      try {
        if (item.kind !== 'email') throw new Error(`unknown outbox kind ${item.kind}`);
        await mailer.send(item.payload as EmailMessage);
        await tx
          .update(outbox)
          .set({ doneAt: new Date(), attempts: item.attempts + 1, processedBy: worker, lastError: null })
          .where(eq(outbox.id, item.id));
      } catch (error) {
        const attempts = item.attempts + 1;
        const delayMs = Math.min(3_600_000, 2 ** attempts * 15_000);
        await tx
          .update(outbox)
          .set({
            attempts,
            lastError: String((error as Error).message ?? error).slice(0, 500),
            availableAt: new Date(Date.now() + delayMs),
            failedAt: attempts >= MAX_ATTEMPTS ? new Date() : null,
            processedBy: worker,
          })
          .where(eq(outbox.id, item.id));
      }
    }
    return due.length;
  });
}

export interface OutboxWorker {
  wake(): void;
  stop(): Promise<void>;
}

/** Polls the outbox; `wake()` drains at once after a commit that queued something. */
export function startOutboxWorker(
  db: Db,
  mailer: Mailer,
  options: { worker: string; pollMs: number; onError: (error: unknown) => void },
): OutboxWorker {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  const run = () => {
    if (stopped || running) return;
    running = (async () => {
      try {
        while (!stopped && (await drainOutboxOnce(db, mailer, options.worker)) > 0) {
          // keep draining while batches come back full
        }
      } catch (error) {
        options.onError(error);
      } finally {
        running = null;
      }
    })();
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      run();
      schedule();
    }, options.pollMs);
  };
  schedule();
  return {
    wake: run,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
