import { and, count, eq, gte, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Transfer, TransferDirection, transfersListQuery } from '../../../contracts/transfers';
import { nextDeadline } from '../../../domain/transfer-rules';
import type { Db, Tx } from '../../db/client';
import { type Scope, scopeIncludes } from '../../platform/access/grants';
import { inScope } from '../../platform/access/scope-sql';
import { AppError } from '../../platform/errors/app-error';
import { decodeCursor, encodeCursor, pageTotal } from '../../platform/http/cursor';
import { units } from '../org/schema';
import { memberTransfers } from './schema';

/** What the user may do with transfers: read (roles other than `member`) and write, by unit. */
export interface TransferAccess {
  read: Scope;
  write: Scope;
}

const fromUnit = alias(units, 'from_unit');
const toUnit = alias(units, 'to_unit');

export type TransferListRow = typeof memberTransfers.$inferSelect & {
  fromUnitName: string | null;
  fromUnitPath: string | null;
  toUnitName: string | null;
  toUnitPath: string | null;
};

const columns = {
  t: memberTransfers,
  fromUnitName: fromUnit.name,
  fromUnitPath: fromUnit.path,
  toUnitName: toUnit.name,
  toUnitPath: toUnit.path,
};

const base = (tx: Tx) =>
  tx
    .select(columns)
    .from(memberTransfers)
    .leftJoin(fromUnit, eq(fromUnit.id, memberTransfers.fromUnitId))
    .leftJoin(toUnit, eq(toUnit.id, memberTransfers.toUnitId));

const flatten = (r: {
  t: typeof memberTransfers.$inferSelect;
  fromUnitName: string | null;
  fromUnitPath: string | null;
  toUnitName: string | null;
  toUnitPath: string | null;
}): TransferListRow => ({
  ...r.t,
  fromUnitName: r.fromUnitName,
  fromUnitPath: r.fromUnitPath,
  toUnitName: r.toUnitName,
  toUnitPath: r.toUnitPath,
});

export const directionOf = (row: {
  fromUnitId: string | null;
  toUnitId: string | null;
}): TransferDirection =>
  !row.fromUnitId ? 'incoming_external' : !row.toUnitId ? 'outgoing_external' : 'within';

/**
 * Who sees a transfer: readers of the sending unit always; readers of the receiving unit once the letter is
 * issued (a draft is the sender's business).
 */
export function canRead(access: TransferAccess, row: TransferListRow): boolean {
  if (row.fromUnitPath && scopeIncludes(access.read, row.fromUnitPath)) return true;
  return Boolean(row.toUnitPath && row.status !== 'draft' && scopeIncludes(access.read, row.toUnitPath));
}

/** The unit whose writers act on the transfer now: the sender, or the receiver once the letter is out. */
export function actingPath(row: TransferListRow, action: 'issue' | 'receive' | 'cancel'): string | null {
  if (action === 'issue') return row.fromUnitPath;
  if (action === 'receive') return row.toUnitPath ?? row.fromUnitPath;
  return row.fromUnitPath ?? row.toUnitPath;
}

export function presentTransfer(row: TransferListRow, access: TransferAccess, today: string): Transfer {
  const may = (action: 'issue' | 'receive' | 'cancel') => {
    const path = actingPath(row, action);
    return Boolean(path && scopeIncludes(access.write, path));
  };
  return {
    id: row.id,
    kind: row.kind,
    purpose: row.purpose,
    status: row.status,
    direction: directionOf(row),
    memberId: row.memberId,
    fullName: row.fullName,
    birthDate: row.birthDate,
    sex: row.sex,
    admissionDate: row.admissionDate,
    officialDate: row.officialDate,
    cardNumber: row.cardNumber,
    recordNumber: row.recordNumber,
    fromUnitId: row.fromUnitId,
    fromUnitName: row.fromUnitName,
    externalSender: row.externalSender,
    toUnitId: row.toUnitId,
    toUnitName: row.toUnitName,
    externalReceiver: row.externalReceiver,
    moveDate: row.moveDate,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    letterNumber: row.letterNumber,
    letterDate: row.letterDate,
    duesPaidThrough: row.duesPaidThrough,
    issueDueOn: row.issueDueOn,
    presentDueOn: row.presentDueOn,
    lateReason: row.lateReason,
    receivedOn: row.receivedOn,
    receivingNote: row.receivingNote,
    cancelReason: row.cancelReason,
    note: row.note,
    next: nextDeadline(row, today),
    version: row.version,
    canIssue: row.status === 'draft' && may('issue'),
    canReceive: row.status === 'issued' && may('receive'),
    canCancel: (row.status === 'draft' || row.status === 'issued') && may('cancel'),
    hasLetter: Boolean(row.fromUnitId && row.letterSeq !== null && row.status !== 'cancelled'),
  };
}

