import { type AnyPgColumn, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { unitKinds } from '../../../contracts/units';
import { createdAt, id, ltree } from '../../db/columns';

/** Organisation units. `path` holds one label per ancestor (root first) so a subtree is `path <@ $root`. */
export const units = pgTable(
  'org_units',
  {
    id: id(),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id),
    kind: text('kind', { enum: unitKinds }).notNull(),
    name: text('name').notNull(),
    code: text('code').notNull(),
    path: ltree('path').notNull(),
    level: integer('level').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index('org_units_path_gist').using('gist', t.path), index('org_units_parent_idx').on(t.parentId)],
);
