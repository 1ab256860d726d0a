import { and, eq } from 'drizzle-orm';
import type { DocumentTypeKey } from '../../domain/party-document-types';
import { documentIssuers, documents } from '../modules/documents/schema';
import { approveDocument, createDocument, issueDocument } from '../modules/documents/service';
import { addDays } from '../modules/org/calendar';
import { meetingUnit } from '../modules/org/meeting-units-read';
import { unitBodies } from '../modules/org/schema';
import { linkDocument } from '../modules/programs/for-documents';
import type { ProgramRow } from '../modules/programs/program-access';
import { addItem, setItemStatus } from '../modules/programs/program-items';
import { createProgram } from '../modules/programs/program-service';
import { workProgramItems, workPrograms } from '../modules/programs/schema';
import type { Writer } from '../platform/mutate';

/** An item of a demo program: a planned document (its type) or an activity; `m` a month, `q` a quarter. */
interface Planned {
  title: string;
  type?: DocumentTypeKey;
  m?: number;
  q?: number;
  who?: string;
  /** A document the demo registry already holds, found by its summary, linked to the item. */
  registered?: string;
}

const office = 'Văn phòng Đảng ủy';
const inspection = 'Ủy ban Kiểm tra Đảng ủy';
const propaganda = 'Ban Tuyên giáo Đảng ủy';
const organisation = 'Ban Tổ chức Đảng ủy';

const standingItems = (y: number): Planned[] => [
  {
    title: `Về lãnh đạo thực hiện nhiệm vụ chính trị năm ${y}`,
    type: 'resolution',
    m: 1,
    who: office,
    registered: `Về lãnh đạo thực hiện nhiệm vụ chính trị năm ${y}`,
  },
  {
    title: `Kế hoạch kiểm tra, giám sát năm ${y} của Ban Thường vụ Đảng ủy`,
    type: 'plan',
    m: 1,
    who: inspection,
  },
  { title: 'Hội nghị triển khai nhiệm vụ công tác đảng năm', m: 1, who: office },
  {
    title: 'Tổ chức các hoạt động kỷ niệm Ngày thành lập Đảng Cộng sản Việt Nam (03/02)',
    m: 2,
    who: propaganda,
  },
  { title: `Kế hoạch phát triển đảng viên năm ${y}`, type: 'plan', m: 3, who: organisation },
  { title: 'Giao ban bí thư chi bộ quý I', m: 3, who: office },
  { title: 'Báo cáo kết quả công tác xây dựng Đảng quý I', type: 'report', m: 4, who: office },
  { title: 'Kiểm tra chi bộ Văn phòng về thực hiện Quy định số 22-QĐ/TW', q: 2, who: inspection },
  {
    title: 'Sơ kết chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    m: 5,
    who: propaganda,
  },
  { title: 'Giám sát chuyên đề việc thực hiện Nghị quyết số 57-NQ/TW tại các chi bộ', q: 2, who: inspection },
  {
    title: 'Báo cáo sơ kết 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm',
    type: 'report',
    m: 7,
    who: office,
  },
  { title: 'Hội nghị sơ kết công tác đảng 6 tháng đầu năm', m: 7, who: office },
  { title: 'Kế hoạch bồi dưỡng lý luận chính trị cho đảng viên mới', type: 'plan', m: 8, who: propaganda },
  { title: 'Giao ban bí thư chi bộ quý III', q: 3, who: office },
  {
    title: `Kế hoạch kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm ${y}`,
    type: 'plan',
    m: 10,
    who: organisation,
  },
  {
    title: `Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm ${y}`,
    type: 'guidance',
    m: 11,
    who: organisation,
  },
  {
    title: `Kết quả công tác kiểm tra, giám sát năm ${y}`,
    type: 'report',
    m: 12,
    who: inspection,
    registered: `Kết quả công tác kiểm tra, giám sát năm ${y}`,
  },
  {
    title: `Báo cáo tổng kết công tác xây dựng Đảng năm ${y}, phương hướng nhiệm vụ năm ${y + 1}`,
    type: 'report',
    m: 12,
    who: office,
  },
  {
    title: `Chương trình làm việc năm ${y + 1} của Ban Thường vụ Đảng ủy`,
    type: 'program',
    m: 12,
    who: office,
  },
];

