import type { FormDefinition } from '../../contracts/report-forms';
import type { SubmissionValues } from '../../contracts/reports';
import { periodContaining, periodsEndingWith, reportWindow } from '../../domain/report-periods';
import { activeCellsUnder } from '../modules/org/cells-read';
import { reportUnit } from '../modules/org/report-units-read';
import type { FormRow } from '../modules/reports/form-read';
import type { ReportAccess } from '../modules/reports/report-access';
import { reportForms, reportFormVersions } from '../modules/reports/schema';
import { checkedSubmission } from '../modules/reports/submission-access';
import {
  openSubmission,
  reviewSubmission,
  saveSubmission,
  submitSubmission,
} from '../modules/reports/submission-service';
import type { Writer } from '../platform/mutate';
import { addDays } from './calendar';
import { Random } from './random';

const number = (key: string, label: string, extra: Partial<Record<string, unknown>> = {}) => ({
  kind: 'number' as const,
  key,
  label,
  help: null,
  unit: 'người',
  integer: true,
  min: 0,
  max: null,
  aggregate: 'sum' as const,
  source: null,
  required: true,
  retired: false,
  ...extra,
});
const text = (key: string, label: string, required: boolean) => ({
  kind: 'text' as const,
  key,
  label,
  help: null,
  maxLength: 4000,
  required,
  retired: false,
});

/** The reference committee's monthly cell report (Báo cáo tháng của chi bộ). */
export const cellMonthlyDefinition: FormDefinition = {
  sections: [
    {
      key: 'members',
      title: 'I. Tình hình đảng viên',
      fields: [
        number('members', 'Tổng số đảng viên', { source: 'members.total' }),
        number('official', 'Đảng viên chính thức', { source: 'members.official' }),
        number('probationary', 'Đảng viên dự bị', { source: 'members.probationary' }),
        number('admitted', 'Kết nạp đảng viên mới trong tháng', {
          source: 'admission.admitted',
          required: false,
        }),
      ],
    },
    {
      key: 'meetings',
      title: 'II. Sinh hoạt chi bộ và học tập nghị quyết',
      fields: [
        number('meetings', 'Số buổi sinh hoạt chi bộ', { source: 'meetings.held', unit: 'buổi' }),
        number('present', 'Số lượt đảng viên dự sinh hoạt', { unit: 'lượt' }),
        number('attendance', 'Tỷ lệ đảng viên dự sinh hoạt', {
          source: 'meetings.attendanceRate',
          unit: '%',
          integer: false,
          max: 100,
          aggregate: 'avg',
          required: false,
        }),
        number('study', 'Số buổi học tập, quán triệt nghị quyết', {
          source: 'study.sessions',
          unit: 'buổi',
          required: false,
        }),
      ],
    },
    {
      key: 'tasks',
      title: 'III. Thực hiện nhiệm vụ',
      fields: [
        number('tasks_done', 'Nhiệm vụ hoàn thành trong tháng', {
          source: 'tasks.done',
          unit: 'việc',
          required: false,
        }),
        number('tasks_overdue', 'Nhiệm vụ quá hạn', {
          source: 'tasks.overdue',
          unit: 'việc',
          required: false,
        }),
        text('results', 'Kết quả nổi bật trong tháng', true),
        text('limits', 'Hạn chế, khó khăn', false),
        text('proposals', 'Kiến nghị, đề xuất', false),
      ],
    },
  ],
  rules: [
    {
      key: 'members_split',
      left: 'members',
      op: '=',
      right: ['official', 'probationary'],
      label: 'Tổng số đảng viên = chính thức + dự bị',
    },
  ],
};

const results = [
  'Chi bộ duy trì sinh hoạt định kỳ đúng quy định; nội dung sinh hoạt bám sát nhiệm vụ chính trị của cơ quan.',
  'Tổ chức học tập, quán triệt nghị quyết của Đảng ủy cấp trên; đảng viên tham gia đầy đủ, có thu hoạch.',
  'Hoàn thành các nhiệm vụ chuyên môn được giao đúng tiến độ; phát huy vai trò tiên phong của đảng viên.',
  'Làm tốt công tác tư tưởng, nắm bắt kịp thời tâm tư của đảng viên trước việc sắp xếp tổ chức bộ máy.',
  'Thu, nộp đảng phí đầy đủ, đúng hạn; cập nhật hồ sơ đảng viên trên hệ thống.',
];
const limits = [
  'Một số đảng viên còn vắng sinh hoạt vì công tác đột xuất.',
  'Chất lượng sinh hoạt chuyên đề chưa cao, ít ý kiến thảo luận.',
  'Việc tạo nguồn phát triển đảng viên mới còn chậm.',
  '',
];
const proposals = [
  'Đề nghị Đảng ủy tổ chức tập huấn nghiệp vụ công tác đảng cho cấp ủy viên chi bộ.',
  'Đề nghị cấp trên sớm ban hành hướng dẫn sinh hoạt chuyên đề năm tới.',
  '',
];

