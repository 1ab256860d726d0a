import { and, count, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { auditQuery } from '../../../contracts/audit';
import type { Db } from '../../db/client';
import type { Scope } from '../access/grants';
import { inScope } from '../access/scope-sql';
import { decodeCursor, encodeCursor, pageTotal } from '../http/cursor';
import { auditLog } from './schema';

/**
 * Newest first. An admin whose reach includes a top-level unit sees every row; others see rows of entities
 * inside their subtree.
 */
export async function listAudit(db: Db, scope: Scope, query: z.infer<typeof auditQuery>) {
  const seesAll = scope.subtrees.some((p) => !p.includes('.'));
  const conditions: SQL[] = [];
  if (!seesAll) conditions.push(inScope(auditLog.scopePath, scope));
  if (query.entity) conditions.push(eq(auditLog.entity, query.entity));
  if (query.entityId) conditions.push(eq(auditLog.entityId, query.entityId));
  if (query.actorId) conditions.push(eq(auditLog.actorId, query.actorId));
  if (query.action) conditions.push(eq(auditLog.action, query.action));
  if (query.from) conditions.push(gte(auditLog.at, new Date(`${query.from}T00:00:00Z`)));
  if (query.to)
    conditions.push(lt(auditLog.at, new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000)));
  const where = conditions.length ? and(...conditions) : undefined;
  const after = decodeCursor(query.cursor, 1);
  const rows = await db
    .select()
    .from(auditLog)
    .where(after ? and(where, lt(auditLog.id, Number(after[0]))) : where)
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1);
  const total = await pageTotal(!after, rows.length, query.limit, async () => {
    const [row] = await db
      .select({ n: count() })
      .from(auditLog)
      .where(where ?? sql`true`);
    return row?.n ?? 0;
  });
  const items = rows.slice(0, query.limit).map((r) => ({
    id: String(r.id),
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorName: r.actorName,
    ip: r.ip,
    requestId: r.requestId,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    before: r.before ?? null,
    after: r.after ?? null,
    reason: r.reason,
  }));
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor([Number(last.id)]) : null,
    total,
  };
}
