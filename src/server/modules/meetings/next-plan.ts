import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { draftPlan } from '../../../contracts/meetings';
import { vnDateOf, vnInstant, vnTimeOf } from '../../../domain/meeting-rules';
import { addMonths } from '../../../domain/working-days';
import type { Tx } from '../../db/client';
import type { MeetingRow } from './meeting-row';
import { meetingConclusions } from './schema';

/**
 * Next month's plan drafted from a meeting (DOMAIN.md §4: the agenda reviews last month and sets the next):
 * a regular meeting a month on at the same time and place, its agenda opening with the review of the
 * conclusions — each one an item prepared by its owner — and closing with next month's tasks.
 */
export async function nextPlanOf(tx: Tx, meeting: MeetingRow): Promise<z.infer<typeof draftPlan>> {
  const conclusions = await tx
    .select()
    .from(meetingConclusions)
    .where(eq(meetingConclusions.meetingId, meeting.id))
    .orderBy(asc(meetingConclusions.position));
  const day = addMonths(vnDateOf(meeting.startsAt), 1);
  return {
    unitId: meeting.unitId,
    bodyId: meeting.bodyId,
    kind: meeting.kind === 'thematic' ? 'thematic' : 'regular',
    topic: null,
    startsAt: vnInstant(day, vnTimeOf(meeting.startsAt)).toISOString(),
    endsAt: vnInstant(day, vnTimeOf(meeting.endsAt)).toISOString(),
    place: meeting.place,
    onlineLink: meeting.onlineLink,
    chairMemberId: meeting.chairMemberId,
    minuteTakerMemberId: meeting.minuteTakerMemberId,
    agenda: [
      { title: 'Kiểm điểm việc thực hiện nghị quyết, kết luận tháng trước' },
      ...conclusions.map((c) => ({
        title: c.text,
        preparedByMemberId: c.ownerMemberId,
        preparation: c.ownerMemberId ? 'Báo cáo kết quả thực hiện' : null,
        dueOn: c.dueOn,
      })),
      { title: 'Thông tin thời sự, tình hình đơn vị; phương hướng, nhiệm vụ tháng tới' },
    ],
    draftedFromId: meeting.id,
  };
}
