import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import { todayIso } from '../modules/org/calendar';
import { units } from '../modules/org/schema';
import { tasks } from '../modules/programs/schema';
import { addConclusion } from '../modules/programs/session-conclusions';
import { createSession } from '../modules/programs/session-service';
import type { TaskAccess } from '../modules/programs/task-access';
import { reportProgress } from '../modules/programs/task-reports';
import type { TaskEnv } from '../modules/programs/task-service';
import type { Scope } from '../platform/access/grants';
import type { Writer } from '../platform/mutate';
import { SUPERIOR_NAME } from './reference';

interface DemoConclusion {
  text: string;
  /** Cells by index among the committee's cells (0 is the office cell), the deadline in days after the session. */
  tasks: Array<{ cell: number; days: number; progress?: number; note?: string }>;
}

interface DemoSession {
  /** Held on this date, or this many days before today when the date is still ahead. */
  heldOn: string;
  daysAgo: number;
  topic: string;
  place: string;
  theirs: Array<{ name: string; title: string }>;
  ours: Array<{ name: string; title: string }>;
  reportSummary: string;
  discussionHtml: string;
  conclusions: DemoConclusion[];
}

const superior = `Ban Thường vụ ${SUPERIOR_NAME}`;
const ours = [
  { name: 'Nguyễn Thị Hồng Vân', title: 'Bí thư Đảng ủy' },
  { name: 'Trần Thị Thu Hoài', title: 'Chánh Văn phòng Đảng ủy' },
  { name: 'Lê Văn Thắng', title: 'Bí thư Chi bộ Văn phòng' },
];

const demoSessions: DemoSession[] = [
  {
    heldOn: '2026-04-16',
    daysAgo: 200,
    topic: 'Kết quả lãnh đạo thực hiện Nghị quyết số 57-NQ/TW và công tác xây dựng Đảng quý I năm 2026',
    place: 'Phòng họp tầng 5, trụ sở Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
    theirs: [
      { name: 'Hoàng Minh Đức', title: 'Phó Bí thư Thường trực Đảng ủy' },
      { name: 'Vũ Thị Lan Anh', title: 'Trưởng Ban Tổ chức Đảng ủy' },
    ],
    ours,
    reportSummary:
      'Đảng ủy báo cáo kết quả học tập, quán triệt Nghị quyết 57-NQ/TW (100% chi bộ đã tổ chức học tập), việc xây dựng kế hoạch chuyển đổi số của các chi bộ và công tác phát triển đảng viên quý I.',
    discussionHtml:
      '<p>Đồng chí Phó Bí thư Thường trực ghi nhận Đảng ủy đã triển khai nghiêm túc việc học tập Nghị quyết 57-NQ/TW.</p><ul><li>Một số chi bộ chưa cụ thể hóa kế hoạch bằng chỉ tiêu đo được.</li><li>Chất lượng sinh hoạt chuyên đề chưa đều.</li></ul>',
    conclusions: [
      {
        text: 'Các chi bộ cụ thể hóa kế hoạch thực hiện Nghị quyết 57-NQ/TW bằng chỉ tiêu, sản phẩm và thời hạn cụ thể, gửi Văn phòng Đảng ủy.',
        tasks: [
          { cell: 0, days: 45, progress: 100, note: 'Đã gửi kế hoạch có 6 chỉ tiêu, 4 sản phẩm.' },
          { cell: 1, days: 45, progress: 100, note: 'Kế hoạch đã được chi bộ thông qua ngày 20/5.' },
          { cell: 2, days: 45, progress: 60, note: 'Đang hoàn thiện phụ lục chỉ tiêu.' },
        ],
      },
      {
        text: 'Nâng cao chất lượng sinh hoạt chuyên đề; mỗi quý ít nhất một chuyên đề về khoa học, công nghệ và chuyển đổi số.',
        tasks: [
          { cell: 0, days: 75, progress: 100, note: 'Đã sinh hoạt chuyên đề "Chuyển đổi số trong cơ quan".' },
          { cell: 3, days: 75, progress: 30 },
        ],
      },
      {
        text: 'Rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2025-2030 ở các chi bộ còn thiếu nguồn.',
        tasks: [{ cell: 4, days: 90 }],
      },
      {
        text: 'Văn phòng Đảng ủy đưa toàn bộ hồ sơ đảng viên lên Đảng bộ số trước quý III năm 2026.',
        tasks: [{ cell: 0, days: 100, progress: 100, note: 'Đã cập nhật đủ 787 hồ sơ đảng viên.' }],
      },
    ],
  },
  {
    heldOn: '2026-10-08',
    daysAgo: 40,
    topic: 'Công tác kiểm tra, giám sát và chuẩn bị tổng kết công tác xây dựng Đảng năm 2026',
    place: 'Hội trường Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương',
    theirs: [
      { name: 'Hoàng Minh Đức', title: 'Phó Bí thư Thường trực Đảng ủy' },
      { name: 'Đỗ Quang Huy', title: 'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy' },
    ],
    ours,
    reportSummary:
      'Đảng ủy báo cáo kết quả thực hiện chương trình kiểm tra, giám sát năm 2026 theo Quy định 22-QĐ/TW và tiến độ chuẩn bị đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên.',
    discussionHtml:
      '<p>Đoàn công tác đề nghị tập trung giám sát việc thực hiện kết luận của các buổi làm việc trước và việc phân loại đảng viên cuối năm.</p>',
    conclusions: [
      {
        text: 'Hoàn thành kiểm tra chi bộ khi có dấu hiệu vi phạm theo chương trình năm; báo cáo kết quả về Ủy ban Kiểm tra Đảng ủy cấp trên.',
        tasks: [
          { cell: 1, days: 30, progress: 50, note: 'Đã thành lập đoàn kiểm tra, đang làm việc với chi bộ.' },
          { cell: 5, days: 30 },
        ],
      },
      {
        text: 'Các chi bộ tổ chức kiểm điểm, đánh giá, xếp loại đảng viên năm 2026 đúng hướng dẫn, xong trước ngày 15/12/2026.',
        tasks: [
          { cell: 0, days: 68, progress: 20 },
          { cell: 2, days: 68 },
          { cell: 3, days: 68 },
        ],
      },
      {
        text: 'Rà soát việc thực hiện các kết luận của buổi làm việc tháng 4/2026, làm rõ nội dung còn chậm.',
        tasks: [{ cell: 0, days: 20, progress: 100, note: 'Đã rà soát, còn 2 nội dung chưa xong.' }],
      },
    ],
  },
];

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * Two working sessions of the superior committee with the reference committee, written through the
 * sessions and tasks services: their conclusions give tasks to several cells, some reported on or done.
 */