const executiveItems = (y: number): Planned[] => [
  { title: `Nghị quyết Hội nghị Ban Chấp hành về nhiệm vụ năm ${y}`, type: 'resolution', m: 1, who: office },
  { title: 'Hội nghị Ban Chấp hành Đảng bộ thường kỳ quý I', q: 1 },
  {
    title: 'Quy chế làm việc của Ban Chấp hành Đảng bộ (sửa đổi, bổ sung)',
    type: 'rules',
    m: 3,
    who: office,
  },
  {
    title: 'Báo cáo kết quả thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị',
    type: 'report',
    m: 5,
    who: propaganda,
  },
  { title: 'Đề án nâng cao chất lượng sinh hoạt chi bộ', type: 'project', q: 2, who: organisation },
  { title: 'Hội nghị Ban Chấp hành Đảng bộ thường kỳ quý II', q: 2 },
  {
    title: 'Nghị quyết chuyên đề về chuyển đổi số trong hoạt động của các hội thành viên',
    type: 'resolution',
    m: 6,
    who: office,
  },
  { title: 'Báo cáo sơ kết 6 tháng đầu năm của Ban Chấp hành', type: 'report', m: 7, who: office },
  {
    title: 'Kết luận về công tác cán bộ và quy hoạch cấp ủy nhiệm kỳ tới',
    type: 'conclusion',
    q: 3,
    who: organisation,
  },
  { title: 'Hội nghị Ban Chấp hành Đảng bộ thường kỳ quý III', q: 3 },
  { title: 'Giám sát việc thực hiện Quy chế làm việc của Ban Chấp hành', q: 4, who: inspection },
  { title: 'Hội nghị Ban Chấp hành Đảng bộ thường kỳ quý IV', q: 4 },
  { title: 'Kiểm điểm tập thể Ban Chấp hành, Ban Thường vụ cuối năm', m: 12, who: organisation },
  { title: `Báo cáo tổng kết năm ${y} của Ban Chấp hành Đảng bộ`, type: 'report', m: 12, who: office },
];

const cellItems = (y: number): Planned[] => [
  { title: `Nghị quyết của Chi bộ về nhiệm vụ năm ${y}`, type: 'resolution', m: 1 },
  { title: 'Sinh hoạt chuyên đề quý I: học tập Nghị quyết số 57-NQ/TW', q: 1 },
  { title: 'Giới thiệu quần chúng ưu tú học lớp bồi dưỡng nhận thức về Đảng', m: 4 },
  { title: 'Sinh hoạt chuyên đề quý II: văn hóa công vụ trong cơ quan', q: 2 },
  { title: 'Thu, nộp đảng phí 6 tháng đầu năm', m: 6 },
  { title: 'Báo cáo sơ kết 6 tháng đầu năm của Chi bộ', type: 'report', m: 6 },
  { title: 'Sinh hoạt chuyên đề quý III: chuyển đổi số trong Văn phòng', q: 3 },
  { title: 'Sinh hoạt chuyên đề quý IV: kiểm điểm việc thực hiện nghị quyết năm', q: 4 },
  { title: 'Kiểm điểm, đánh giá, xếp loại đảng viên cuối năm', m: 12 },
  { title: 'Thu, nộp đảng phí 6 tháng cuối năm', m: 12 },
  { title: `Báo cáo tổng kết năm ${y} của Chi bộ`, type: 'report', m: 12 },
];

interface Context {
  w: Writer;
  today: string;
  grantPaths: string[];
  /** The committee's own issuer: its planned documents are drafted, approved and issued through the registry. */
  issuerId: string | null;
}

/**
 * What became of an item once its period is over, by its place in the list: most done on time, every fifth
 * done late, every fifth (offset) still open and therefore late — so the view shows red rows and the shares
 * per quarter are not all 100%.
 */
function outcomeOf(index: number, dueOn: string, year: number, today: string) {
  if (dueOn >= today) return { kind: 'open' as const };
  if (index % 5 === 3) return { kind: 'open' as const };
  const start = `${year}-01-01`;
  const early = addDays(dueOn, -6);
  const late = addDays(dueOn, 9);
  const doneOn = index % 5 === 4 ? (late < today ? late : addDays(today, -1)) : early < start ? start : early;
  return { kind: 'done' as const, doneOn };
}

