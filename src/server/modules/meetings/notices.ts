import { vnDateOf, vnTimeOf } from '../../../domain/meeting-rules';
import type { Writer } from '../../platform/mutate';
import { notify } from '../../platform/notifications/service';
import { displayDate } from '../org/calendar';
import type { MeetingRow } from './meeting-row';

const kindNames: Record<MeetingRow['kind'], string> = {
  regular: 'Sinh hoạt thường kỳ',
  thematic: 'Sinh hoạt chuyên đề',
  combined: 'Sinh hoạt thường kỳ kết hợp chuyên đề',
  extraordinary: 'Sinh hoạt bất thường',
};

export const meetingKindName = (kind: MeetingRow['kind']) => kindNames[kind];

/** "19:30 ngày 05/03/2026" */
export const whenOf = (instant: Date) => `${vnTimeOf(instant)} ngày ${displayDate(vnDateOf(instant))}`;

const whereOf = (m: MeetingRow) => [m.place, m.onlineLink].filter(Boolean).join(' — ') || 'chưa ghi địa điểm';

/** Tells those called (and the superior committee) that a meeting was scheduled or moved. */
export async function noticeScheduled(
  w: Writer,
  meeting: MeetingRow,
  unitName: string,
  userIds: string[],
  publicUrl: string,
  moved = false,
) {
  const title = `${moved ? 'Đổi lịch' : 'Lịch'} ${meetingKindName(meeting.kind).toLowerCase()}: ${unitName}, ${whenOf(meeting.startsAt)}`;
  const body = [
    `${meetingKindName(meeting.kind)} của ${unitName}${meeting.topic ? ` — chuyên đề «${meeting.topic}»` : ''}.`,
    `Thời gian: ${whenOf(meeting.startsAt)} đến ${vnTimeOf(meeting.endsAt)}.`,
    `Địa điểm: ${whereOf(meeting)}.`,
  ].join('\n');
  await notify(
    w,
    userIds,
    { kind: moved ? 'meeting.moved' : 'meeting.scheduled', title, body, link: `/meetings/${meeting.id}` },
    publicUrl,
  );
}

export async function noticeDocument(
  w: Writer,
  meeting: MeetingRow,
  unitName: string,
  fileName: string,
  late: boolean,
  userIds: string[],
  publicUrl: string,
) {
  await notify(
    w,
    userIds,
    {
      kind: 'meeting.document',
      title: `Tài liệu sinh hoạt ${unitName}, ${whenOf(meeting.startsAt)}: ${fileName}`,
      body: `Tài liệu «${fileName}» đã được gửi cho buổi sinh hoạt lúc ${whenOf(meeting.startsAt)}.${
        late ? '\nTài liệu gửi muộn: chưa đủ 1 ngày trước buổi sinh hoạt.' : ''
      }`,
      link: `/meetings/${meeting.id}`,
    },
    publicUrl,
  );
}

export async function noticeCancelled(
  w: Writer,
  meeting: MeetingRow,
  unitName: string,
  userIds: string[],
  publicUrl: string,
) {
  await notify(
    w,
    userIds,
    {
      kind: 'meeting.cancelled',
      title: `Hủy lịch sinh hoạt ${unitName}, ${whenOf(meeting.startsAt)}`,
      body: `Buổi sinh hoạt lúc ${whenOf(meeting.startsAt)} đã bị hủy. Lý do: ${meeting.cancelReason ?? ''}`,
      link: `/meetings/${meeting.id}`,
    },
    publicUrl,
  );
}
