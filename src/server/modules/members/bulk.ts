import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { MemberStatus } from '../../../domain/member-codes';
import { memberDerivedColumns } from '../../../domain/member-search';
import type { Tx } from '../../db/client';
import { insertRecordset, type RecordsetColumns, recordsetFrom, returnedRows } from '../../db/recordset';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { memberStatusEvents, members } from './schema';
import { impliedStatusEvents } from './service';
import { uniqueViolation } from './uniqueness';

/**
 * Batched writes of the register (imports): multi-row INSERT and UPDATE … FROM (VALUES …) of up to
 * `BATCH` rows per statement, never one statement per member (15× slower). The statement-level triggers on
 * `members` keep the derived tables for a whole batch at once. The caller runs them inside one `mutate()`,
 * so a failure anywhere leaves no batch behind.
 */
export const BATCH = 1000;

export type MemberRow = typeof members.$inferSelect;

/** The record fields a batch writes (what a member form holds, plus the unit and status). */
export interface BulkMemberFields {
  fullName: string;
  birthDate: string;
  sex: MemberRow['sex'];
  ethnicityCode: string;
  religionCode: string;
  citizenId: string | null;
  hometownOld: string | null;
  residenceNew: string | null;
  admissionDate: string | null;
  officialDate: string | null;
  cardNumber: string | null;
  recordNumber: string | null;
  generalEducation: string | null;
  professionalDegree: MemberRow['professionalDegree'];
  academicTitle: MemberRow['academicTitle'];
  theoryLevel: MemberRow['theoryLevel'];
  job: string | null;
  workplace: string | null;
  phone: string | null;
  email: string | null;
  status: MemberStatus;
  statusSince: string;
}

export interface BulkNewMember extends BulkMemberFields {
  unitId: string;
  unitPath: string;
}

export interface BulkUpdate {
  id: string;
  version: number;
  next: BulkMemberFields;
  /** The changed fields before and after (the member's history shows them). */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  reason: string;
}

function* slices<T>(rows: readonly T[], size = BATCH): Generator<readonly T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw uniqueViolation(error) ?? error;
  }
}

/** Members holding any of these citizen IDs (whole rows), for matching an import. */
export async function membersByCitizenIds(tx: Tx, ids: readonly string[]): Promise<MemberRow[]> {
  const found: MemberRow[] = [];
  for (const slice of slices([...new Set(ids)]))
    found.push(
      ...(await tx
        .select()
        .from(members)
        .where(inArray(members.citizenId, [...slice]))),
    );
  return found;
}

/** Who holds these party card numbers (to refuse a duplicate). */
export async function membersByCardNumbers(tx: Tx, cards: readonly string[]) {
  const found: Pick<MemberRow, 'id' | 'cardNumber' | 'fullName' | 'unitPath' | 'userId'>[] = [];
  for (const slice of slices([...new Set(cards)]))
    found.push(
      ...(await tx
        .select({
          id: members.id,
          cardNumber: members.cardNumber,
          fullName: members.fullName,
          unitPath: members.unitPath,
          userId: members.userId,
        })
        .from(members)
        .where(inArray(members.cardNumber, [...slice]))),
    );
  return found;
}

/**
 * Inserts new members in batches with their implied status history and unit history (as `createMember`
 * does for one). Returns the new ids in the order of `rows`.
 */
export async function insertMembersBulk(w: Writer, rows: readonly BulkNewMember[]): Promise<string[]> {
  const ids: string[] = [];
  const actor = w.ctx.actor?.id ?? null;
  for (const slice of slices(rows)) {
    const batch = slice.map((r) => ({ ...r, ...memberDerivedColumns(r), id: randomUUID() }));
    await guarded(() => insertRecordset(w.tx, 'members', memberColumns, batch));
    const events: Record<string, unknown>[] = [];
    const history: Record<string, unknown>[] = [];
    for (const r of batch) {
      const implied = impliedStatusEvents(r);
      for (const e of implied) events.push({ ...e, memberId: r.id, createdBy: actor });
      history.push({ memberId: r.id, unitId: r.unitId, fromDate: implied[0]?.effectiveOn ?? r.statusSince });
      ids.push(r.id);
    }
    await insertRecordset(w.tx, 'member_status_events', eventColumns, events);
    await insertRecordset(w.tx, 'member_unit_history', historyColumns, history);
  }
  return ids;
}

