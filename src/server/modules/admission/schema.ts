import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id } from '../../db/columns';
import { members } from '../members/schema';
import { units } from '../org/schema';

/**
 * One admission case (hồ sơ phát triển đảng viên): a person nominated in a cell (quần chúng ưu tú, held in the
 * member register with status `candidate`) and the dated steps of the pipeline (src/domain/admission-rules.ts).
 * The cell and its path are the member's (the register keeps them current when units move); a case is found
 * by scope through the member. A case is open until the official vote, a failed cell vote or its closing.
 */
export const admissionCases = pgTable(
  'admission_cases',
  {
    id: id(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    nominatedOn: date('nominated_on', { mode: 'string' }).notNull(),
    courseDate: date('course_date', { mode: 'string' }),
    courseCertificate: text('course_certificate'),
    /** The Youth Union's executive committee introduces as well (one member introducer suffices). */
    youthUnionIntroduced: boolean('youth_union_introduced').notNull().default(false),
    introducersOn: date('introducers_on', { mode: 'string' }),
    verificationDate: date('verification_date', { mode: 'string' }),
    verificationResult: text('verification_result', { enum: ['clear', 'concerns'] }),
    verificationNote: text('verification_note'),
    cellVoteDate: date('cell_vote_date', { mode: 'string' }),
    votesFor: integer('votes_for'),
    votesTotal: integer('votes_total'),
    cellVoteResult: text('cell_vote_result', { enum: ['passed', 'failed'] }),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    ceremonyDate: date('ceremony_date', { mode: 'string' }),
    officialVoteDate: date('official_vote_date', { mode: 'string' }),
    officialVoteResult: text('official_vote_result', { enum: ['admitted', 'not_admitted'] }),
    officialDate: date('official_date', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    closedReason: text('closed_reason'),
    /** True until the case ends (official vote, failed cell vote, closed): the board reads open cases. */
    open: boolean('open').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('admission_cases_member_idx').on(t.memberId),
    index('admission_cases_decision_idx').on(t.decisionDate),
    uniqueIndex('admission_cases_open_member_uq').on(t.memberId).where(sql`${t.open}`),
    check(
      'admission_cases_votes_ck',
      sql`${t.votesFor} is null or (${t.votesFor} between 0 and ${t.votesTotal})`,
    ),
  ],
);

/** The official members who introduce the applicant, and since when they have worked with them. */
export const admissionIntroducers = pgTable(
  'admission_introducers',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => admissionCases.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    knownSince: date('known_since', { mode: 'string' }).notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.memberId] })],
);

/** How many admissions the committee expects of a cell in a year (chỉ tiêu kết nạp). */
export const admissionTargets = pgTable(
  'admission_targets',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    target: integer('target').notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] }), check('admission_targets_ck', sql`${t.target} >= 0`)],
);
