import { sql } from 'drizzle-orm';
import type { Period } from '../src/domain/report-periods';
import { type Database, queryRows } from '../src/server/db/client';
import { deferIndexes } from '../src/server/demo/loader';

type Db = Database['db'];

export interface SubmissionLoad {
  formId: string;
  /** The form's deadline: the window of each period. */
  dueDays: number;
  opensDaysBefore: number;
  /** Units of this kind under this path report. */
  rootPath: string;
  kind: string;
  periods: readonly Period[];
  /** Fill in two numbers (members, present) and a text (results) per report, or leave the values empty. */
  values: boolean;
}

const results = 'Chi bộ hoàn thành nhiệm vụ tháng; sinh hoạt định kỳ đúng quy định.';

/**
 * One period's reports of every unit of the kind under the root, generated inside PostgreSQL: 10% never opened,
 * 2% drafts, 3% returned, 5% sent and waiting, 80% accepted; of those sent, 85% on or before the due day (up to a
 * week early), 15% late (1–20 days), 1 in 20 received on paper.
 */
export async function generateSubmissions(db: Db, load: SubmissionLoad): Promise<void> {
  for (const period of load.periods) {
    const dueOn = addDays(period.end, load.dueDays);
    const opensOn = addDays(period.end, -load.opensDaysBefore);
    await db.execute(sql`insert into report_submissions (form_id, form_version_no, unit_id, unit_path, period_key,
        period_start, period_end, opens_on, due_on, status, values, sent_on, sent_at, received_on_paper, on_time)
      select ${load.formId}::uuid, 1, u.id, u.path, ${period.key}, ${period.start}::date, ${period.end}::date,
        ${opensOn}::date, ${dueOn}::date, d.status,
        ${load.values ? sql`jsonb_build_object('members', 10 + floor(s.x * 40)::int, 'present', 8 + floor(s.x * 30)::int, 'results', ${results}::text)` : sql`'{}'::jsonb`},
        d.sent_on, d.sent_on + time '09:00', s.y < 0.05 and d.sent_on is not null, d.sent_on <= ${dueOn}::date
      from org_units u
      cross join lateral (select random() as r, random() as x, random() as y, u.id as keep) s
      cross join lateral (
        select case when s.r < 0.12 then 'draft' when s.r < 0.15 then 'returned' when s.r < 0.20 then 'submitted'
            else 'accepted' end as status,
          case when s.r < 0.12 then null
            when s.y < 0.85 then ${dueOn}::date - floor(s.x * 7)::int
            else ${dueOn}::date + 1 + floor(s.x * 20)::int end as sent_on
      ) d
      where u.kind = ${load.kind} and u.path <@ ${load.rootPath}::ltree and s.r >= 0.10
      order by u.path`);
  }
}

/**
 * The national run: the indexes and foreign keys of report_submissions dropped for the load and built again
 * after it (side by side), its triggers off, and the totals they keep rebuilt once from the loaded rows.
 */
export async function generateSubmissionsBulk(
  db: Db,
  load: SubmissionLoad,
  log: (step: string) => void = () => {},
): Promise<void> {
  const restore = await deferIndexes(db, ['report_submissions']);
  let started = performance.now();
  const lap = (step: string) => {
    log(`${step}: ${Math.round((performance.now() - started) / 1000)} s`);
    started = performance.now();
  };
  await generateSubmissions(db, load);
  lap(`${load.periods.length} periods of reports inserted`);
  await restore({ concurrently: true });
  lap('indexes and foreign keys built');
  await db.execute(sql`select dangbo_rebuild_report_totals()`);
  lap('report totals rebuilt');
}

const addDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** A plain count of one period's reports under a root, to check the view's totals against. */
export async function submissionCounts(
  db: Db,
  formId: string,
  periodKey: string,
  rootPath: string,
): Promise<{ sent: number; onTime: number }> {
  const [row] = await queryRows<{ sent: number; on_time: number }>(
    db,
    sql`select count(*) filter (where status <> 'draft')::int as sent,
        count(*) filter (where status <> 'draft' and sent_on <= due_on)::int as on_time
      from report_submissions where form_id = ${formId} and period_key = ${periodKey}
        and unit_path <@ ${rootPath}::ltree`,
  );
  return { sent: row?.sent ?? 0, onTime: row?.on_time ?? 0 };
}
