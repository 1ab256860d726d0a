import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { decisionKinds } from '../../../domain/member-decisions';
import { gapReasons } from '../../../domain/party-age';
import { createdAt, id } from '../../db/columns';
import { members } from '../members/schema';

/**
 * Decisions that suspend or end a member's party activity (exemption and its end, removal, expulsion, death),
 * each dated, with its reference. Recording one also writes the member's dated status event (members service).
 */
export const memberDecisions = pgTable(
  'member_decisions',
  {
    id: id(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    kind: text('kind', { enum: decisionKinds }).notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    issuingBody: text('issuing_body'),
    /** exemption: age | health | other; removal: the ground; null for the others. */
    reason: text('reason'),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('member_decisions_member_idx').on(t.memberId, t.effectiveOn)],
);

/** Periods out of party activity, deducted from party age (`to_date` exclusive, null while open). */
export const memberPartyGaps = pgTable(
  'member_party_gaps',
  {
    id: id(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    reason: text('reason', { enum: gapReasons }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('member_party_gaps_member_idx').on(t.memberId, t.fromDate)],
);

/** Party badges received (one per member and number of years). */
export const badgeAwards = pgTable(
  'badge_awards',
  {
    id: id(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    years: integer('years').notNull(),
    awardDate: date('award_date', { mode: 'string' }).notNull(),
    decisionRef: text('decision_ref'),
    /** Received early (seriously ill). */
    early: boolean('early').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('badge_awards_member_years_uq').on(t.memberId, t.years)],
);

/** Members recorded as seriously ill (since a date): they may receive a badge early. */
export const memberIllnessFlags = pgTable('member_illness_flags', {
  memberId: uuid('member_id')
    .primaryKey()
    .references(() => members.id),
  since: date('since', { mode: 'string' }).notNull(),
  note: text('note'),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
