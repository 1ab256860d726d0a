import { desc, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { RequestContext } from '../context';
import { chainHash, GENESIS_HASH, toJsonValue } from './chain';
import { auditLog } from './schema';

export interface AuditInput {
  action: string;
  entity: string;
  entityId?: string | null;
  scopePath?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Serialises chain extension across transactions and app instances (held until commit). */
const AUDIT_CHAIN_LOCK = 724_100_002;

/** Appends entries to the chain inside the caller's transaction; call it last, just before commit. */
export async function appendAudit(tx: Tx, ctx: RequestContext, entries: AuditInput[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  let prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date();
  const rows = entries.map((entry) => {
    const fields = {
      at,
      actorId: ctx.actor?.id ?? null,
      actorName: ctx.actor?.username ?? null,
      ip: ctx.ip,
      requestId: ctx.requestId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      scopePath: entry.scopePath ?? null,
      before: toJsonValue(entry.before),
      after: toJsonValue(entry.after),
      reason: entry.reason ?? null,
      prevHash,
    };
    const hash = chainHash(fields);
    prevHash = hash;
    return { ...fields, hash };
  });
  // In slices: a batch of thousands of entries (an import) would pass PostgreSQL's 65,535 parameters.
  for (let start = 0; start < rows.length; start += 1000)
    await tx.insert(auditLog).values(rows.slice(start, start + 1000));
}
