import { and, eq } from 'drizzle-orm';
import type { TableValue } from '../../contracts/reports';
import { reportUnit } from '../modules/org/report-units-read';
import type { ReportAccess } from '../modules/reports/report-access';
import { reportForms, reportSubmissionEvents, reportSubmissions } from '../modules/reports/schema';
import { checkedSubmission } from '../modules/reports/submission-access';
import { openedPeriods } from '../modules/reports/submission-queries';
import {
  openSubmission,
  reviewSubmission,
  saveSubmission,
  submitSubmission,
} from '../modules/reports/submission-service';
import type { Writer } from '../platform/mutate';
import { addDays, maxDate, minDate } from './calendar';
import { Random } from './random';

const moods = [
  'Tư tưởng cán bộ, đảng viên trong Đảng bộ ổn định; đồng tình với các chủ trương của Trung ương và của Đảng ủy cấp trên.',
  'Cán bộ, đảng viên yên tâm công tác, đoàn kết nội bộ tốt; tập trung hoàn thành nhiệm vụ chuyên môn.',
  'Nhìn chung ổn định; một bộ phận đảng viên còn băn khoăn về sắp xếp tổ chức bộ máy nhưng chấp hành nghiêm sự phân công.',
  'Đảng viên phấn khởi trước kết quả phát triển kinh tế - xã hội; quan tâm theo dõi tình hình thời sự trong nước và quốc tế.',
  'Tư tưởng ổn định; các chi bộ nắm bắt kịp thời tâm tư của đảng viên, không có vấn đề phức tạp phát sinh.',
];

const opinions: Array<{ content: string; proposal: string | null }> = [
  {
    content: 'Cán bộ quan tâm phương án nhân sự sau khi hợp nhất các ban chuyên môn.',
    proposal: 'Sớm thông tin phương án nhân sự tại hội nghị cán bộ.',
  },
  {
    content: 'Đảng viên hưu trí phản ánh giá điện, thực phẩm tăng ảnh hưởng đến đời sống.',
    proposal: null,
  },
  {
    content: 'Dư luận đồng tình với việc xử lý nghiêm các vụ án tham nhũng, lãng phí thời gian qua.',
    proposal: 'Tiếp tục công khai kết quả xử lý để tạo đồng thuận.',
  },
  {
    content: 'Một số đảng viên cao tuổi gặp khó khăn khi dùng Sổ tay đảng viên điện tử.',
    proposal: 'Các chi bộ cử đảng viên trẻ hướng dẫn trực tiếp.',
  },
  {
    content: 'Xuất hiện cuộc gọi lừa đảo giả danh cơ quan công an nhắm vào cán bộ hưu trí.',
    proposal: 'Phối hợp Công an phường tuyên truyền cách nhận biết.',
  },
];

const issueTexts = [
  'Tiếp tục nắm bắt tư tưởng đảng viên trẻ trong thời gian sắp xếp tổ chức.',
  'Định hướng thông tin trên mạng xã hội, phòng ngừa tin giả, tin xấu độc.',
];

/** Now and then an opinion or two; most weeks none stands out. */
function opinionRows(rng: Random): TableValue {
  const n = rng.pick([0, 0, 0, 1, 1, 2]);
  const rows: TableValue = [];
  for (const item of new Set(Array.from({ length: n }, () => rng.pick(opinions))))
    rows.push({ cells: { theme: null, content: item.content, proposal: item.proposal } });
  return rows;
}

const at = (day: string, time: string) => new Date(`${day}T${time}+07:00`);

/**
 * The committee's weekly ideological-situation reports (TT-DU) of the weeks past, as a committee that keeps up:
 * made by the committee's office and sent (a few a day or two late), accepted by the superior committee; the
 * newest of them still waiting for review, and the last finished week (and the current one) left to send.
 * Written through the reports service; only the days are then set back to when they happened (the service
 * stamps today).
 */
export async function seedCommitteeWeekly(
  w: Writer,
  options: { seed: string; today: string; committeeId: string; superiorId: string; userId?: string },
): Promise<Record<string, number>> {
  const { today } = options;
  const [form] = await w.tx.select().from(reportForms).where(eq(reportForms.code, 'TT-DU'));
  const committee = await reportUnit(w.tx, options.committeeId);
  const superior = await reportUnit(w.tx, options.superiorId);
  if (!form || !committee || !superior) return {};
  const rng = Random.of(options.seed, 'committee-weekly');
  const office: Writer = options.userId
    ? { ...w, ctx: { ...w.ctx, actor: { id: options.userId, username: 'committee' } } }
    : w;
  const own: ReportAccess = {
    read: { subtrees: [committee.path], exact: [] },
    write: { subtrees: [committee.path], exact: [] },
    grants: [{ role: 'committee', unitId: committee.id, unitName: committee.name, path: committee.path }],
  };
  const above: ReportAccess = {
    read: { subtrees: [superior.path], exact: [] },
    write: { subtrees: [superior.path], exact: [] },
    grants: [{ role: 'admin', unitId: superior.id, unitName: superior.name, path: superior.path }],
  };
  const finished = openedPeriods(form, today, 53)
    .filter(({ period }) => period.end < today)
    .reverse();
  // The last finished week stays to be sent; the one before waits for the superior's review.
  const weeks = finished.slice(0, -1);
  let reports = 0;
  for (const [index, { period, window }] of weeks.entries()) {
    const waiting = index === weeks.length - 1;
    const id = await openSubmission(office, form, committee, period.key, today);
    let row = await checkedSubmission(w.tx, own, id, 'write');
    const members = typeof row.values.members === 'number' ? row.values.members : rng.int(400, 800);
    await saveSubmission(office, row, {
      ...row.values,
      members,
      concerned: rng.chance(0.3) ? rng.int(1, 4) : 0,
      mood: rng.pick(moods),
      opinions: opinionRows(rng),
      issues: rng.chance(0.2) ? rng.pick(issueTexts) : null,
      proposals: null,
    });
    row = await checkedSubmission(w.tx, own, id, 'write');
    await submitSubmission(office, own, row, null, today);
    const late = !waiting && rng.chance(0.08);
    const sentOn = minDate(
      late
        ? addDays(window.dueOn, rng.int(1, 2))
        : maxDate(addDays(window.dueOn, -rng.int(0, 2)), window.opensOn),
      today,
    );
    const sentAt = at(sentOn, late ? '10:30:00' : '16:00:00');
    let reviewedAt: Date | null = null;
    if (!waiting) {
      row = await checkedSubmission(w.tx, above, id, 'write');
      await reviewSubmission(w, above, row, 'accepted', null);
      reviewedAt = at(minDate(addDays(sentOn, rng.int(1, 3)), today), '09:00:00');
    }
    await w.tx
      .update(reportSubmissions)
      .set({
        sentOn,
        sentAt,
        onTime: sentOn <= window.dueOn,
        reviewedAt,
        createdAt: sentAt,
        updatedAt: sentAt,
      })
      .where(eq(reportSubmissions.id, id));
    const events = (kind: 'submitted' | 'accepted') =>
      and(eq(reportSubmissionEvents.submissionId, id), eq(reportSubmissionEvents.kind, kind));
    await w.tx.update(reportSubmissionEvents).set({ at: sentAt }).where(events('submitted'));
    if (reviewedAt)
      await w.tx.update(reportSubmissionEvents).set({ at: reviewedAt }).where(events('accepted'));
    reports += 1;
  }
  return { committeeWeeklyReports: reports };
}
