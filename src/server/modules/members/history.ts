import { and, asc, desc, eq } from 'drizzle-orm';
import type { MemberHistory } from '../../../contracts/members';
import type { Tx } from '../../db/client';
import { auditLog } from '../../platform/audit/schema';
import { users } from '../../platform/auth/schema';
import { positionsOfMember } from '../org/positions-read';
import { memberStatusEvents, memberUnitHistory } from './schema';
import { unitNames } from './units-read';

/** Columns of the audit snapshots that are bookkeeping, not facts a reader changed. */
const bookkeeping = new Set([
  'id',
  'version',
  'sortKey',
  'searchText',
  'unitPath',
  'userId',
  'createdAt',
  'updatedAt',
]);

type Snapshot = Record<string, unknown> | null;

const asSnapshot = (value: unknown): Snapshot =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** The fields whose values differ between two audit snapshots (a creation lists the fields it filled). */
export function changedFields(before: Snapshot, after: Snapshot) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const fields: { field: string; before: unknown; after: unknown }[] = [];
  for (const field of keys) {
    if (bookkeeping.has(field)) continue;
    const was = before?.[field] ?? null;
    const now = after?.[field] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(now)) fields.push({ field, before: was, after: now });
  }
  return fields;
}

/** Status events, unit periods, offices and edits of one member, newest first. */
export async function memberHistory(tx: Tx, memberId: string): Promise<MemberHistory> {
  const statusEvents = await tx
    .select({
      id: memberStatusEvents.id,
      status: memberStatusEvents.status,
      effectiveOn: memberStatusEvents.effectiveOn,
      decisionRef: memberStatusEvents.decisionRef,
      note: memberStatusEvents.note,
    })
    .from(memberStatusEvents)
    .where(eq(memberStatusEvents.memberId, memberId))
    .orderBy(
      desc(memberStatusEvents.effectiveOn),
      desc(memberStatusEvents.createdAt),
      desc(memberStatusEvents.id),
    );

  const periods = await tx
    .select({
      unitId: memberUnitHistory.unitId,
      fromDate: memberUnitHistory.fromDate,
      toDate: memberUnitHistory.toDate,
      reason: memberUnitHistory.reason,
    })
    .from(memberUnitHistory)
    .where(eq(memberUnitHistory.memberId, memberId))
    .orderBy(desc(memberUnitHistory.fromDate), desc(memberUnitHistory.createdAt));

  const audits = await tx
    .select({
      at: auditLog.at,
      actorName: auditLog.actorName,
      actorFullName: users.fullName,
      reason: auditLog.reason,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entity, 'member'), eq(auditLog.entityId, memberId)))
    .orderBy(asc(auditLog.id));

  const changes = audits
    .map((a) => ({
      at: a.at.toISOString(),
      actorName: a.actorFullName ?? a.actorName,
      reason: a.reason,
      fields: changedFields(asSnapshot(a.before), asSnapshot(a.after)),
    }))
    .filter((c) => c.fields.length > 0)
    .reverse();

  // Units are named, not shown by their identifiers, in the unit periods and in moves.
  const unitIds = new Set(periods.map((p) => p.unitId));
  for (const change of changes)
    for (const f of change.fields)
      if (f.field === 'unitId')
        for (const v of [f.before, f.after]) if (typeof v === 'string') unitIds.add(v);
  const names = await unitNames(tx, [...unitIds]);
  for (const change of changes)
    for (const f of change.fields)
      if (f.field === 'unitId') {
        f.before = typeof f.before === 'string' ? (names.get(f.before) ?? f.before) : f.before;
        f.after = typeof f.after === 'string' ? (names.get(f.after) ?? f.after) : f.after;
      }

  return {
    statusEvents,
    units: periods.map((p) => ({ ...p, unitName: names.get(p.unitId) ?? '' })),
    positions: await positionsOfMember(tx, memberId),
    changes,
  };
}