/** How a demo cell sent a month's report (most on time and accepted; the last month still coming in). */
type Outcome = 'accepted' | 'late-accepted' | 'submitted' | 'returned' | 'draft' | 'missing';

function outcomeOf(random: Random, monthsAgo: number): Outcome {
  const roll = random.float();
  if (monthsAgo === 1) {
    if (roll < 0.08) return 'missing';
    if (roll < 0.14) return 'draft';
    if (roll < 0.18) return 'returned';
    if (roll < 0.5) return 'submitted';
    return roll < 0.9 ? 'accepted' : 'late-accepted';
  }
  if (roll < 0.02) return 'missing';
  return roll < 0.88 ? 'accepted' : 'late-accepted';
}

async function createDemoForm(
  w: Writer,
  committee: { id: string; path: string },
  startsOn: string,
): Promise<FormRow> {
  const [form] = await w.tx
    .insert(reportForms)
    .values({
      ownerUnitId: committee.id,
      ownerPath: committee.path,
      code: 'BC-CB-THANG',
      name: 'Báo cáo tháng của chi bộ',
      description: 'Chi bộ báo cáo kết quả thực hiện nhiệm vụ trong tháng, gửi Văn phòng Đảng ủy.',
      periodType: 'month',
      submitterKinds: ['cell'],
      dueDays: 5,
      opensDaysBefore: 5,
      startsOn,
      createdBy: w.ctx.actor?.id ?? null,
    })
    .returning();
  if (!form) throw new Error('demo form not created');
  await w.tx
    .insert(reportFormVersions)
    .values({ formId: form.id, versionNo: 1, definition: cellMonthlyDefinition });
  w.audit({
    action: 'report_form.created',
    entity: 'report_form',
    entityId: form.id,
    scopePath: committee.path,
  });
  return form;
}

/** The values a cell fills in: the known figures as pre-filled, attendance and the narrative typed in. */
function typedValues(random: Random, prefilled: SubmissionValues): SubmissionValues {
  const members = typeof prefilled.members === 'number' ? prefilled.members : random.int(8, 30);
  const probationary = typeof prefilled.probationary === 'number' ? prefilled.probationary : random.int(0, 2);
  const meetings = typeof prefilled.meetings === 'number' && prefilled.meetings > 0 ? prefilled.meetings : 1;
  const pick = (list: string[]) => list[random.int(0, list.length - 1)] ?? '';
  return {
    ...prefilled,
    members,
    official: members - Math.min(probationary, members),
    probationary: Math.min(probationary, members),
    meetings,
    present: Math.max(0, meetings * members - random.int(0, 3)),
    results: pick(results),
    limits: pick(limits) || null,
    proposals: pick(proposals) || null,
  };
}

/**
 * The reference committee's monthly cell reports of this year's closed months, written through the reports
 * service: opened with the product's figures, typed, sent (the office enters the day each arrived), reviewed.
 */
export async function seedReports(
  w: Writer,
  options: { seed: string; today: string; committee: { id: string; path: string } },
): Promise<Record<string, number>> {
  const { today, committee } = options;
  // The four closed months, oldest first; the form applies from the first of them.
  const closed = periodsEndingWith(periodContaining('month', today), 5).slice(0, 4);
  const form = await createDemoForm(w, committee, closed[0]?.start ?? today);
  const scope = { subtrees: [committee.path], exact: [] };
  const access: ReportAccess = {
    read: scope,
    write: scope,
    grants: [{ role: 'admin', unitId: committee.id, unitName: '', path: committee.path }],
  };
  const random = Random.of(options.seed, 'reports');
  const cells = await activeCellsUnder(w.tx, committee.path);
  let sent = 0;
  for (const [index, period] of closed.entries()) {
    const monthsAgo = closed.length - index;
    const window = reportWindow(period, form);
    for (const cell of cells) {
      const outcome = outcomeOf(random, monthsAgo);
      if (outcome === 'missing') continue;
      const unit = await reportUnit(w.tx, cell.id);
      if (!unit || (unit.foundedOn !== null && unit.foundedOn > period.end)) continue;
      const id = await openSubmission(w, form, unit, period.key, today);
      let row = await checkedSubmission(w.tx, access, id, 'write');
      await saveSubmission(w, row, typedValues(random, row.values));
      if (outcome === 'draft') continue;
      const late = outcome === 'late-accepted';
      const arrived = late
        ? addDays(window.dueOn, random.int(1, 6))
        : addDays(window.dueOn, -random.int(0, 5));
      const receivedOn = arrived > today ? today : arrived < window.opensOn ? window.opensOn : arrived;
      row = await checkedSubmission(w.tx, access, id, 'write');
      await submitSubmission(w, access, row, receivedOn, today);
      sent++;
      if (outcome === 'submitted') continue;
      row = await checkedSubmission(w.tx, access, id, 'write');
      if (outcome === 'returned')
        await reviewSubmission(
          w,
          access,
          row,
          'returned',
          'Đề nghị chi bộ bổ sung số lượt đảng viên dự sinh hoạt.',
        );
      else await reviewSubmission(w, access, row, 'accepted', null);
    }
  }
  return { report_submissions: sent };
}
