import { eq, sql } from 'drizzle-orm';
import type { TableValue } from '../../contracts/reports';
import { type Period, periodContaining, reportWindow, shiftPeriod } from '../../domain/report-periods';
import { queryRows } from '../db/client';
import { todayIso } from '../modules/org/calendar';
import { activeCellsUnder } from '../modules/org/cells-read';
import { reportUnit } from '../modules/org/report-units-read';
import type { ReportAccess } from '../modules/reports/report-access';
import { reportForms, reportThemes } from '../modules/reports/schema';
import { checkedSubmission } from '../modules/reports/submission-access';
import {
  openSubmission,
  reviewSubmission,
  saveSubmission,
  submitSubmission,
} from '../modules/reports/submission-service';
import { createTheme, setThemeStatus } from '../modules/reports/theme-service';
import type { Writer } from '../platform/mutate';
import { addDays, maxDate, minDate } from './calendar';
import { Random } from './random';

interface DemoTheme {
  name: string;
  description: string;
  /** How often a cell's report raises it (relative weight). */
  weight: number;
  opinions: string[];
  proposals: string[];
  handling?: { status: 'handling' | 'handled'; note: string; daysAgo?: number };
}

const demoThemes: DemoTheme[] = [
  {
    name: 'Sắp xếp, tinh gọn tổ chức bộ máy',
    description: 'Tâm tư của cán bộ, đảng viên về sắp xếp đơn vị, bố trí công việc và chế độ chính sách.',
    weight: 5,
    opinions: [
      'Một số đảng viên băn khoăn về vị trí việc làm sau khi sắp xếp, hợp nhất các ban.',
      'Cán bộ gần tuổi nghỉ hưu quan tâm chính sách nghỉ hưu trước tuổi theo Nghị định 178.',
      'Đảng viên trẻ lo lắng về cơ hội phát triển khi giảm đầu mối, giảm số lượng lãnh đạo.',
      'Còn tâm lý chờ đợi, ảnh hưởng đến tiến độ công việc chuyên môn trong thời gian chuyển tiếp.',
    ],
    proposals: [
      'Đề nghị Đảng ủy sớm thông tin phương án nhân sự để cán bộ yên tâm công tác.',
      'Tổ chức đối thoại giữa lãnh đạo cơ quan với cán bộ chịu tác động của việc sắp xếp.',
    ],
    handling: {
      status: 'handling',
      note: 'Đảng ủy giao Ban Tổ chức phối hợp với chi bộ các ban tổ chức đối thoại; thông tin phương án nhân sự tại hội nghị cán bộ.',
    },
  },
  {
    name: 'Giá cả, đời sống',
    description: 'Giá điện, xăng dầu, thực phẩm, học phí; thu nhập và đời sống của cán bộ, người lao động.',
    weight: 4,
    opinions: [
      'Giá thực phẩm, điện sinh hoạt tăng ảnh hưởng đến đời sống của cán bộ có thu nhập thấp.',
      'Đảng viên hưu trí phản ánh lương hưu chưa theo kịp mức tăng giá cả.',
      'Người lao động hợp đồng quan tâm việc điều chỉnh lương cơ sở từ 01/7.',
    ],
    proposals: ['Kiến nghị công đoàn cơ quan quan tâm hỗ trợ cán bộ có hoàn cảnh khó khăn.'],
  },
  {
    name: 'Đất đai, giải phóng mặt bằng',
    description:
      'Bồi thường, hỗ trợ tái định cư, cấp giấy chứng nhận quyền sử dụng đất nơi đảng viên cư trú.',
    weight: 3,
    opinions: [
      'Đảng viên cư trú phản ánh việc chậm chi trả tiền bồi thường dự án mở rộng đường tại phường.',
      'Nhân dân khu dân cư băn khoăn về giá đất bồi thường theo bảng giá mới.',
      'Thủ tục cấp giấy chứng nhận quyền sử dụng đất còn kéo dài.',
    ],
    proposals: ['Đề nghị Đảng ủy phản ánh với cấp ủy nơi cư trú để giải quyết dứt điểm kiến nghị của dân.'],
    handling: {
      status: 'handled',
      daysAgo: 12,
      note: 'Đảng ủy đã có văn bản gửi Quận ủy phản ánh ý kiến; Ủy ban nhân dân quận trả lời sẽ chi trả bồi thường trong quý IV.',
    },
  },
  {
    name: 'Chuyển đổi số, dịch vụ công',
    description: 'Dịch vụ công trực tuyến, định danh điện tử, ứng dụng phần mềm trong công tác đảng.',
    weight: 3,
    opinions: [
      'Cổng dịch vụ công trực tuyến đôi lúc quá tải, người dân phải nộp hồ sơ nhiều lần.',
      'Đảng viên lớn tuổi gặp khó khăn khi sử dụng ứng dụng Sổ tay đảng viên điện tử.',
      'Cán bộ đánh giá cao việc kích hoạt định danh điện tử mức 2 giúp giảm giấy tờ.',
    ],
    proposals: [
      'Đề nghị tổ chức tập huấn sử dụng Sổ tay đảng viên điện tử cho đảng viên cao tuổi.',
      'Bố trí cán bộ hỗ trợ tại bộ phận một cửa trong giờ cao điểm.',
    ],
  },
  {
    name: 'Phòng, chống tham nhũng, lãng phí',
    description: 'Dư luận về các vụ án tham nhũng lớn, thực hành tiết kiệm, chống lãng phí trong cơ quan.',
    weight: 2,
    opinions: [
      'Cán bộ, đảng viên đồng tình, ủng hộ việc xử lý nghiêm các vụ án tham nhũng thời gian qua.',
      'Một số ý kiến cho rằng còn tình trạng lãng phí trong tổ chức hội nghị, hội thảo.',
    ],
    proposals: ['Đề nghị tiếp tục công khai kết quả xử lý các vụ việc để tạo đồng thuận.'],
  },
  {
    name: 'An ninh trật tự, an toàn giao thông',
    description: 'Tình hình trật tự nơi cư trú, lừa đảo qua mạng, an toàn giao thông giờ cao điểm.',
    weight: 2,
    opinions: [
      'Xuất hiện các cuộc gọi lừa đảo giả danh cơ quan công an nhắm vào đảng viên cao tuổi.',
      'Ùn tắc giao thông giờ cao điểm trước cổng cơ quan gây bức xúc.',
    ],
    proposals: ['Đề nghị phối hợp công an phường tuyên truyền phòng, chống lừa đảo trên không gian mạng.'],
    handling: {
      status: 'handled',
      daysAgo: 30,
      note: 'Đã phối hợp Công an phường tổ chức buổi tuyên truyền phòng, chống lừa đảo qua mạng cho đảng viên các chi bộ.',
    },
  },
  {
    name: 'Y tế, giáo dục',
    description: 'Khám chữa bệnh bảo hiểm y tế, học phí, tuyển sinh đầu cấp.',
    weight: 1,
    opinions: [
      'Phụ huynh băn khoăn về tuyển sinh lớp 10 công lập và các khoản thu đầu năm học.',
      'Thủ tục khám chữa bệnh bảo hiểm y tế tuyến trên còn phiền hà.',
    ],
    proposals: [],
  },
];

