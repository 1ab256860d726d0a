import { eq } from 'drizzle-orm';
import type { FormDefinition } from '../src/contracts/report-forms';
import type { SubmissionValues } from '../src/contracts/reports';
import { type PeriodType, periodOf, reportWindow } from '../src/domain/report-periods';
import type { Db } from '../src/server/db/client';
import { units } from '../src/server/modules/org/schema';
import { reportForms, reportFormVersions, reportSubmissions } from '../src/server/modules/reports/schema';

let counter = 0;

/** A small monthly cell report: members, present at meetings (≤ members), admitted, a narrative, a fixed table. */
export const sampleDefinition: FormDefinition = {
  sections: [
    {
      key: 'figures',
      title: 'Số liệu',
      fields: [
        {
          kind: 'number',
          key: 'members',
          label: 'Tổng số đảng viên',
          help: null,
          unit: 'người',
          integer: true,
          min: 0,
          max: null,
          aggregate: 'sum',
          source: 'members.total',
          required: true,
          retired: false,
        },
        {
          kind: 'number',
          key: 'present',
          label: 'Số đảng viên dự sinh hoạt',
          help: null,
          unit: 'người',
          integer: true,
          min: 0,
          max: null,
          aggregate: 'sum',
          source: null,
          required: true,
          retired: false,
        },
        {
          kind: 'number',
          key: 'rate',
          label: 'Tỷ lệ dự sinh hoạt',
          help: null,
          unit: '%',
          integer: false,
          min: 0,
          max: 100,
          aggregate: 'avg',
          source: null,
          required: false,
          retired: false,
        },
        {
          kind: 'table',
          key: 'ages',
          label: 'Đảng viên theo độ tuổi',
          help: null,
          required: false,
          retired: false,
          columns: [{ key: 'n', label: 'Số người', kind: 'number' }],
          rows: [
            { key: 'young', label: 'Dưới 35' },
            { key: 'old', label: 'Từ 35' },
          ],
          maxRows: 20,
        },
      ],
    },
    {
      key: 'narrative',
      title: 'Đánh giá',
      fields: [
        {
          kind: 'text',
          key: 'results',
          label: 'Kết quả nổi bật',
          help: null,
          maxLength: 4000,
          required: true,
          retired: false,
        },
      ],
    },
  ],
  rules: [{ key: 'present_le_members', left: 'present', op: '<=', right: ['members'], label: null }],
};

const pathOf = async (db: Db, id: string) =>
  (await db.select({ path: units.path }).from(units).where(eq(units.id, id)))[0]?.path as string;

/** A form straight into the tables (version 1 holds `definition`), owned by `ownerUnitId`. */
export async function formRow(
  db: Db,
  ownerUnitId: string,
  values: Partial<typeof reportForms.$inferInsert> = {},
  definition: FormDefinition = sampleDefinition,
) {
  counter++;
  const [form] = await db
    .insert(reportForms)
    .values({
      ownerUnitId,
      ownerPath: await pathOf(db, ownerUnitId),
      code: `BC-${counter}`,
      name: `Báo cáo tháng số ${counter}`,
      periodType: 'month',
      submitterKinds: ['cell'],
      dueDays: 5,
      opensDaysBefore: 5,
      startsOn: '2024-01-01',
      ...values,
    })
    .returning();
  if (!form) throw new Error('no form');
  await db
    .insert(reportFormVersions)
    .values({ formId: form.id, versionNo: form.currentVersionNo, definition });
  return form;
}

/**
 * A unit's report straight into the table, as the service leaves it. Sent reports (`submitted`, `accepted`,
 * `returned`) are sent on `sentOn` (default: the due day, so on time).
 */
export async function submissionRow(
  db: Db,
  form: typeof reportForms.$inferSelect,
  unitId: string,
  periodKey: string,
  values: SubmissionValues,
  extra: Partial<typeof reportSubmissions.$inferInsert> = {},
) {
  const period = periodOf(form.periodType as PeriodType, periodKey);
  if (!period) throw new Error(`bad period ${periodKey}`);
  const window = reportWindow(period, form);
  const status = extra.status ?? 'accepted';
  const sentOn = status === 'draft' ? null : (extra.sentOn ?? window.dueOn);
  const [row] = await db
    .insert(reportSubmissions)
    .values({
      formId: form.id,
      formVersionNo: form.currentVersionNo,
      unitId,
      unitPath: await pathOf(db, unitId),
      periodKey,
      periodStart: period.start,
      periodEnd: period.end,
      opensOn: window.opensOn,
      dueOn: window.dueOn,
      values,
      status,
      sentOn,
      sentAt: sentOn ? new Date(`${sentOn}T03:00:00Z`) : null,
      onTime: sentOn ? sentOn <= window.dueOn : null,
      ...extra,
    })
    .returning();
  if (!row) throw new Error('no submission');
  return row;
}
