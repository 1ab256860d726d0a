import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { roles } from '../../../contracts/roles';
import { citext, createdAt, id, tstz } from '../../db/columns';
import { units } from '../../modules/org/schema';

export const users = pgTable(
  'users',
  {
    id: id(),
    username: citext('username').notNull().unique(),
    fullName: text('full_name').notNull(),
    email: citext('email'),
    passwordHash: text('password_hash').notNull(),
    locale: text('locale', { enum: ['vi', 'en'] })
      .notNull()
      .default('vi'),
    disabled: boolean('disabled').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: tstz('locked_until'),
    totpSecret: text('totp_secret'),
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    /** Demo sign-ins only: the second factor is not required even where the role demands it. */
    totpWaived: boolean('totp_waived').notNull().default(false),
    passwordChangedAt: tstz('password_changed_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index('users_full_name_fold_trgm').using('gin', sql`dangbo_fold(${t.fullName}) gin_trgm_ops`)],
);

export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: roles }).notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role, t.unitId] }), index('user_roles_unit_idx').on(t.unitId)],
);

/** Server-side sessions; the cookie carries a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: tstz('last_seen_at').notNull().defaultNow(),
    expiresAt: tstz('expires_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);
