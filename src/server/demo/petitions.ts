import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../db/client';
import { todayIso } from '../modules/org/calendar';
import { petitionUnit } from '../modules/org/for-petitions';
import {
  classifyPetition,
  createPetition,
  forwardPetition,
  recordPetitionAnswer,
  replyToPetition,
} from '../modules/programs/petition-service';
import { petitions } from '../modules/programs/schema';
import type { Writer } from '../platform/mutate';
import { addDays } from './calendar';

type Outcome =
  | { stage: 'received'; ago: number }
  | { stage: 'handling'; ago: number; note?: string }
  | { stage: 'beyond'; ago: number }
  | { stage: 'forwarded'; ago: number; to: string; answer?: string }
  | { stage: 'resolved'; ago: number; reply: string; took: number; via?: { to: string; answer: string } };

interface DemoPetition {
  kind: 'proposal' | 'recommendation';
  subject: string;
  content: string;
  /** Sent by the demo member in their own name (from Chi bộ Văn phòng). */
  asMember?: boolean;
  outcome: Outcome;
}

const quanUy = 'Ban Tổ chức Thành ủy';

const demoPetitions: DemoPetition[] = [
  {
    kind: 'proposal',
    subject: 'Đề nghị sửa chữa phòng sinh hoạt chi bộ',
    content:
      'Phòng họp dùng cho sinh hoạt chi bộ bị dột mái, thiếu bàn ghế. Chi bộ đề nghị Đảng ủy bố trí kinh phí sửa chữa trước đợt sinh hoạt chuyên đề quý tới.',
    outcome: { stage: 'handling', ago: 12, note: 'Giao Văn phòng Đảng ủy làm việc với bộ phận quản trị.' },
  },
  {
    kind: 'recommendation',
    subject: 'Kiến nghị xét tặng Huy hiệu 50 năm tuổi Đảng cho đồng chí đảng viên lão thành',
    content:
      'Đồng chí đảng viên lão thành của chi bộ đủ 50 năm tuổi Đảng vào dịp 19/5 năm nay. Chi bộ kiến nghị Đảng ủy làm thủ tục đề nghị cấp trên xét tặng Huy hiệu.',
    outcome: { stage: 'forwarded', ago: 40, to: quanUy },
  },
  {
    kind: 'proposal',
    subject: 'Đề nghị cấp bổ sung tài liệu học tập Nghị quyết',
    content:
      'Chi bộ có 6 đảng viên mới kết nạp chưa có tài liệu học tập các nghị quyết của Trung ương. Đề nghị Văn phòng Đảng ủy cấp bổ sung.',
    outcome: {
      stage: 'resolved',
      ago: 35,
      took: 9,
      reply: 'Văn phòng Đảng ủy đã cấp 6 bộ tài liệu; chi bộ cử đồng chí đến nhận tại Văn phòng.',
    },
  },
  {
    kind: 'recommendation',
    subject: 'Kiến nghị hướng dẫn mức đóng đảng phí của đảng viên nghỉ hưu có thu nhập khác',
    content:
      'Một số đảng viên nghỉ hưu có thêm thu nhập từ hợp đồng chuyên gia. Chi bộ kiến nghị cấp trên hướng dẫn cách tính đảng phí cho thống nhất.',
    outcome: {
      stage: 'resolved',
      ago: 70,
      took: 41,
      via: {
        to: 'Văn phòng Thành ủy',
        answer:
          'Thực hiện theo Quyết định 342-QĐ/TW: đảng phí tính trên lương hưu và thu nhập thường xuyên khác.',
      },
      reply: 'Đảng ủy đã nhận hướng dẫn của Văn phòng Thành ủy và gửi văn bản hướng dẫn tới các chi bộ.',
    },
  },
  {
    kind: 'proposal',
    subject: 'Đề nghị tổ chức lớp bồi dưỡng nghiệp vụ cho bí thư chi bộ mới',
    content:
      'Nhiệm kỳ này chi bộ có bí thư mới. Đề nghị Đảng ủy mở lớp bồi dưỡng nghiệp vụ công tác đảng (ghi biên bản, quản lý đảng viên, thu đảng phí).',
    outcome: { stage: 'received', ago: 48 },
  },
  {
    kind: 'recommendation',
    subject: 'Kiến nghị về chế độ phụ cấp cho cấp ủy viên chi bộ',
    content: 'Chi bộ kiến nghị cấp trên xem xét chế độ phụ cấp trách nhiệm cho cấp ủy viên chi bộ cơ sở.',
    outcome: { stage: 'beyond', ago: 20 },
  },
  {
    kind: 'proposal',
    subject: 'Đề nghị được sinh hoạt ghép với chi bộ Ban Tuyên huấn trong thời gian sửa chữa trụ sở',
    content:
      'Trụ sở đơn vị sửa chữa 3 tháng. Chi bộ đề nghị Đảng ủy cho sinh hoạt tạm thời tại phòng họp của Ban Tuyên huấn.',
    outcome: {
      stage: 'resolved',
      ago: 25,
      took: 5,
      reply: 'Đảng ủy đồng ý; Ban Tuyên huấn bố trí phòng họp sáng thứ Năm tuần đầu tháng.',
    },
  },
  {
    kind: 'recommendation',
    subject: 'Kiến nghị đơn giản hóa mẫu báo cáo kiểm điểm cuối năm',
    content: 'Mẫu báo cáo kiểm điểm hiện dài, trùng lặp. Chi bộ kiến nghị Thành ủy xem xét đơn giản hóa.',
    outcome: {
      stage: 'forwarded',
      ago: 75,
      to: 'Ban Tổ chức Thành ủy',
      answer: 'Thành ủy sẽ xem xét khi ban hành hướng dẫn kiểm điểm năm sau.',
    },
  },
  {
    kind: 'proposal',
    subject: 'Đề nghị khen thưởng chi bộ hoàn thành xuất sắc nhiệm vụ 5 năm liền',
    content:
      'Chi bộ 5 năm liền được đánh giá hoàn thành xuất sắc nhiệm vụ. Đề nghị Đảng ủy xem xét tặng giấy khen.',
    outcome: { stage: 'received', ago: 6 },
  },
  {
    kind: 'proposal',
    subject: 'Đề nghị được dùng phần mềm để điểm danh sinh hoạt chi bộ',
    content:
      'Đề nghị Đảng ủy hướng dẫn các chi bộ dùng mã QR điểm danh trong sinh hoạt định kỳ để giảm ghi chép.',
    asMember: true,
    outcome: { stage: 'handling', ago: 33 },
  },
  {
    kind: 'recommendation',
    subject: 'Kiến nghị tổ chức gặp mặt đảng viên lão thành nhân ngày thành lập Đảng',
    content:
      'Đề nghị Đảng ủy tổ chức gặp mặt, tặng quà các đồng chí đảng viên 40, 50 năm tuổi Đảng nhân dịp 3/2.',
    asMember: true,
    outcome: {
      stage: 'resolved',
      ago: 90,
      took: 14,
      reply: 'Đảng ủy đã tổ chức gặp mặt ngày 02/02 tại hội trường cơ quan.',
    },
  },
  {
    kind: 'proposal',
    subject: 'Đề nghị bổ sung kinh phí hoạt động chi bộ từ đảng phí được trích giữ lại',
    content: 'Chi bộ đề nghị được giữ lại tỷ lệ đảng phí theo quy định để chi cho hoạt động của chi bộ.',
    outcome: { stage: 'received', ago: 64 },
  },
];

