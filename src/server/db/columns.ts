import { customType, timestamp, uuid } from 'drizzle-orm/pg-core';

/** PostgreSQL ltree: the organisation path, e.g. `u1a2b.u3c4d` (one label per unit, root first). */
export const ltree = customType<{ data: string }>({ dataType: () => 'ltree' });

/** Case-insensitive text (user names, e-mail addresses). */
export const citext = customType<{ data: string }>({ dataType: () => 'citext' });

export const id = () => uuid('id').primaryKey().defaultRandom();

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const tstz = (name: string) => timestamp(name, { withTimezone: true });

/** An application-computed sort key (src/domain/name-sort.ts), compared byte by byte on both engines. */
export const sortKey = customType<{ data: string }>({ dataType: () => 'text collate "C"' });
