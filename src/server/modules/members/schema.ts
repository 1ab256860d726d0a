import { sql } from 'drizzle-orm';
import {
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
import {
  academicTitles,
  memberStatuses,
  professionalDegrees,
  sexes,
  theoryLevels,
} from '../../../domain/member-codes';
import { createdAt, id, ltree, sortKey } from '../../db/columns';
import { users } from '../../platform/auth/schema';
import { units } from '../org/schema';

/**
 * The member register (DOMAIN.md §3): one row per person, as they are today. `unit_path` copies the path of
 * the member's unit so subtree lists and counts are one indexed condition; the org service rewrites it
 * when units move or merge. `search_text` is the folded name, citizen ID, card number and phone (a trigram
 * index serves numbers; names are found through `member_name_suffixes`); `sort_key` orders by given, middle, family name.
 */
export const members = pgTable(
  'members',
  {
    id: id(),
    fullName: text('full_name').notNull(),
    sortKey: sortKey('sort_key').notNull(),
    searchText: text('search_text').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    sex: text('sex', { enum: sexes }).notNull(),
    ethnicityCode: text('ethnicity_code').notNull().default('01'),
    religionCode: text('religion_code').notNull().default('00'),
    citizenId: text('citizen_id'),
    hometownOld: text('hometown_old'),
    hometownNew: text('hometown_new'),
    residenceOld: text('residence_old'),
    residenceNew: text('residence_new'),
    admissionDate: date('admission_date', { mode: 'string' }),
    officialDate: date('official_date', { mode: 'string' }),
    /** Why admission outside the age range 18-60 was allowed (the decision that permitted it). */
    admissionAgeException: text('admission_age_exception'),
    cardNumber: text('card_number'),
    recordNumber: text('record_number'),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: ltree('unit_path').notNull(),
    generalEducation: text('general_education'),
    professionalDegree: text('professional_degree', { enum: professionalDegrees }),
    major: text('major'),
    academicTitle: text('academic_title', { enum: academicTitles }),
    theoryLevel: text('theory_level', { enum: theoryLevels }),
    job: text('job'),
    workplace: text('workplace'),
    phone: text('phone'),
    email: text('email'),
    status: text('status', { enum: memberStatuses }).notNull(),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    /** The sign-in of this member, when they have one. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('members_citizen_id_uq').on(t.citizenId),
    uniqueIndex('members_card_number_uq').on(t.cardNumber),
    uniqueIndex('members_user_uq').on(t.userId),
    index('members_unit_path_gist').using('gist', t.unitPath),
    index('members_unit_idx').on(t.unitId, t.status),
    index('members_sort_idx').on(t.sortKey, t.id),
    index('members_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** Every status change, dated (admission, official membership, exemption, transfer out, removal, death …). */
export const memberStatusEvents = pgTable(
  'member_status_events',
  {
    id: id(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    status: text('status', { enum: memberStatuses }).notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    decisionRef: text('decision_ref'),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('member_status_events_member_idx').on(t.memberId, t.effectiveOn)],
);

/** Which unit a member belonged to, when (`to_date` exclusive, null while current). */
export const memberUnitHistory = pgTable(
  'member_unit_history',
  {
    id: id(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (t) => [
    index('member_unit_history_member_idx').on(t.memberId, t.fromDate),
    index('member_unit_history_unit_idx').on(t.unitId, t.fromDate),
  ],
);

/**
 * Members of every unit's subtree by status, kept by statement triggers on `members` (migration 0004), so the
 * tree's counts and a list's total are one small read however large the subtree (the national root holds
 * millions). A member counts once for its unit and once for each ancestor: `unit_id` is the unit whose
 * subtree is counted. Derived data: backups leave it out and restores rebuild it
 * (`dangbo_rebuild_member_counts()`).
 */
export const memberSubtreeCounts = pgTable(
  'member_subtree_counts',
  {
    unitId: uuid('unit_id').notNull(),
    status: text('status', { enum: memberStatuses }).notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.status] })],
);

/**
 * Breakdowns by status of the members of each unit above the grassroots (central, provincial and
 * grassroots-superior committees, whose subtrees reach millions), kept by statement triggers on `members`
 * (migration 0005), so the statistics and list facets of such a subtree read a few thousand rows instead of
 * its members. `dim` is `sex`, `ethnicity`, `degree`, `theory`, `birth` or `admission`; `key` the
 * value ('' for none), dates kept whole so age and party-age bands stay exact on any day. Derived data:
 * backups leave it out and restores rebuild it (`dangbo_rebuild_member_facets()`).
 */
export const memberUpperFacets = pgTable(
  'member_upper_facets',
  {
    unitId: uuid('unit_id').notNull(),
    status: text('status', { enum: memberStatuses }).notNull(),
    dim: text('dim').notNull(),
    key: text('key').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.status, t.dim, t.key] })],
);

/**
 * Every word-boundary suffix of each member's folded name ("phan xuan dung", "xuan dung", "dung") with what a
 * name search needs to answer from the index alone: the sort key, unit path, sign-in and status. A typed name
 * is a prefix of one of them, so a search is one B-tree range instead of intersecting word lists and fetching
 * every match from `members`. Kept by statement triggers on `members` (migration 0006); derived data.
 */
export const memberNameSuffixes = pgTable(
  'member_name_suffixes',
  {
    memberId: uuid('member_id').notNull(),
    suffix: sortKey('suffix').notNull(),
    sortKey: sortKey('sort_key').notNull(),
    unitPath: ltree('unit_path').notNull(),
    userId: uuid('user_id'),
    status: text('status', { enum: memberStatuses }).notNull(),
  },
  (t) => [
    index('member_name_suffixes_search_idx').on(
      t.suffix,
      t.sortKey,
      t.memberId,
      t.unitPath,
      t.userId,
      t.status,
    ),
    index('member_name_suffixes_member_idx').on(t.memberId),
  ],
);
