import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type PetitionDetail,
  type PetitionSummary,
  petitionAgeBands,
  petitionEventKinds,
  type petitionRegisterStats,
  petitionStatuses,
  type petitionsQuery,
} from '../../../contracts/petitions';
import { type Db, queryRows, type Tx } from '../../db/client';
import { users } from '../../platform/auth/schema';
import { AppError } from '../../platform/errors/app-error';
import { decodeCursor, encodeCursor, pageTotal } from '../../platform/http/cursor';
import { petitionMemberNames } from '../members/for-petitions';
import { todayIso } from '../org/calendar';
import { petitionUnitNames } from '../org/for-petitions';
import { canHandle, type PetitionAccess, petitionVisible, sentBy } from './petition-access';
import { petitionEvents, petitions } from './schema';

interface SummaryRow {
  id: string;
  kind: PetitionSummary['kind'];
  from_unit_id: string;
  from_unit_name: string;
  from_member_id: string | null;
  from_member_name: string | null;
  to_unit_id: string;
  to_unit_name: string;
  to_path: string;
  subject: string;
  received_on: string;
  authority: PetitionSummary['authority'];
  status: PetitionSummary['status'];
  age_days: number;
  version: number;
}

/** Days since received while open; the days it took when resolved. */
const ageDays = (today: string) => sql`(coalesce(p.replied_on, ${today}::date) - p.received_on)::int`;

const summaryColumns = (today: string) => sql`p.id, p.kind, p.from_unit_id, fu.name as from_unit_name,
  p.from_member_id, fm.full_name as from_member_name, p.to_unit_id, tu.name as to_unit_name,
  p.to_path::text as to_path, p.subject, p.received_on::text as received_on, p.authority, p.status,
  ${ageDays(today)} as age_days, p.version`;

const summaryJoins = sql`join ${petitionUnitNames} fu on fu.id = p.from_unit_id
  join ${petitionUnitNames} tu on tu.id = p.to_unit_id
  left join ${petitionMemberNames} fm on fm.id = p.from_member_id`;

const presentSummary = (r: SummaryRow): PetitionSummary => ({
  id: r.id,
  kind: r.kind,
  fromUnit: { id: r.from_unit_id, name: r.from_unit_name },
  fromMember: r.from_member_id ? { id: r.from_member_id, name: r.from_member_name ?? '' } : null,
  toUnit: { id: r.to_unit_id, name: r.to_unit_name },
  subject: r.subject,
  receivedOn: r.received_on,
  authority: r.authority,
  status: r.status,
  ageDays: r.age_days,
  version: r.version,
});

/** Which petitions a list or the statistics are over: visible ones, of a register or the user's own. */
function listed(access: PetitionAccess, underPath: string | null, mine: boolean, status?: string): SQL {
  const parts = [petitionVisible(access)];
  if (underPath) parts.push(sql`p.to_path <@ ${underPath}::ltree`);
  if (mine) parts.push(sentBy(access));
  if (status) parts.push(sql`p.status = ${status}`);
  return sql.join(parts, sql` and `);
}

/** The register (newest received first) or the user's own petitions, by key, with an exact total. */
export async function listPetitions(
  db: Db,
  access: PetitionAccess,
  q: z.infer<typeof petitionsQuery>,
  underPath: string | null,
) {
  const today = todayIso();
  const where = listed(access, underPath, q.mine, q.status);
  const cursor = decodeCursor(q.cursor, 2);
  const after = cursor ? sql`and (p.received_on, p.id) < (${cursor[0]}::date, ${cursor[1]}::uuid)` : sql``;
  const rows = await queryRows<SummaryRow>(
    db,
    sql`select ${summaryColumns(today)} from ${petitions} p ${summaryJoins}
      where ${where} ${after}
      order by p.received_on desc, p.id desc limit ${q.limit + 1}`,
  );
  const pageRows = rows.slice(0, q.limit);
  const last = pageRows.at(-1);
  const total = await pageTotal(!cursor, rows.length, q.limit, async () => {
    const [counted] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${petitions} p where ${where}`,
    );
    return counted?.n ?? 0;
  });
  return {
    items: pageRows.map(presentSummary),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.received_on, last.id]) : null,
    total,
  };
}

type Stats = z.infer<typeof petitionRegisterStats>;

/** Counts of a unit's register by status, and its open petitions by age band: one grouped query. */
export async function petitionStats(db: Db, access: PetitionAccess, underPath: string): Promise<Stats> {
  const today = todayIso();
  const age = sql`(${today}::date - p.received_on)`;
  const rows = await queryRows<{ status: PetitionSummary['status']; band: string | null; n: number }>(
    db,
    sql`select p.status,
        case when p.status = 'resolved' then null
          when ${age} <= 15 then '0-15' when ${age} <= 30 then '16-30' when ${age} <= 60 then '31-60'
          else '60+' end as band,
        count(*)::int as n
      from ${petitions} p where ${listed(access, underPath, false)}
      group by 1, 2`,
  );
  const byStatus = Object.fromEntries(petitionStatuses.map((s) => [s, 0])) as Stats['byStatus'];
  const openByAge = Object.fromEntries(petitionAgeBands.map((b) => [b, 0])) as Stats['openByAge'];
  let total = 0;
  for (const r of rows) {
    byStatus[r.status] += r.n;
    if (r.band) openByAge[r.band as keyof Stats['openByAge']] += r.n;
    total += r.n;
  }
  return { byStatus, openByAge, total };
}

interface DetailRow extends SummaryRow {
  content: string;
  forwarded_to: string | null;
  forwarded_on: string | null;
  superior_answer: string | null;
  answered_on: string | null;
  reply: string | null;
  replied_on: string | null;
}

/** One petition with its timeline; 404 when the user may not see it. */
export async function petitionDetail(
  tx: Db | Tx,
  access: PetitionAccess,
  id: string,
): Promise<PetitionDetail> {
  const today = todayIso();
  const [row] = await queryRows<DetailRow>(
    tx,
    sql`select ${summaryColumns(today)}, p.content, p.forwarded_to, p.forwarded_on::text as forwarded_on,
        p.superior_answer, p.answered_on::text as answered_on, p.reply, p.replied_on::text as replied_on
      from ${petitions} p ${summaryJoins}
      where p.id = ${id} and ${petitionVisible(access)}`,
  );
  if (!row) throw new AppError(404, 'NOT_FOUND');
  // Steps written in one transaction (the demo) share created_at: the order of the steps breaks the tie.
  const stepOrder = sql.raw(`array[${petitionEventKinds.map((k) => `'${k}'`).join(', ')}]`);
  const events = await queryRows<{
    kind: PetitionDetail['events'][number]['kind'];
    on: string;
    note: string | null;
    by: string | null;
  }>(
    tx,
    sql`select e.kind, e.on::text as on, e.note, u.full_name as by
      from ${petitionEvents} e left join ${users} u on u.id = e.by
      where e.petition_id = ${id}
      order by e.created_at, array_position(${stepOrder}, e.kind)`,
  );
  return {
    ...presentSummary(row),
    content: row.content,
    forwardedTo: row.forwarded_to,
    forwardedOn: row.forwarded_on,
    superiorAnswer: row.superior_answer,
    answeredOn: row.answered_on,
    reply: row.reply,
    repliedOn: row.replied_on,
    events,
    canHandle: canHandle(access, row.to_path),
  };
}
