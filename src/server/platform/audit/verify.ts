import { asc, count, gt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { chainHash, GENESIS_HASH } from './chain';
import { auditLog } from './schema';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBadId: string | null;
}

/** Walks the chain in id order; the first row whose link or hash does not match is reported. */
export async function verifyAuditChain(
  db: Db,
  onProgress: (checked: number, total: number) => Promise<void> | void = () => {},
  batchSize = 2000,
): Promise<VerifyResult> {
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(auditLog);
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      const { id, hash, ...fields } = row;
      if (fields.prevHash !== prevHash || chainHash(fields) !== hash) {
        return { ok: false, checked, firstBadId: String(id) };
      }
      prevHash = hash;
      lastId = id;
      checked++;
    }
    await onProgress(checked, total);
  }
  return { ok: true, checked, firstBadId: null };
}
