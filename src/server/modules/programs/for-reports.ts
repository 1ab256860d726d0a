import { type SQL, sql } from 'drizzle-orm';

/**
 * What periodic reports read of tasks (they never read its tables themselves), as one-row queries the reports
 * module runs together with the other modules' in one statement: tasks given to the subtree (`assignee_path`,
 * as the tasks board counts them).
 */

/** `done`: tasks done within `from`..`to`. */
export const tasksDoneRow = (path: string, from: string, to: string): SQL =>
  sql`select count(*)::int as done from tasks t
    where t.assignee_path <@ ${path}::ltree and t.status = 'done'
      and t.closed_on between ${from}::date and ${to}::date`;

/**
 * `overdue`: tasks overdue at the end of `day` (not after today): given by then (their source's date, which
 * tasks recorded after the fact carry too), the deadline before it, and still open then — open now, or closed
 * after it. On today this is the board's "overdue" (open, deadline before today). A task reopened since is
 * taken as open all along (the table keeps only the latest closing).
 */
export const tasksOverdueRow = (path: string, day: string): SQL =>
  sql`select count(*)::int as overdue from tasks t
    where t.assignee_path <@ ${path}::ltree and t.due_on < ${day}::date
      and t.source_date <= ${day}::date
      and (t.status = 'open' or t.closed_on > ${day}::date)`;