const eventColumns: RecordsetColumns = {
  memberId: ['member_id', 'uuid'],
  status: ['status', 'text'],
  effectiveOn: ['effective_on', 'date'],
  createdBy: ['created_by', 'uuid'],
};
const historyColumns: RecordsetColumns = {
  memberId: ['member_id', 'uuid'],
  unitId: ['unit_id', 'uuid'],
  fromDate: ['from_date', 'date'],
};

/** The record columns a batch writes, with their SQL types. */
const recordColumns: RecordsetColumns = {
  fullName: ['full_name', 'text'],
  sortKey: ['sort_key', 'text'],
  searchText: ['search_text', 'text'],
  birthDate: ['birth_date', 'date'],
  sex: ['sex', 'text'],
  ethnicityCode: ['ethnicity_code', 'text'],
  religionCode: ['religion_code', 'text'],
  citizenId: ['citizen_id', 'text'],
  hometownOld: ['hometown_old', 'text'],
  residenceNew: ['residence_new', 'text'],
  admissionDate: ['admission_date', 'date'],
  officialDate: ['official_date', 'date'],
  cardNumber: ['card_number', 'text'],
  recordNumber: ['record_number', 'text'],
  generalEducation: ['general_education', 'text'],
  professionalDegree: ['professional_degree', 'text'],
  academicTitle: ['academic_title', 'text'],
  theoryLevel: ['theory_level', 'text'],
  job: ['job', 'text'],
  workplace: ['workplace', 'text'],
  phone: ['phone', 'text'],
  email: ['email', 'text'],
  status: ['status', 'text'],
  statusSince: ['status_since', 'date'],
};
const memberColumns: RecordsetColumns = {
  id: ['id', 'uuid'],
  ...recordColumns,
  unitId: ['unit_id', 'uuid'],
  unitPath: ['unit_path', 'ltree'],
};
const updateColumns: RecordsetColumns = { id: ['id', 'uuid'], version: ['version', 'int'], ...recordColumns };
const updateSets = Object.values(recordColumns)
  .map(([column]) => `${column} = x.${column}`)
  .join(', ');

/**
 * Updates members in batches, each row only if it still has the version the preview saw (else 409, and the
 * whole transaction rolls back). A changed status is recorded as a status event on its date.
 */
export async function updateMembersBulk(
  w: Writer,
  rows: readonly BulkUpdate[],
  previous: ReadonlyMap<string, MemberRow>,
): Promise<void> {
  const actor = w.ctx.actor?.id ?? null;
  for (const slice of slices(rows)) {
    const values = slice.map((r) => ({
      ...r.next,
      ...memberDerivedColumns(r.next),
      id: r.id,
      version: r.version,
    }));
    const updated = await guarded(() =>
      w.tx.execute(sql`
        update members m set ${sql.raw(updateSets)}, version = m.version + 1, updated_at = now()
        from ${recordsetFrom(updateColumns, values)}
        where m.id = x.id and m.version = x.version
        returning m.id`),
    );
    const count = returnedRows(updated);
    if (count !== slice.length) throw staleVersion();
    const events = slice.flatMap((r) => {
      const was = previous.get(r.id);
      return was && was.status !== r.next.status
        ? [{ memberId: r.id, status: r.next.status, effectiveOn: r.next.statusSince, createdBy: actor }]
        : [];
    });
    if (events.length > 0) await w.tx.insert(memberStatusEvents).values(events);
    for (const r of slice) {
      const was = previous.get(r.id);
      if (!was) throw new AppError(404, 'NOT_FOUND');
      w.audit({
        action: 'member.updated',
        entity: 'member',
        entityId: r.id,
        scopePath: was.unitPath,
        before: r.before,
        after: r.after,
        reason: r.reason,
      });
    }
  }
}

/** Whole rows of these members (an import's updates, checked against the versions its preview saw). */
export async function membersByIds(tx: Tx, ids: readonly string[]): Promise<Map<string, MemberRow>> {
  const found = new Map<string, MemberRow>();
  for (const slice of slices([...new Set(ids)]))
    for (const row of await tx
      .select()
      .from(members)
      .where(inArray(members.id, [...slice]))
      .for('update'))
      found.set(row.id, row);
  return found;
}
