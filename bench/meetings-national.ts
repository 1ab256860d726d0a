import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../src/server/db/client';
import { deferIndexes } from '../src/server/demo/loader';
import { pathLabel } from '../src/server/modules/org/service';

export interface NationalMeetingsSize {
  cells: number;
  membersPerCell: number;
  months: number;
  log: (message: string) => void;
}

const monthShift = (month: string, by: number) => {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/**
 * A national tree: root → 50 provinces → 60 grassroots committees each → cells (300,000 in all), members per
 * cell, and `monthsOfHistory` months of meetings per cell: the regular one every month (30% of cells not yet
 * this month), a thematic one in the middle month of each quarter (held combined by 30% of cells), one
 * meeting in 500 without minutes; 2% of members with 1–4 missed months in the last 12.
 */
export async function generateNational(
  db: Database['db'],
  today: string,
  size: NationalMeetingsSize,
): Promise<Record<string, number>> {
  const { log, membersPerCell } = size;
  const nationalCells = size.cells;
  const monthsOfHistory = size.months;
  const provinces = 50;
  const perProvince = 60;
  const cellsPer = Math.max(1, Math.round(nationalCells / (provinces * perProvince)));
  const rootId = crypto.randomUUID();
  const restore = await deferIndexes(db, ['org_units', 'meetings', 'meeting_missed_months']);
  // Members: secondary indexes built after the load, except the GiST on `unit_path` (about 10 minutes for
  // 3.6 million rows here, and the panel does not use it: it scopes members through their unit's path).
  const memberIndexes = await queryRows<{ name: string; def: string }>(
    db,
    sql`select indexrelid::regclass::text as name, pg_get_indexdef(indexrelid) as def from pg_index i
        where indrelid = 'members'::regclass and not indisprimary
          and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
  );
  for (const index of memberIndexes) await db.execute(sql.raw(`drop index ${index.name}`));
  await db.execute(sql`alter table members disable trigger all`);
  await db.execute(sql`insert into org_units (id, parent_id, kind, name, sort_key, code, path, level)
    values (${rootId}, null, 'central', 'Đảng bộ thử tải', 'ROOT', 'ROOT', ${pathLabel(rootId)}::ltree, 1)`);
  const level = async (parentKind: string, kind: string, n: number, prefix: string) =>
    db.execute(sql`insert into org_units (id, parent_id, kind, name, sort_key, code, path, level)
      select s.id, s.pid, ${kind}, ${prefix} || ' ' || s.code || '.' || s.i, s.code || '.' || lpad(s.i::text, 4, '0'),
        s.code || '.' || s.i, (s.path::text || '.u' || replace(s.id::text, '-', ''))::ltree, s.level + 1
      from (select gen_random_uuid() as id, p.id as pid, p.code, p.path, p.level, i
            from org_units p cross join generate_series(1, ${n}) i where p.kind = ${parentKind}) s`);
  await level('central', 'provincial', provinces, 'Tỉnh ủy');
  await level('provincial', 'grassroots', perProvince, 'Đảng bộ');
  const started = performance.now();
  await level('grassroots', 'cell', cellsPer, 'Chi bộ');
  log(`  units: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  let t = performance.now();
  await db.execute(sql`insert into members (full_name, sort_key, search_text, birth_date, sex, unit_id, unit_path,
      status, status_since, admission_date)
    select 'Đảng viên ' || c.code || '-' || j, c.sort_key || '.' || lpad(j::text, 2, '0'), 'dang vien', date '1980-01-01',
      'male', c.id, c.path, 'official', date '2010-01-01', date '2009-01-01'
    from org_units c cross join generate_series(1, ${membersPerCell}) j where c.kind = 'cell'`);
  log(`  members: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  const thisMonth = today.slice(0, 7);
  for (let back = monthsOfHistory - 1; back >= 0; back--) {
    const month = monthShift(thisMonth, -back);
    const current = back === 0;
    const quarterMiddle = Number(month.slice(5, 7)) % 3 === 2;
    // Regular (or combined in the quarter's middle month) on the 10th, thematic on the 20th, 19:30 local time.
    await db.execute(sql`insert into meetings (unit_id, kind, status, starts_at, ends_at, month, minutes_html,
        present_count, expected_count, attendee_count, quality_rating, closed_at)
      select c.id, k.kind, 'closed', k.at, k.at + interval '2 hours', ${month},
        case when random() < 0.002 then null else '<p>Biên bản</p>' end,
        c.present, ${membersPerCell}, c.present, 'tot', k.at + interval '1 day'
      from (select id, random() < 0.3 as combined, random() < 0.3 as late,
              ${membersPerCell} - floor(random() * 3)::int as present
            from org_units where kind = 'cell') c
        cross join lateral (
          select case when ${quarterMiddle} and c.combined then 'combined' else 'regular' end as kind,
                 (${`${month}-10 19:30`}::timestamp at time zone 'Asia/Ho_Chi_Minh') as at
          where not (${current} and c.late)
          union all
          select 'thematic', (${`${month}-20 19:30`}::timestamp at time zone 'Asia/Ho_Chi_Minh')
          where ${quarterMiddle} and not c.combined and not ${current}
        ) k
`);
    if ((monthsOfHistory - back) % 6 === 0)
      log(
        `  meetings: ${monthsOfHistory - back}/${monthsOfHistory} months, ${((performance.now() - t) / 1000).toFixed(0)} s`,
      );
  }
  t = performance.now();
  const first = monthShift(thisMonth, -11);
  await db.execute(sql`insert into meeting_missed_months (member_id, month, unit_id)
    select m.id, to_char((${`${first}-01`}::date + make_interval(months => g)), 'YYYY-MM'), m.unit_id
    from members m cross join lateral generate_series(0, 11, 3 + floor(random() * 2)::int) g
    where random() < 0.02`);
  log(`  missed months: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  await db.execute(sql`alter table members enable trigger all`);
  for (const index of memberIndexes)
    if (index.name !== 'members_unit_path_gist') await db.execute(sql.raw(index.def));
  await restore();
  log(`  indexes and foreign keys: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  // The panel's per-cell windows: their triggers were off during the load.
  await db.execute(sql`select dangbo_rebuild_meeting_windows()`);
  log(`  meeting_cell_windows: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  // As autovacuum would: statistics, and the visibility map that index-only scans rely on.
  await db.execute(sql`vacuum analyze`);
  log(`  vacuum analyze: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const [counts] = await queryRows<Record<string, number>>(
    db,
    sql`select (select count(*)::int from org_units where kind = 'cell') as cells,
      (select count(*)::int from members) as members, (select count(*)::int from meetings) as meetings,
      (select count(*)::int from meeting_missed_months) as missed`,
  );
  return counts ?? {};
}
