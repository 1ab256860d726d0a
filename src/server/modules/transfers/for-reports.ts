import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client';

/**
 * What periodic reports read of transfers (they never read its tables themselves): official transfers received
 * within a date range (the day the register moved the member), into and out of a subtree. A transfer between
 * two units of the same subtree is neither in nor out for it. Ends are placed by the units' paths of today.
 */
export async function officialTransfersBetween(
  tx: Tx,
  path: string,
  from: string,
  to: string,
): Promise<{ in: number; out: number }> {
  const [row] = await queryRows<{ n_in: number; n_out: number }>(
    tx,
    sql`select
        count(*) filter (where tu.path <@ ${path}::ltree and not coalesce(fu.path <@ ${path}::ltree, false))::int as n_in,
        count(*) filter (where fu.path <@ ${path}::ltree and not coalesce(tu.path <@ ${path}::ltree, false))::int as n_out
      from member_transfers t
      left join org_units fu on fu.id = t.from_unit_id
      left join org_units tu on tu.id = t.to_unit_id
      where t.kind = 'official' and t.status = 'received'
        and t.received_on between ${from}::date and ${to}::date
        and (fu.path <@ ${path}::ltree or tu.path <@ ${path}::ltree)`,
  );
  return { in: Number(row?.n_in ?? 0), out: Number(row?.n_out ?? 0) };
}
