import { type SQL, sql } from 'drizzle-orm';

/**
 * What periodic reports read of transfers (they never read its tables themselves), as a one-row query the
 * reports module runs together with the other modules' in one statement: official transfers received within
 * `from`..`to` (the day the register moved the member), into (`moved_in`) and out of (`moved_out`) a subtree.
 * A transfer between two units of the same subtree is neither. Ends are placed by the units' paths of today.
 */
export const officialTransfersRow = (path: string, from: string, to: string): SQL =>
  sql`select
      count(*) filter (where tu.path <@ ${path}::ltree and not coalesce(fu.path <@ ${path}::ltree, false))::int as moved_in,
      count(*) filter (where fu.path <@ ${path}::ltree and not coalesce(tu.path <@ ${path}::ltree, false))::int as moved_out
    from member_transfers t
    left join org_units fu on fu.id = t.from_unit_id
    left join org_units tu on tu.id = t.to_unit_id
    where t.kind = 'official' and t.status = 'received'
      and t.received_on between ${from}::date and ${to}::date
      and (fu.path <@ ${path}::ltree or tu.path <@ ${path}::ltree)`;