const moods = [
  'Cán bộ, đảng viên trong chi bộ cơ bản yên tâm công tác, tin tưởng vào sự lãnh đạo của Đảng, đồng tình với chủ trương của Trung ương.',
  'Tư tưởng đảng viên ổn định; một số đồng chí còn băn khoăn về việc sắp xếp tổ chức bộ máy nhưng chấp hành nghiêm sự phân công.',
  'Đảng viên phấn khởi trước kết quả phát triển kinh tế - xã hội; quan tâm theo dõi thời sự trong nước và quốc tế.',
  'Nhìn chung tư tưởng ổn định, đoàn kết nội bộ tốt; đảng viên tích cực hoàn thành nhiệm vụ chuyên môn cuối năm.',
];

const issueTexts = [
  'Cần quan tâm công tác nắm bắt tư tưởng đảng viên trẻ trong thời gian sắp xếp tổ chức.',
  'Cần tăng cường định hướng thông tin trên mạng xã hội, tránh tin giả.',
];

/** The months whose reports are due by today (the window closed), newest first, no earlier than the form. */
function closedMonths(today: string, form: typeof reportForms.$inferSelect, count: number): Period[] {
  const months: Period[] = [];
  let period = periodContaining('month', today);
  for (let guard = 0; months.length < count && guard < count + 3; guard++) {
    if (period.end < form.startsOn) break;
    if (reportWindow(period, form).dueOn < today) months.push(period);
    period = shiftPeriod(period, -1);
  }
  return months;
}

/** The opinion rows of one report: none to three, themes drawn by weight. */
function opinionRows(rng: Random, themes: Array<DemoTheme & { id: string }>): TableValue {
  const bag = themes.flatMap((theme) => Array.from({ length: theme.weight }, () => theme));
  const rows: TableValue = [];
  const used = new Set<string>();
  const n = rng.pick([0, 1, 1, 2, 2, 2, 3]);
  for (let i = 0; i < n; i++) {
    const theme = rng.pick(bag);
    if (used.has(theme.id)) continue;
    used.add(theme.id);
    const proposal = theme.proposals.length > 0 && rng.chance(0.5) ? rng.pick(theme.proposals) : null;
    rows.push({ cells: { theme: theme.id, content: rng.pick(theme.opinions), proposal } });
  }
  return rows;
}

type Outcome = 'accepted' | 'submitted' | 'returned' | 'late' | 'missing';

/** Most reports accepted on time; the latest month still has some awaiting review; a few late or missing. */
function outcomeOf(rng: Random, newest: boolean): Outcome {
  const x = rng.float();
  if (newest)
    return x < 0.6
      ? 'accepted'
      : x < 0.82
        ? 'submitted'
        : x < 0.85
          ? 'returned'
          : x < 0.92
            ? 'late'
            : 'missing';
  return x < 0.86 ? 'accepted' : x < 0.94 ? 'late' : 'missing';
}

