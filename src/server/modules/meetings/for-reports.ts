import { type SQL, sql } from 'drizzle-orm';
import { vnInstant } from '../../../domain/meeting-rules';
import { addDays } from '../org/calendar';

/**
 * What periodic reports read of meetings (they never read its tables themselves), as a one-row query the
 * reports module runs together with the other modules' in one statement: the party meetings of the subtree's
 * units (not those of a committee's bodies) held — closed — with their planned start on a local day within
 * `from`..`to`, as the meetings list filters by date. `thematic` includes combined meetings. `present` and
 * `expected` are summed over the meetings, as the meetings panel counts attendance.
 */
export const meetingsHeldRow = (path: string, from: string, to: string): SQL =>
  sql`select count(*)::int as held,
      count(*) filter (where m.kind in ('thematic', 'combined'))::int as thematic,
      coalesce(sum(m.present_count), 0)::int as present,
      coalesce(sum(m.expected_count), 0)::int as expected
    from meetings m join org_units u on u.id = m.unit_id
    where u.path <@ ${path}::ltree and m.body_id is null and m.status = 'closed'
      and m.starts_at >= ${vnInstant(from, '00:00')} and m.starts_at < ${vnInstant(addDays(to, 1), '00:00')}`;
