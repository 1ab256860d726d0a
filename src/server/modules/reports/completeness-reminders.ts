import { eq, sql } from 'drizzle-orm';
import type { RemindResult } from '../../../contracts/report-completeness';
import type { PeriodType } from '../../../domain/report-periods';
import { reportWindow } from '../../../domain/report-periods';
import { latestDuePeriod, reportReminderReached } from '../../../domain/report-reminders';
import { type Db, queryRows } from '../../db/client';
import { systemContext } from '../../platform/context';
import { mutate, type Writer } from '../../platform/mutate';
import { loadWorkingCalendar } from '../calendar/service';
import { addDays } from '../org/calendar';
import { noticeReportReminders, type RemindedUnit } from './completeness-notices';
import { expectedInput } from './completeness-queries';
import { type ExpectedInput, expectedUnitsSql } from './completeness-sql';
import { completenessTarget } from './completeness-target';
import type { ReportAccess } from './report-access';
import { reportForms } from './schema';

type ReminderRow = {
  id: string | null;
  name: string | null;
  recipients: string[] | null;
  missing: number | null;
};

/**
 * Records a reminder for each chosen unit (one row per unit, form, period and day — a unit already reminded
 * that day is left out, so several app instances or a second click send nothing twice) and returns the units
 * newly reminded with their secretaries and committee members, plus how many were chosen.
 */
async function recordReminders(
  w: Writer,
  input: ExpectedInput,
  options: { automatic: boolean; sinceDay: string | null; limit: number | null },
) {
  const { form, period, today } = input;
  const rows = await queryRows<ReminderRow>(
    w.tx,
    sql`with e as materialized (${expectedUnitsSql(input)}),
    chosen as (
      select e.id from e
      where ${options.automatic ? sql`e.timeliness in ('missing', 'pending')` : sql`e.timeliness = 'missing'`}
        ${
          options.sinceDay
            ? sql`and not exists (select 1 from report_reminders r where r.form_id = ${form.id}
                and r.unit_id = e.id and r.period_key = ${period.key} and r.sent_on >= ${options.sinceDay}::date)`
            : sql``
        }
      order by e.id ${options.limit ? sql`limit ${options.limit}` : sql``}
    ),
    ins as (
      insert into report_reminders (form_id, unit_id, period_key, sent_on, automatic)
      select ${form.id}::uuid, c.id, ${period.key}, ${today}::date, ${options.automatic} from chosen c
      on conflict do nothing returning unit_id
    )
    select i.unit_id as id, e.name,
      (select coalesce(json_agg(distinct ur.user_id), '[]'::json) from user_roles ur
        join users us on us.id = ur.user_id
        where ur.unit_id = i.unit_id and ur.role in ('cell_secretary', 'committee') and not us.disabled)
        as recipients,
      null::int as missing
    from ins i join e on e.id = i.unit_id
    union all
    select null, null, null, count(*)::int from chosen`,
  );
  const reminded: RemindedUnit[] = rows
    .filter((r) => r.id !== null)
    .map((r) => ({ id: r.id as string, name: r.name as string, recipients: r.recipients ?? [] }));
  const chosen = Number(rows.find((r) => r.id === null)?.missing ?? 0);
  return { reminded, chosen };
}

/** "Nhắc nộp": reminds every unit of the subtree whose report is missing (due day passed, not sent). */
export async function remindMissing(
  w: Writer,
  access: ReportAccess,
  body: { formId: string; periodKey: string; unitId: string },
  env: { today: string; publicUrl: string },
): Promise<RemindResult> {
  const target = await completenessTarget(w.tx, access, body, 'write', env.today);
  const input = expectedInput(target, access, env.today);
  const { reminded, chosen } = await recordReminders(w, input, {
    automatic: false,
    sinceDay: null,
    limit: null,
  });
  await noticeReportReminders(
    w,
    { ...target, dueOn: target.window.dueOn, today: env.today },
    reminded,
    env.publicUrl,
  );
  w.audit({
    action: 'report.reminded',
    entity: 'report_form',
    entityId: target.form.id,
    scopePath: target.unit.path,
    after: { periodKey: target.period.key, unitId: target.unit.id, reminded: reminded.length },
  });
  return { reminded: reminded.length, alreadyToday: chosen - reminded.length };
}

/**
 * The hourly automatic reminders: for each active form, the units that have not sent the report of the latest
 * period due — on the due day, the working day after, then every 3 working days (`report-reminders.ts`). A
 * unit is reminded when it has had no reminder since the latest reminder day reached, in batches, each its own
 * transaction; the day's row in `report_reminders` keeps several instances from sending twice.
 */
export async function sendReportReminders(
  db: Db,
  today: string,
  publicUrl: string,
  batchSize = 2000,
): Promise<number> {
  const forms = await db.select().from(reportForms).where(eq(reportForms.status, 'active'));
  let sent = 0;
  for (const form of forms) {
    const period = latestDuePeriod(form.periodType as PeriodType, form, today);
    const { dueOn } = reportWindow(period, form);
    const calendar = await loadWorkingCalendar(db, addDays(dueOn, -7), addDays(today, 7));
    const reached = reportReminderReached(dueOn, today, calendar);
    if (!reached) continue;
    const input: ExpectedInput = { form, period, dueOn, today, underPath: null, scope: null };
    for (;;) {
      const batch = await mutate(db, systemContext('report-reminders'), async (w) => {
        const result = await recordReminders(w, input, {
          automatic: true,
          sinceDay: reached,
          limit: batchSize,
        });
        await noticeReportReminders(w, { form, period, dueOn, today }, result.reminded, publicUrl);
        return result;
      });
      sent += batch.reminded.length;
      if (batch.chosen < batchSize) break;
    }
  }
  return sent;
}