export async function seedWorkingSessions(
  w: Writer,
  options: {
    committeeId: string;
    committeePath: string;
    officeCellId: string;
    userId: string;
    today: string;
    publicUrl: string;
  },
): Promise<Record<string, number>> {
  // The service refuses sessions after the real today: a demo drawn for a later day has none.
  if (options.today > todayIso()) return {};
  const scope: Scope = { subtrees: [options.committeePath], exact: [] };
  const access: TaskAccess = { read: scope, write: scope, userId: options.userId, memberId: null };
  const env: TaskEnv = { today: options.today, publicUrl: options.publicUrl };
  const others = await w.tx
    .select({ id: units.id })
    .from(units)
    .where(
      and(
        eq(units.parentId, options.committeeId),
        eq(units.kind, 'cell'),
        isNull(units.dissolvedOn),
        ne(units.id, options.officeCellId),
      ),
    )
    .orderBy(asc(units.sortKey))
    .limit(5);
  const cells = [options.officeCellId, ...others.map((c) => c.id)];
  let sessionCount = 0;
  let conclusionCount = 0;
  let taskCount = 0;
  for (const s of demoSessions) {
    const heldOn = s.heldOn < options.today ? s.heldOn : addDays(options.today, -s.daysAgo);
    const session = await createSession(w, {
      unitId: options.committeeId,
      heldOn,
      superiorName: superior,
      topic: s.topic,
      place: s.place,
      theirParticipants: s.theirs,
      ourParticipants: s.ours,
      reportSummary: s.reportSummary,
      discussionHtml: s.discussionHtml,
    });
    sessionCount++;
    let version = session.version;
    for (const c of s.conclusions) {
      const rows = c.tasks.filter((t) => cells[t.cell]);
      const conclusionId = await addConclusion(w, access, env, session.id, {
        text: c.text,
        tasks: rows.map((t) => ({ assigneeUnitId: cells[t.cell] as string, dueOn: addDays(heldOn, t.days) })),
        version: version++,
      });
      conclusionCount++;
      const given = await w.tx
        .select({ id: tasks.id, unitId: tasks.assigneeUnitId, version: tasks.version })
        .from(tasks)
        .where(eq(tasks.sourceItemId, conclusionId));
      taskCount += given.length;
      for (const t of rows) {
        const task = given.find((g) => g.unitId === cells[t.cell]);
        // Reported a few days before the deadline (today at the latest), as a cell on time would.
        const reportedOn = [addDays(heldOn, t.days - 5), options.today].sort()[0] as string;
        if (task && t.progress)
          await reportProgress(
            w,
            access,
            task.id,
            { progress: t.progress, note: t.note ?? null, version: task.version },
            { ...env, today: reportedOn },
          );
      }
    }
  }
  return {
    working_sessions: sessionCount,
    working_session_conclusions: conclusionCount,
    session_tasks: taskCount,
  };
}