async function fillProgram(c: Context, program: ProgramRow, planned: Planned[], bodyId: string | null) {
  for (const [index, p] of planned.entries()) {
    const itemId = await addItem(c.w, program, {
      kind: p.type ? 'document' : 'activity',
      documentType: p.type ?? null,
      title: p.title,
      dueMonth: p.m ?? null,
      dueQuarter: p.q ?? null,
      responsibleBodyId: p.who ? null : bodyId,
      responsibleText: p.who ?? null,
    });
    const item = await itemRow(c, itemId);
    if (p.registered) {
      const [doc] = await c.w.tx
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.ownerUnitId, program.unitId), eq(documents.summary, p.registered)))
        .limit(1);
      if (doc) {
        await linkDocument(c.w, program, item, doc.id);
        continue;
      }
    }
    const outcome = outcomeOf(index, item.dueOn, program.year, c.today);
    if (outcome.kind === 'open') continue;
    if (!p.type) {
      await setItemStatus(
        c.w,
        program,
        item,
        { status: 'done', doneOn: outcome.doneOn, version: 1 },
        c.today,
      );
    } else if (c.issuerId) {
      await issueFor(c, program, item.id, p, outcome.doneOn);
    }
  }
}

const itemRow = async (c: Context, id: string) => {
  const [row] = await c.w.tx.select().from(workProgramItems).where(eq(workProgramItems.id, id));
  if (!row) throw new Error(`item ${id} missing`);
  return row;
};

/** "Soạn dự thảo" from the item, approved and issued on the day it was done: the item completes itself. */
async function issueFor(c: Context, program: ProgramRow, itemId: string, p: Planned, issuedOn: string) {
  const id = await createDocument(
    c.w,
    {
      direction: 'outgoing',
      ownerUnitId: program.unitId,
      type: p.type as DocumentTypeKey,
      issuerId: c.issuerId,
      summary: p.title,
      place: 'Hà Nội',
      signingForm: 'on_behalf',
      signingFor: 'Ban Thường vụ',
      signerTitle: 'Bí thư',
      signerName: 'Nguyễn Thị Hồng Vân',
      confidentiality: 'normal',
      urgency: 'normal',
      recipients: ['Các chi bộ trực thuộc', 'Lưu Văn phòng Đảng ủy'],
      body: '',
      congress: false,
      programItemId: itemId,
    },
    c.grantPaths,
    c.today,
  );
  await approveDocument(c.w, id, 1);
  await issueDocument(c.w, id, { version: 2, issuedOn });
}

async function programOf(
  c: Context,
  unitId: string,
  bodyKind: 'standing_committee' | 'executive_committee' | null,
) {
  const unit = await meetingUnit(c.w.tx, unitId);
  if (!unit) return null;
  const [body] = bodyKind
    ? await c.w.tx
        .select({ id: unitBodies.id, name: unitBodies.name })
        .from(unitBodies)
        .where(and(eq(unitBodies.unitId, unitId), eq(unitBodies.kind, bodyKind)))
        .limit(1)
    : [null];
  if (bodyKind && !body) return null;
  const id = await createProgram(c.w, unit, body ?? null, {
    unitId,
    bodyId: body?.id ?? null,
    year: Number(c.today.slice(0, 4)),
    copyPrevious: false,
  });
  const [row] = await c.w.tx.select().from(workPrograms).where(eq(workPrograms.id, id));
  return row ? { row, bodyId: body?.id ?? null } : null;
}

/**
 * This year's work programs of the reference committee's standing and executive committees and of the office
 * cell, written through the programs' use cases; next year's is left for the "copy last year" button.
 */
export async function seedPrograms(
  w: Writer,
  options: { committeeId: string; committeePath: string; officeCellId: string; today: string },
): Promise<Record<string, number>> {
  const [issuer] = await w.tx
    .select({ id: documentIssuers.id })
    .from(documentIssuers)
    .where(eq(documentIssuers.unitId, options.committeeId))
    .limit(1);
  const c: Context = {
    w,
    today: options.today,
    grantPaths: [options.committeePath],
    issuerId: issuer?.id ?? null,
  };
  const year = Number(options.today.slice(0, 4));
  let programs = 0;
  let items = 0;
  for (const [unitId, kind, planned] of [
    [options.committeeId, 'standing_committee', standingItems(year)],
    [options.committeeId, 'executive_committee', executiveItems(year)],
  ] as const) {
    const program = await programOf(c, unitId, kind);
    if (!program) continue;
    await fillProgram(c, program.row, planned, program.bodyId);
    programs++;
    items += planned.length;
  }
  const cell = await programOf(c, options.officeCellId, null);
  if (cell) {
    // The cell has no issuer of its own in the demo: its planned documents are done only when linked by hand.
    await fillProgram({ ...c, issuerId: null }, cell.row, cellItems(year), null);
    programs++;
    items += cellItems(year).length;
  }
  return { work_programs: programs, work_program_items: items };
}
