import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client';

/** What periodic reports read of the documents module (they never read its tables themselves). */

/**
 * Outgoing documents of the subtree's registries issued (numbered and dated) within `from`..`to`: issued ones
 * and those since superseded or expired; a withdrawn document's number is void and does not count.
 */
export async function documentsIssuedBetween(
  tx: Tx,
  path: string,
  from: string,
  to: string,
): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from documents d
      where d.owner_path <@ ${path}::ltree and d.direction = 'outgoing'
        and d.status in ('issued', 'superseded', 'expired')
        and d.issued_on between ${from}::date and ${to}::date`,
  );
  return Number(row?.n ?? 0);
}

/** Study sessions recorded by the subtree's cells (one per cell and assignment) held within `from`..`to`. */
export async function studySessionsBetween(tx: Tx, path: string, from: string, to: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from document_study_targets s
      where s.unit_path <@ ${path}::ltree and s.studied_on between ${from}::date and ${to}::date`,
  );
  return Number(row?.n ?? 0);
}
