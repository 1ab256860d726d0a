import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The working-day calendar in use (src/domain/working-days.ts): weekdays that are days off (public holidays,
 * days off in lieu) and weekend days that are worked. Seeded with 2025-2027 (src/domain/holidays-vn.ts) by
 * migration 0007; the administrator keeps it up to date.
 */
export const workingCalendarDays = pgTable('working_calendar_days', {
  date: date('date', { mode: 'string' }).primaryKey(),
  kind: text('kind', { enum: ['day_off', 'worked_weekend'] }).notNull(),
  name: text('name').notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
