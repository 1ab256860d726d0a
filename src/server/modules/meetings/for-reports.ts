import { sql } from 'drizzle-orm';
import { vnInstant } from '../../../domain/meeting-rules';
import { queryRows, type Tx } from '../../db/client';
import { addDays } from '../org/calendar';

/**
 * What periodic reports read of meetings (they never read its tables themselves): the party meetings of the
 * subtree's units (not those of a committee's bodies) held — closed — with their planned start on a local
 * day within `from`..`to`, as the meetings list filters by date. Thematic ones include combined meetings.
 * Attendance is counted as the meetings panel counts it: present over expected, summed over the meetings.
 */
export interface MeetingsHeld {
  held: number;
  thematic: number;
  present: number;
  expected: number;
}

export async function meetingsHeldBetween(
  tx: Tx,
  path: string,
  from: string,
  to: string,
): Promise<MeetingsHeld> {
  const [row] = await queryRows<MeetingsHeld>(
    tx,
    sql`select count(*)::int as held,
        count(*) filter (where m.kind in ('thematic', 'combined'))::int as thematic,
        coalesce(sum(m.present_count), 0)::int as present,
        coalesce(sum(m.expected_count), 0)::int as expected
      from meetings m join org_units u on u.id = m.unit_id
      where u.path <@ ${path}::ltree and m.body_id is null and m.status = 'closed'
        and m.starts_at >= ${vnInstant(from, '00:00')} and m.starts_at < ${vnInstant(addDays(to, 1), '00:00')}`,
  );
  return {
    held: Number(row?.held ?? 0),
    thematic: Number(row?.thematic ?? 0),
    present: Number(row?.present ?? 0),
    expected: Number(row?.expected ?? 0),
  };
}
