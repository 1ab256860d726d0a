/**
 * Where an authorised request's time goes: the database work of the session check and of the list, timed
 * in-process (no HTTP), next to the cheapest possible query. Explains the ratios; not part of the goal.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client';
import { listUnits } from '../src/server/modules/org/queries';
import { unitPath } from '../src/server/modules/org/service';
import { loadSession, type SessionTimes } from '../src/server/platform/auth/session-store';
import { percentile } from './http-load';

export interface Breakdown {
  /** p50 ms of `select 1`: one round trip to the engine through Drizzle. */
  trivialQuery: number;
  /** p50 ms of loadSession: the session, user and roles query of every signed-in request. */
  session: number;
  /** p50 ms of the list route's own queries after the session: the parent's path, the rows and the total. */
  list: number;
}

async function p50(fn: () => Promise<unknown>, warmupMs: number, durationMs: number): Promise<number> {
  const warmEnd = performance.now() + warmupMs;
  while (performance.now() < warmEnd) await fn();
  const samples: number[] = [];
  const end = performance.now() + durationMs;
  while (performance.now() < end || samples.length < 20) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return percentile(Float64Array.from(samples).sort(), 50);
}

export async function measureBreakdown(
  database: Database,
  input: { token: string; rootId: string; times: SessionTimes; warmupMs: number; durationMs: number },
): Promise<Breakdown> {
  const { db } = database;
  const state = await loadSession(db, input.token, input.times);
  if (!state) throw new Error('breakdown: the session is not valid');
  const time = (fn: () => Promise<unknown>) => p50(fn, input.warmupMs, input.durationMs);
  return {
    trivialQuery: await time(() => db.execute(sql`select 1`)),
    session: await time(() => loadSession(db, input.token, input.times)),
    list: await time(async () => {
      await unitPath(db, input.rootId);
      await listUnits(db, state.grants, { parentId: input.rootId, limit: 100 });
    }),
  };
}