/**
 * The register of the reference committee mid-year: petitions from several cells in every state, some open for
 * weeks, written through the petitions service as the demo users would (the member's own, the secretary's for
 * Chi bộ Văn phòng, the others in their cells' names).
 */
export async function seedPetitions(
  w: Writer,
  options: { today: string; committeeId: string; officeCellId: string; publicUrl: string },
): Promise<Record<string, number>> {
  // The service refuses dates after the real today: a demo drawn for a later day goes without petitions.
  if (options.today > todayIso()) return {};
  const to = await petitionUnit(w.tx, options.committeeId);
  if (!to) return {};
  const cells = await queryRows<{ id: string }>(
    w.tx,
    sql`select id from org_units where kind = 'cell' and dissolved_on is null
      and path <@ ${to.path}::ltree and id <> ${options.officeCellId} order by code limit 6`,
  );
  const signIns = await queryRows<{
    id: string;
    username: string;
    member_id: string | null;
    full_name: string | null;
  }>(
    w.tx,
    sql`select u.id, u.username, m.id as member_id, m.full_name from users u
      left join members m on m.user_id = u.id where u.username in ('committee', 'secretary', 'member')`,
  );
  const user = (name: string) => signIns.find((s) => s.username === name);
  const as = (name: string): Writer => {
    const u = user(name);
    return u ? { ...w, ctx: { ...w.ctx, actor: { id: u.id, username: u.username } } } : w;
  };
  const committee = as('committee');
  const url = options.publicUrl;
  let n = 0;
  for (const [index, p] of demoPetitions.entries()) {
    const fromId =
      p.asMember || index % 3 === 0 ? options.officeCellId : cells[index % Math.max(cells.length, 1)]?.id;
    const from = fromId ? await petitionUnit(w.tx, fromId) : null;
    if (!from) continue;
    const member = user('member');
    const sender = p.asMember ? as('member') : from.id === options.officeCellId ? as('secretary') : w;
    const receivedOn = addDays(options.today, -p.outcome.ago);
    const id = await createPetition(
      sender,
      {
        body: {
          kind: p.kind,
          fromUnitId: from.id,
          toUnitId: to.id,
          asMember: !!p.asMember,
          subject: p.subject,
          content: p.content,
        },
        from,
        to,
        memberId: p.asMember ? (member?.member_id ?? null) : null,
        senderName: p.asMember ? `Đảng viên ${member?.full_name ?? ''} (${from.name})` : from.name,
      },
      url,
      receivedOn,
    );
    n += 1;
    const o = p.outcome;
    if (o.stage === 'received') continue;
    const row = async () => {
      const [current] = await w.tx.select().from(petitions).where(eq(petitions.id, id));
      if (!current) throw new Error('petition vanished');
      return current;
    };
    const classifiedOn = addDays(receivedOn, 2);
    const beyond = o.stage === 'beyond' || o.stage === 'forwarded' || (o.stage === 'resolved' && !!o.via);
    await classifyPetition(
      committee,
      await row(),
      {
        authority: beyond ? 'beyond' : 'within',
        note: o.stage === 'handling' ? (o.note ?? null) : null,
        version: 1,
      },
      url,
      classifiedOn,
    );
    if (o.stage === 'handling' || o.stage === 'beyond') continue;
    const to2 = o.stage === 'forwarded' ? o.to : o.via?.to;
    const answer = o.stage === 'forwarded' ? o.answer : o.via?.answer;
    if (to2) {
      const forwardedOn = addDays(receivedOn, 5);
      await forwardPetition(committee, await row(), { forwardedTo: to2, forwardedOn, version: 2 }, url);
      if (answer)
        await recordPetitionAnswer(
          committee,
          await row(),
          { answer, answeredOn: addDays(forwardedOn, o.stage === 'resolved' ? o.took - 8 : 30), version: 3 },
          url,
        );
    }
    if (o.stage === 'resolved') {
      const current = await row();
      await replyToPetition(
        committee,
        current,
        { reply: o.reply, repliedOn: addDays(receivedOn, o.took), version: current.version },
        url,
      );
    }
  }
  return { petitions: n };
}
