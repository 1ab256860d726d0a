import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bodyKinds, positionTitles, unitEventKinds, unitKinds } from '../../../contracts/units';
import { createdAt, id, ltree, sortKey } from '../../db/columns';

/**
 * Organisation units as they are today. `path` holds one label per ancestor (root first) so a subtree is
 * `path <@ $root`; `sort_key` orders names in Vietnamese order. A dissolved or merged unit keeps its row
 * (history and old records point at it) with `dissolved_on` set.
 */
export const units = pgTable(
  'org_units',
  {
    id: id(),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id),
    kind: text('kind', { enum: unitKinds }).notNull(),
    name: text('name').notNull(),
    sortKey: sortKey('sort_key').notNull(),
    code: text('code').notNull(),
    path: ltree('path').notNull(),
    level: integer('level').notNull(),
    foundedOn: date('founded_on', { mode: 'string' }),
    dissolvedOn: date('dissolved_on', { mode: 'string' }),
    /** Set when the unit was merged into another. */
    successorId: uuid('successor_id').references((): AnyPgColumn => units.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index('org_units_path_gist').using('gist', t.path),
    index('org_units_parent_idx').on(t.parentId, t.sortKey, t.id),
    index('org_units_name_fold_trgm').using('gin', sql`dangbo_fold(${t.name}) gin_trgm_ops`),
    index('org_units_sort_idx').on(t.sortKey, t.id),
  ],
);

/**
 * The dated history of each unit's place and name: one row per period in which parent, name, code and path
 * stayed the same (`valid_to` exclusive, null while current). "As of" queries read these rows.
 */
export const unitVersions = pgTable(
  'org_unit_versions',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    parentId: uuid('parent_id').references(() => units.id),
    kind: text('kind', { enum: unitKinds }).notNull(),
    name: text('name').notNull(),
    sortKey: sortKey('sort_key').notNull(),
    code: text('code').notNull(),
    path: ltree('path').notNull(),
    level: integer('level').notNull(),
  },
  (t) => [
    index('org_unit_versions_unit_idx').on(t.unitId, t.validFrom),
    index('org_unit_versions_parent_idx').on(t.parentId, t.validFrom),
    index('org_unit_versions_path_gist').using('gist', t.path),
  ],
);

/** Events of the tree (create, rename, move, merge, dissolve), each with its effective date and decision. */
export const unitEvents = pgTable(
  'org_unit_events',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind', { enum: unitEventKinds }).notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    decisionRef: text('decision_ref'),
    note: text('note'),
    /** Kind-specific facts: old/new name, old/new parent, successor, members moved. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('org_unit_events_unit_idx').on(t.unitId, t.effectiveOn)],
);

/** Congress terms (nhiệm kỳ) of a unit, e.g. 2020-2025, with the date the next congress is due. */
export const unitTerms = pgTable(
  'org_terms',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    label: text('label').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    nextCongressDueOn: date('next_congress_due_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('org_terms_unit_start_uq').on(t.unitId, t.startsOn)],
);

/** Bodies of a unit: executive and standing committees, inspection commission, cell committee, boards. */
export const unitBodies = pgTable(
  'org_bodies',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind', { enum: bodyKinds }).notNull(),
    name: text('name').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index('org_bodies_unit_idx').on(t.unitId)],
);

/**
 * An office held by a member: a title in a body (or, for a cell without a committee, in the unit itself),
 * for a term, from `starts_on` to `ends_on` (inclusive; null while held). A member may hold several.
 * `member_id` points into the members module; the org module reads names through that module's service.
 */
export const positions = pgTable(
  'org_positions',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    bodyId: uuid('body_id').references(() => unitBodies.id),
    termId: uuid('term_id').references(() => unitTerms.id),
    memberId: uuid('member_id').notNull(),
    title: text('title', { enum: positionTitles }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    decisionRef: text('decision_ref'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index('org_positions_unit_idx').on(t.unitId, t.startsOn),
    index('org_positions_member_idx').on(t.memberId),
  ],
);
