import type { Writer } from '../../platform/mutate';
import { notify } from '../../platform/notifications/service';
import { displayDate, todayIso } from '../org/calendar';
import type { StudyDocument } from './study-access';

type Named = Pick<StudyDocument, 'numberText' | 'summary'>;

/** "42-CT/TW — Về tăng cường …" */
const documentLabel = (doc: Named) => (doc.numberText ? `${doc.numberText} — ${doc.summary}` : doc.summary);

/** Tells the secretaries of newly assigned cells what to study and by when. */
export async function noticeAssigned(
  w: Writer,
  userIds: string[],
  doc: Named,
  unitName: string,
  assignmentId: string,
  body: { dueOn: string; note?: string | null },
  publicUrl: string,
) {
  await notify(
    w,
    userIds,
    {
      kind: 'study.assigned',
      title: `Học tập, quán triệt: ${documentLabel(doc)}`,
      body: [
        `${unitName} giao chi bộ tổ chức học tập, quán triệt văn bản ${documentLabel(doc)}.`,
        `Thời hạn: ${displayDate(body.dueOn)}.`,
        ...(body.note ? [body.note] : []),
        'Sau buổi học tập, hãy ghi nhận kết quả và gửi kế hoạch thực hiện.',
      ].join('\n'),
      link: `/study/${assignmentId}`,
    },
    publicUrl,
  );
}

/** Reminds cells not done and members who have not read. */
export async function noticeReminder(
  w: Writer,
  userIds: string[],
  doc: Named,
  assignment: { id: string; dueOn: string; unitName: string },
  publicUrl: string,
) {
  const overdue = assignment.dueOn < todayIso();
  await notify(
    w,
    userIds,
    {
      kind: 'study.reminder',
      title: `Nhắc học tập, quán triệt: ${documentLabel(doc)}`,
      body: [
        `${assignment.unitName} nhắc: văn bản ${documentLabel(doc)} ${
          overdue ? 'đã quá thời hạn học tập' : 'cần hoàn thành học tập trước'
        } ${displayDate(assignment.dueOn)}.`,
        'Chi bộ chưa học tập hãy tổ chức và ghi nhận kết quả; đảng viên hãy đọc và xác nhận đã đọc văn bản.',
      ].join('\n'),
      link: `/study/${assignment.id}`,
    },
    publicUrl,
  );
}
