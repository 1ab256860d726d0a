import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sexes } from '../../../domain/member-codes';
import { transferKinds, transferPurposes, transferStatuses } from '../../../domain/transfer-rules';
import { createdAt, id } from '../../db/columns';
import { members } from '../members/schema';
import { units } from '../org/schema';

/**
 * Transfers of party membership (chuyển sinh hoạt đảng, DOMAIN.md §3), official or temporary. One end may lie
 * outside the tree: an outgoing transfer names its receiver as text (`external_receiver`), an incoming one
 * from outside names its sender (`external_sender`) and holds the person's data as the letter gives them
 * until the member record is created on receipt. The person's data (name, dates, card and record numbers) are
 * copied from the member when the letter is issued, so the letter reads the same later.
 * `issue_due_on` and `present_due_on` are computed with the working-day calendar when the transfer is
 * started and issued; lists sort by them (what is due first, overdue first).
 */
export const memberTransfers = pgTable(
  'member_transfers',
  {
    id: id(),
    kind: text('kind', { enum: transferKinds }).notNull(),
    purpose: text('purpose', { enum: transferPurposes }).notNull(),
    status: text('status', { enum: transferStatuses }).notNull(),
    /** The member on the register (null for an incoming transfer from outside until it is received). */
    memberId: uuid('member_id').references(() => members.id),
    fromUnitId: uuid('from_unit_id').references(() => units.id),
    externalSender: text('external_sender'),
    toUnitId: uuid('to_unit_id').references(() => units.id),
    externalReceiver: text('external_receiver'),
    moveDate: date('move_date', { mode: 'string' }).notNull(),
    periodFrom: date('period_from', { mode: 'string' }),
    periodTo: date('period_to', { mode: 'string' }),
    fullName: text('full_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    sex: text('sex', { enum: sexes }).notNull(),
    citizenId: text('citizen_id'),
    admissionDate: date('admission_date', { mode: 'string' }),
    officialDate: date('official_date', { mode: 'string' }),
    cardNumber: text('card_number'),
    recordNumber: text('record_number'),
    /** Letters we issue are numbered per issuing unit and year; `letter_number` is the text on the letter. */
    letterYear: integer('letter_year'),
    letterSeq: integer('letter_seq'),
    letterNumber: text('letter_number'),
    letterDate: date('letter_date', { mode: 'string' }),
    /** Where the letter is signed ("Hà Nội, ngày … tháng … năm …"). */
    letterPlace: text('letter_place'),
    /** "Đã đóng đảng phí đến hết tháng": yyyy-mm, entered by the issuer until the dues module exists. */
    duesPaidThrough: text('dues_paid_through'),
    issueDueOn: date('issue_due_on', { mode: 'string' }).notNull(),
    presentDueOn: date('present_due_on', { mode: 'string' }),
    /** Why the letter was issued after the 60 working days (required then). */
    lateReason: text('late_reason'),
    receivedOn: date('received_on', { mode: 'string' }),
    receivingNote: text('receiving_note'),
    cancelReason: text('cancel_reason'),
    note: text('note'),
    signerName: text('signer_name'),
    signerRole: text('signer_role'),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('member_transfers_letter_uq')
      .on(t.fromUnitId, t.letterYear, t.letterSeq)
      .where(sql`${t.letterSeq} is not null`),
    // One open transfer of each kind per member, even when two are started at the same moment.
    uniqueIndex('member_transfers_open_uq')
      .on(t.memberId, t.kind)
      .where(sql`${t.status} in ('draft', 'issued') and ${t.memberId} is not null`),
    index('member_transfers_from_idx').on(t.fromUnitId, t.status),
    index('member_transfers_to_idx').on(t.toUnitId, t.status),
    index('member_transfers_member_idx').on(t.memberId),
  ],
);
