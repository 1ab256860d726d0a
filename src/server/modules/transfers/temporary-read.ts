import { and, eq, gte, lte, or } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { memberTransfers } from './schema';

/**
 * Temporary transfers running on a date at a unit: members away from it (they attend elsewhere) and members
 * staying at it from elsewhere (they attend here). A received temporary transfer is running while its period lasts.
 */
export async function temporaryStaysOn(tx: Tx, unitId: string, date: string) {
  const rows = await tx
    .select({
      memberId: memberTransfers.memberId,
      fromUnitId: memberTransfers.fromUnitId,
      toUnitId: memberTransfers.toUnitId,
    })
    .from(memberTransfers)
    .where(
      and(
        eq(memberTransfers.kind, 'temporary'),
        eq(memberTransfers.status, 'received'),
        lte(memberTransfers.periodFrom, date),
        gte(memberTransfers.periodTo, date),
        or(eq(memberTransfers.fromUnitId, unitId), eq(memberTransfers.toUnitId, unitId)),
      ),
    );
  const ids = (pick: (r: (typeof rows)[number]) => boolean) =>
    rows.filter(pick).flatMap((r) => (r.memberId ? [r.memberId] : []));
  return { away: ids((r) => r.fromUnitId === unitId), staying: ids((r) => r.toUnitId === unitId) };
}
