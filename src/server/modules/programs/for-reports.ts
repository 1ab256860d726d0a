import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client';

/**
 * What periodic reports read of tasks (they never read its tables themselves): tasks given to the subtree
 * (`assignee_path`, as the tasks board counts them) done within a date range, and those overdue on a day.
 */

export async function tasksDoneBetween(tx: Tx, path: string, from: string, to: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from tasks t
      where t.assignee_path <@ ${path}::ltree and t.status = 'done'
        and t.closed_on between ${from}::date and ${to}::date`,
  );
  return Number(row?.n ?? 0);
}

/**
 * Tasks overdue at the end of `day` (not after today): given by then (their source's date, which tasks recorded
 * after the fact carry too), the deadline before it, and still open then — open now, or closed after it. On today this is the board's "overdue" (open, deadline before today).
 * A task reopened since is taken as open all along (the table keeps only the latest closing).
 */
export async function tasksOverdueOn(tx: Tx, path: string, day: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from tasks t
      where t.assignee_path <@ ${path}::ltree and t.due_on < ${day}::date
        and t.source_date <= ${day}::date
        and (t.status = 'open' or t.closed_on > ${day}::date)`,
  );
  return Number(row?.n ?? 0);
}