/**
 * The reference committee's themes of opinion and its cells' monthly ideological-situation reports (TT-CB) for
 * the last four closed months, written through the services as the office would: each report opened with the
 * known figures, typed, entered on the day it arrived (its opinion rows naming themes become mentions), and
 * reviewed; the themes and their handling as the committee records them.
 */
export async function seedIdeology(
  w: Writer,
  options: { seed: string; today: string; committee: { id: string; path: string }; userId?: string },
): Promise<Record<string, number>> {
  const { today } = options;
  const [form] = await w.tx.select().from(reportForms).where(eq(reportForms.code, 'TT-CB'));
  const committee = await reportUnit(w.tx, options.committee.id);
  if (!form || !committee) return {};
  const rng = Random.of(options.seed, 'ideology');
  const as: Writer = options.userId
    ? { ...w, ctx: { ...w.ctx, actor: { id: options.userId, username: 'committee' } } }
    : w;
  const themes: Array<DemoTheme & { id: string }> = [];
  for (const theme of demoThemes) {
    const id = await createTheme(as, committee, {
      ownerUnitId: committee.id,
      name: theme.name,
      description: theme.description,
    });
    themes.push({ ...theme, id });
  }
  const scope = { subtrees: [committee.path], exact: [] };
  const access: ReportAccess = {
    read: scope,
    write: scope,
    grants: [{ role: 'admin', unitId: committee.id, unitName: committee.name, path: committee.path }],
  };
  const cells = await activeCellsUnder(w.tx, committee.path);
  const months = closedMonths(today, form, 4).reverse();
  // The demo committee took the built-in form into use with the first month it seeds: earlier months are not
  // expected of its cells (otherwise every cell would owe reports from January on).
  const first = months[0];
  if (first && first.start > form.startsOn)
    await w.tx.update(reportForms).set({ startsOn: first.start }).where(eq(reportForms.id, form.id));
  let reports = 0;
  for (const [index, period] of months.entries()) {
    const window = reportWindow(period, form);
    for (const cell of cells) {
      const outcome = outcomeOf(rng, index === months.length - 1);
      if (outcome === 'missing') continue;
      const unit = await reportUnit(w.tx, cell.id);
      if (!unit || (unit.foundedOn !== null && unit.foundedOn > period.end)) continue;
      // The office enters each cell's report on the day it arrived, then reviews it.
      const id = await openSubmission(as, form, unit, period.key, today);
      let row = await checkedSubmission(w.tx, access, id, 'write');
      const members = typeof row.values.members === 'number' ? row.values.members : rng.int(8, 30);
      await saveSubmission(as, row, {
        ...row.values,
        members,
        concerned: rng.chance(0.3) ? rng.int(0, Math.min(3, members)) : 0,
        mood: rng.pick(moods),
        opinions: opinionRows(rng, themes),
        issues: rng.chance(0.25) ? rng.pick(issueTexts) : null,
      });
      const arrived =
        outcome === 'late' ? addDays(window.dueOn, rng.int(1, 6)) : addDays(window.dueOn, -rng.int(0, 5));
      const receivedOn = minDate(maxDate(arrived, window.opensOn), today);
      row = await checkedSubmission(w.tx, access, id, 'write');
      await submitSubmission(as, access, row, receivedOn, today);
      reports += 1;
      if (outcome === 'submitted') continue;
      row = await checkedSubmission(w.tx, access, id, 'write');
      if (outcome === 'returned')
        await reviewSubmission(
          as,
          access,
          row,
          'returned',
          'Đề nghị chi bộ bổ sung nhận định về tư tưởng đảng viên trẻ.',
        );
      else await reviewSubmission(as, access, row, 'accepted', null);
    }
  }
  const [counted] = await queryRows<{ n: number }>(
    w.tx,
    sql`select count(*)::int as n from report_theme_mentions m join report_themes t on t.id = m.theme_id
      where t.owner_unit_id = ${committee.id}`,
  );
  // The committee's handling, dated no later than the real today (the service refuses later days).
  for (const theme of themes) {
    if (!theme.handling) continue;
    const handledOn =
      theme.handling.status === 'handled'
        ? minDate(addDays(today, -(theme.handling.daysAgo ?? 7)), todayIso())
        : null;
    await setThemeStatus(as, await themeRowOf(w, theme.id), {
      status: theme.handling.status,
      handlingNote: theme.handling.note,
      handledOn,
      version: 1,
    });
  }
  return { reportThemes: themes.length, ideologyReports: reports, reportThemeMentions: counted?.n ?? 0 };
}

async function themeRowOf(w: Writer, id: string) {
  const [row] = await w.tx.select().from(reportThemes).where(eq(reportThemes.id, id));
  if (!row) throw new Error('theme vanished');
  return row;
}