export async function findTransfer(tx: Tx, id: string): Promise<TransferListRow | null> {
  const [row] = await base(tx).where(eq(memberTransfers.id, id)).limit(1);
  return row ? flatten(row) : null;
}

/** The date each list is ordered by: what falls due first comes first; the history shows the latest first. */
function orderOf(view: z.infer<typeof transfersListQuery>['view']): { key: SQL; desc: boolean } {
  switch (view) {
    case 'outgoing':
      return {
        key: sql`coalesce(${memberTransfers.presentDueOn}, ${memberTransfers.issueDueOn})`,
        desc: false,
      };
    case 'incoming':
      return {
        key: sql`coalesce(${memberTransfers.presentDueOn}, ${memberTransfers.issueDueOn})`,
        desc: false,
      };
    case 'temporary':
      return { key: sql`${memberTransfers.periodTo}`, desc: false };
    default:
      return {
        key: sql`coalesce(${memberTransfers.receivedOn}, ${memberTransfers.letterDate}, ${memberTransfers.moveDate})`,
        desc: true,
      };
  }
}

/**
 * One page of a tab of the transfers page, filtered by scope in SQL, keyset on (date, id):
 * outgoing — drafts and issued letters of the units in scope; incoming — letters to the units in scope
 * waiting to be received; temporary — members attending the units in scope for a period still running;
 * history — received and cancelled transfers at either end.
 */
export async function listTransfers(
  db: Db,
  access: TransferAccess,
  query: z.infer<typeof transfersListQuery>,
  unitPath: string | null,
  today: string,
) {
  const fromPath = sql`${fromUnit.path}`;
  const toPath = sql`${toUnit.path}`;
  const under = (path: SQL) => (unitPath ? sql`${path} <@ ${unitPath}::ltree` : undefined);
  const conditions: (SQL | undefined)[] = [];
  if (query.memberId) conditions.push(eq(memberTransfers.memberId, query.memberId));
  switch (query.view) {
    case 'outgoing':
      conditions.push(
        inArray(memberTransfers.status, ['draft', 'issued']),
        sql`${memberTransfers.fromUnitId} is not null`,
        inScope(fromPath, access.read),
        under(fromPath),
      );
      break;
    case 'incoming':
      conditions.push(eq(memberTransfers.status, 'issued'), inScope(toPath, access.read), under(toPath));
      break;
    case 'temporary':
      conditions.push(
        eq(memberTransfers.status, 'received'),
        eq(memberTransfers.kind, 'temporary'),
        gte(memberTransfers.periodTo, today),
        inScope(toPath, access.read),
        under(toPath),
      );
      break;
    default:
      conditions.push(
        inArray(memberTransfers.status, ['received', 'cancelled']),
        or(
          and(inScope(fromPath, access.read), under(fromPath)),
          and(sql`${memberTransfers.status} <> 'draft'`, inScope(toPath, access.read), under(toPath)),
        ),
      );
  }
  const where = and(...conditions);
  const { key, desc } = orderOf(query.view);
  const cursor = decodeCursor(query.cursor, 2);
  let after: SQL | undefined;
  if (cursor) {
    const [date, id] = cursor;
    if (
      typeof date !== 'string' ||
      typeof id !== 'string' ||
      !/^[0-9a-f-]{36}$/i.test(id) ||
      !/^\d{4}-\d\d-\d\d$/.test(date)
    )
      throw new AppError(400, 'VALIDATION', {
        field: 'cursor',
        params: { reason: 'không hợp lệ / invalid' },
      });
    after = desc
      ? sql`(${key}, ${memberTransfers.id}) < (${date}::date, ${id}::uuid)`
      : sql`(${key}, ${memberTransfers.id}) > (${date}::date, ${id}::uuid)`;
  }
  const rows = await base(db)
    .where(after ? and(where, after) : where)
    .orderBy(...(desc ? [sql`${key} desc`, sql`${memberTransfers.id} desc`] : [key, memberTransfers.id]))
    .limit(query.limit + 1);
  const total = await pageTotal(!after, rows.length, query.limit, async () => {
    const [row] = await db
      .select({ n: count() })
      .from(memberTransfers)
      .leftJoin(fromUnit, eq(fromUnit.id, memberTransfers.fromUnitId))
      .leftJoin(toUnit, eq(toUnit.id, memberTransfers.toUnitId))
      .where(where);
    return row?.n ?? 0;
  });
  const page = rows.slice(0, query.limit).map(flatten);
  const last = page.at(-1);
  const sortDate = (r: TransferListRow): string => {
    switch (query.view) {
      case 'temporary':
        return r.periodTo ?? r.moveDate;
      case 'history':
        return r.receivedOn ?? r.letterDate ?? r.moveDate;
      default:
        return r.presentDueOn ?? r.issueDueOn;
    }
  };
  return {
    items: page.map((r) => presentTransfer(r, access, today)),
    nextCursor: rows.length > query.limit && last ? encodeCursor([sortDate(last), last.id]) : null,
    total,
  };
}
