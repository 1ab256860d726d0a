import { type Period, periodLabel } from '../../../domain/report-periods';
import type { Writer } from '../../platform/mutate';
import { notify } from '../../platform/notifications/service';
import { displayDate } from '../org/calendar';
import type { FormRow } from './form-read';

export interface RemindedUnit {
  id: string;
  name: string;
  /** Its secretaries and committee members (users holding those roles at the unit). */
  recipients: string[];
}

/** Tells each unit's secretaries and committee that its report is due today or missing. */
export async function noticeReportReminders(
  w: Writer,
  input: { form: Pick<FormRow, 'name' | 'code'>; period: Period; dueOn: string; today: string },
  reminded: readonly RemindedUnit[],
  publicUrl: string,
) {
  const label = periodLabel(input.period);
  const when =
    input.today > input.dueOn
      ? `đã quá hạn nộp (hạn ${displayDate(input.dueOn)})`
      : `hôm nay (${displayDate(input.dueOn)}) là hạn nộp`;
  for (const unit of reminded)
    await notify(
      w,
      unit.recipients,
      {
        kind: 'report.reminder',
        title: `Nhắc nộp báo cáo: ${input.form.name} — ${label}`,
        body: [
          `${unit.name} chưa gửi báo cáo «${input.form.name}» (${input.form.code}) kỳ ${label}; ${when}.`,
          'Đề nghị đồng chí hoàn thành và gửi báo cáo lên cấp trên.',
        ].join('\n'),
        link: '/reports',
      },
      publicUrl,
    );
}
