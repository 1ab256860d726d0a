import { type PeriodType, periodLabel } from '../../../domain/report-periods';
import { usersWithRoleAt } from '../../platform/auth/role-holders';
import type { Writer } from '../../platform/mutate';
import { notify } from '../../platform/notifications/service';
import { displayDate } from '../org/calendar';
import type { ReportUnit } from '../org/report-units-read';
import type { FormRow } from './form-read';
import type { SubmissionRow } from './submission-access';

const others = (ids: string[], w: Writer) => ids.filter((id) => id !== w.ctx.actor?.id);

const titleOf = (row: SubmissionRow, form: FormRow) =>
  `${form.name} — ${periodLabel({ type: form.periodType as PeriodType, key: row.periodKey, start: row.periodStart, end: row.periodEnd })}`;

/** A unit sent its report: the committee of the level above is told it waits for review. */
export async function noticeSubmitted(
  w: Writer,
  row: SubmissionRow,
  form: FormRow,
  unit: ReportUnit,
  publicUrl: string,
) {
  if (!unit.parentId) return;
  const reviewers = await usersWithRoleAt(w.tx, unit.parentId, ['committee']);
  const onTime = row.dueOn >= (row.sentOn ?? '');
  await notify(
    w,
    others(reviewers, w),
    {
      kind: 'report.submitted',
      title: `${unit.name} đã gửi báo cáo`,
      body: [
        titleOf(row, form),
        onTime ? 'Gửi đúng hạn.' : `Gửi trễ hạn (hạn ${displayDate(row.dueOn)}).`,
      ].join('\n'),
      link: `/reports/${row.id}`,
    },
    publicUrl,
  );
}

/** The level above accepted, returned or reopened a report: the unit's secretaries and committee are told. */
export async function noticeReviewed(
  w: Writer,
  row: SubmissionRow,
  form: FormRow,
  decision: 'accepted' | 'returned' | 'reopened',
  comment: string | null,
  publicUrl: string,
) {
  const makers = await usersWithRoleAt(w.tx, row.unitId, ['cell_secretary', 'committee']);
  const heads = {
    accepted: 'Báo cáo đã được tiếp nhận',
    returned: 'Báo cáo bị trả lại, cần sửa và gửi lại',
    reopened: 'Báo cáo đã tiếp nhận được mở lại để sửa',
  };
  await notify(
    w,
    others(makers, w),
    {
      kind: `report.${decision}`,
      title: heads[decision],
      body: [titleOf(row, form), comment ? `Ý kiến: ${comment}` : null].filter(Boolean).join('\n'),
      link: `/reports/${row.id}`,
    },
    publicUrl,
  );
}
