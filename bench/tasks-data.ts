import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../src/server/db/client';
import { deferIndexes } from '../src/server/demo/loader';
import { pathLabel } from '../src/server/modules/org/service';
import { weekEndOf } from '../src/server/modules/programs/task-summaries';

type Db = Database['db'];

/**
 * A national tree of units only (no members: the board reads tasks and the units they name): root → 50
 * provinces → 60 grassroots committees each → `cellsPer` cells each, built as `generateNational` does.
 */
export async function generateTaskTree(db: Db, cellsPer: number): Promise<void> {
  const rootId = crypto.randomUUID();
  const restore = await deferIndexes(db, ['org_units']);
  await db.execute(sql`insert into org_units (id, parent_id, kind, name, sort_key, code, path, level)
    values (${rootId}, null, 'central', 'Đảng bộ thử tải', 'ROOT', 'ROOT', ${pathLabel(rootId)}::ltree, 1)`);
  const level = async (parentKind: string, kind: string, n: number, prefix: string) =>
    db.execute(sql`insert into org_units (id, parent_id, kind, name, sort_key, code, path, level)
      select s.id, s.pid, ${kind}, ${prefix} || ' ' || s.code || '.' || s.i, s.code || '.' || lpad(s.i::text, 4, '0'),
        s.code || '.' || s.i, (s.path::text || '.u' || replace(s.id::text, '-', ''))::ltree, s.level + 1
      from (select gen_random_uuid() as id, p.id as pid, p.code, p.path, p.level, i
            from org_units p cross join generate_series(1, ${n}) i where p.kind = ${parentKind}) s`);
  await level('central', 'provincial', 50, 'Tỉnh ủy');
  await level('provincial', 'grassroots', 60, 'Đảng bộ');
  await level('grassroots', 'cell', cellsPer, 'Chi bộ');
  await restore();
}

/** Which units under a root receive tasks, and what share of them each kind gets. */
export interface TaskLoad {
  rootPath: string;
  count: number;
  shares: Array<{ kind: string; share: number }>;
  /** Share of open tasks past their deadline (the rest: 10% due by Sunday, 15% later, 45% done, 5% cancelled). */
  overdue: number;
}

/**
 * Tasks generated inside PostgreSQL (INSERT … SELECT over generate_series), each assigned to a unit of the
 * kind drawn and owned by that unit's parent (a cell's grassroots committee, a committee's province):
 * `overdue` open past their deadline (1–120 days), 10% due between today and Sunday, 15% due later, 45% done
 * (closed over the last two years, one in six after its deadline), 5% cancelled.
 */
export async function generateTasks(db: Db, load: TaskLoad, today: string): Promise<void> {
  const weekEnds = weekEndOf(today);
  const thisWeek = (Date.parse(weekEnds) - Date.parse(today)) / 86_400_000 + 1;
  const o = load.overdue;
  for (const { kind, share } of load.shares) {
    const n = Math.round(load.count * share);
    await db.transaction(async (tx) => {
      await tx.execute(sql`create temporary table bench_assignees on commit drop as
      select row_number() over (order by u.path) as k, u.id, u.path, p.id as owner_id, p.path as owner_path
      from org_units u join org_units p on p.id = u.parent_id
      where u.kind = ${kind} and u.path <@ ${load.rootPath}::ltree`);
      await tx.execute(sql`insert into tasks (owner_unit_id, owner_path, assignee_unit_id, assignee_path,
        source_kind, source_title, source_text, source_date, title, due_on, progress, status, closed_on)
      select a.owner_id, a.owner_path, a.id, a.path,
        (array['meeting','working_session','inspection','document','direct'])[1 + s.g % 5],
        'Hội nghị thử tải số ' || (s.g % 997)::text, 'Kết luận số ' || s.g::text || ': tổ chức thực hiện, báo cáo kết quả.',
        d.due - 30, 'Nhiệm vụ thử tải số ' || s.g::text, d.due, d.progress, d.status, d.closed
      from (select g, random() as r, random() as x, random() as y from generate_series(1, ${n}) g) s
      join bench_assignees a on a.k = 1 + s.g % (select count(*) from bench_assignees)
      cross join lateral (
        select case
            when s.r < ${o} then ${today}::date - 1 - floor(s.x * 120)::int
            when s.r < ${o + 0.1} then ${today}::date + floor(s.x * ${thisWeek})::int
            when s.r < ${o + 0.25} then ${weekEnds}::date + 1 + floor(s.x * 180)::int
            else ${today}::date - floor(s.x * 720)::int + 9 - floor(s.y * 6)::int * 2 end as due,
          case when s.r < ${o + 0.25} then floor(s.y * 90)::int when s.r < ${o + 0.7} then 100 else 0 end as progress,
          case when s.r < ${o + 0.25} then 'open' when s.r < ${o + 0.7} then 'done' else 'cancelled' end as status,
          case when s.r < ${o + 0.25} then null else ${today}::date - floor(s.x * 720)::int end as closed
      ) d`);
    });
  }
}

/** Bulk load for the national run: the tasks table's indexes and foreign keys built after the rows are in. */
export async function generateTasksBulk(db: Db, load: TaskLoad, today: string): Promise<void> {
  const restore = await deferIndexes(db, ['tasks']);
  await generateTasks(db, load, today);
  await restore();
}

export async function taskCounts(db: Db, rootPath: string, today: string): Promise<Record<string, number>> {
  const [row] = await queryRows<Record<string, number>>(
    db,
    sql`select count(*)::int as tasks,
        count(*) filter (where status = 'open' and due_on < ${today})::int as overdue,
        count(*) filter (where status = 'open')::int as open
      from tasks where assignee_path <@ ${rootPath}::ltree`,
  );
  return row ?? {};
}
