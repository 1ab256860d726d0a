import type { FollowUpReport } from '../../../contracts/working-sessions';
import { shortDate } from '../../../domain/document-dates';
import type { PageMarginsMm, PartyBlock } from '../../platform/docx/party-document';
import { renderPartyDocument } from '../../platform/docx/party-document';

type ReportTask = FollowUpReport['conclusions'][number]['tasks'][number];

export interface FollowUpWordSource {
  report: FollowUpReport;
  /** The committee above the session's unit, for the heading. */
  superiorOfUnit: string | null;
  place: string;
  margins?: PageMarginsMm;
}

const statusText = (t: ReportTask) => {
  if (t.status === 'done') return t.late ? 'Hoàn thành (chậm)' : 'Hoàn thành';
  if (t.status === 'cancelled') return 'Đã hủy';
  return t.overdue ? 'Quá hạn' : 'Đang thực hiện';
};

const who = (t: ReportTask) =>
  t.assigneeMember ? `${t.assigneeUnit.name} (đồng chí ${t.assigneeMember.name})` : t.assigneeUnit.name;

const result = (t: ReportTask) => `${t.progress}% — ${statusText(t)}${t.lastNote ? `. ${t.lastNote}` : ''}`;

function conclusionBlocks(c: FollowUpReport['conclusions'][number]): PartyBlock[] {
  const head: PartyBlock = { kind: 'paragraph', lead: `${c.position}.`, text: c.text };
  if (c.tasks.length === 0)
    return [head, { kind: 'paragraph', text: 'Chưa giao nhiệm vụ cụ thể.', italic: true }];
  return [
    head,
    {
      kind: 'table',
      header: ['STT', 'Nhiệm vụ', 'Đơn vị, người thực hiện', 'Thời hạn', 'Tiến độ, kết quả'],
      widths: [7, 33, 22, 13, 25],
      // A task named by its conclusion's own words need not repeat them.
      rows: c.tasks.map((t, i) => [
        String(i + 1),
        t.title === c.text ? 'Theo nội dung kết luận' : t.title,
        who(t),
        shortDate(t.dueOn),
        result(t),
      ]),
    },
  ];
}

function remainingBlocks(report: FollowUpReport): PartyBlock[] {
  const open = report.conclusions.flatMap((c) =>
    c.tasks.filter((t) => t.status === 'open').map((t) => ({ t, position: c.position })),
  );
  if (open.length === 0)
    return [
      { kind: 'paragraph', text: 'Các nhiệm vụ theo kết luận của buổi làm việc đã được thực hiện xong.' },
    ];
  return open.map(({ t, position }) => ({
    kind: 'paragraph' as const,
    text: `- ${t.title} (kết luận ${position}; ${who(t)}): thời hạn ${shortDate(t.dueOn)}, đạt ${t.progress}%${
      t.overdue ? ', đã quá hạn' : ''
    }.`,
  }));
}

/**
 * The follow-up report in Party layout: the unit reports to the superior committee what was done of each
 * conclusion of the session (I), what remains or is late (II), and leaves the proposals (III) to be written.
 */
export function followUpWord(source: FollowUpWordSource): Promise<Buffer> {
  const { report } = source;
  const s = report.session;
  const heldOn = shortDate(s.heldOn);
  const { tasks, done, overdue } = report.totals;
  const running = report.conclusions.flatMap((c) => c.tasks).filter((t) => t.status === 'open' && !t.overdue);
  return renderPartyDocument({
    superior: source.superiorOfUnit ?? undefined,
    issuer: s.unit.name,
    place: source.place,
    date: report.asOf,
    title: 'BÁO CÁO',
    subject: `Kết quả thực hiện kết luận của ${s.superiorName} tại buổi làm việc ngày ${heldOn}`,
    margins: source.margins,
    body: [
      {
        kind: 'paragraph',
        text: `Ngày ${heldOn}, ${s.superiorName} làm việc với ${s.unit.name} về ${s.topic}. Buổi làm việc kết luận ${report.conclusions.length} nội dung, giao ${tasks} nhiệm vụ. ${s.unit.name} báo cáo kết quả thực hiện đến ngày ${shortDate(report.asOf)} như sau:`,
      },
      { kind: 'paragraph', text: 'I. KẾT QUẢ THỰC HIỆN CÁC KẾT LUẬN', bold: true },
      ...report.conclusions.flatMap(conclusionBlocks),
      {
        kind: 'paragraph',
        text: `Tổng cộng: ${tasks} nhiệm vụ, đã hoàn thành ${done}, quá hạn ${overdue}, đang thực hiện ${running.length}.`,
        italic: true,
      },
      { kind: 'paragraph', text: 'II. NHỮNG NỘI DUNG CHƯA HOÀN THÀNH, QUÁ HẠN', bold: true },
      ...remainingBlocks(report),
      { kind: 'paragraph', text: 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold: true },
      { kind: 'paragraph', text: '…………………………………………………………………………' },
    ],
    recipients: [s.superiorName, 'Lưu'],
    signature: { onBehalfOf: `T/M ${s.unit.name}`, role: 'Bí thư', name: '' },
  });
}
