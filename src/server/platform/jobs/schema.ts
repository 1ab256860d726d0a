import { integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tstz } from '../../db/columns';
import { users } from '../auth/schema';

/** Long operations (imports, exports, verification) with progress the web UI polls. */
export const jobs = pgTable('jobs', {
  id: id(),
  kind: text('kind').notNull(),
  status: text('status', { enum: ['queued', 'running', 'done', 'failed'] })
    .notNull()
    .default('queued'),
  done: integer('done').notNull().default(0),
  total: integer('total'),
  message: text('message'),
  result: jsonb('result'),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
  finishedAt: tstz('finished_at'),
});
