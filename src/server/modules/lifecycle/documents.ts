import ExcelJS from 'exceljs';
import type { BadgeEntry } from '../../../contracts/lifecycle';
import { shortDate } from '../../../domain/document-dates';
import { renderPartyDocument } from '../../platform/docx/party-document';

/** The proposal list of one award date: members by badge, highest first. */
export interface BadgeProposal {
  unitName: string;
  awardDate: string;
  entries: readonly BadgeEntry[];
  citation: string;
  place: string;
  today: string;
}

export const proposalHeaders = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Ngày vào Đảng',
  'Chi bộ',
  'Số thẻ đảng viên',
  'Huy hiệu (năm tuổi đảng)',
  'Ngày đủ tuổi đảng',
  'Ghi chú',
] as const;

const excelDate = (iso: string) => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

const noteText = (entry: BadgeEntry) =>
  entry.early ? 'Tặng sớm (bệnh nặng)' : entry.overdue ? 'Đủ tuổi từ đợt trước' : '';

const titleOf = (p: BadgeProposal) => `Danh sách đề nghị tặng Huy hiệu Đảng đợt ${shortDate(p.awardDate)}`;

/** The list as an Excel workbook: Vietnamese headers, dates as real dates shown dd/mm/yyyy. */
export async function badgeProposalXlsx(p: BadgeProposal): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Đảng bộ số';
  const sheet = workbook.addWorksheet('Huy hiệu Đảng', {
    pageSetup: { orientation: 'landscape', paperSize: 9 },
  });
  sheet.addRow([`${titleOf(p)} — ${p.unitName}`]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, proposalHeaders.length);
  sheet.addRow([`Căn cứ: ${p.citation}`]).font = { italic: true };
  sheet.mergeCells(2, 1, 2, proposalHeaders.length);
  const header = sheet.addRow([...proposalHeaders]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  p.entries.forEach((e, i) => {
    sheet.addRow([
      i + 1,
      e.fullName,
      excelDate(e.birthDate),
      excelDate(e.admissionDate),
      e.unitName,
      e.cardNumber ?? '',
      e.years,
      excelDate(e.reachesOn),
      noteText(e),
    ]);
  });
  const widths = [6, 28, 13, 14, 30, 16, 14, 14, 20];
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const column of [3, 4, 8]) sheet.getColumn(column).numFmt = 'dd/mm/yyyy';
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same list as a Party-layout Word document, landscape. */
export function badgeProposalDocx(p: BadgeProposal): Promise<Buffer> {
  return renderPartyDocument({
    issuer: p.unitName,
    place: p.place,
    date: p.today,
    title: 'DANH SÁCH',
    subject: `Đề nghị tặng Huy hiệu Đảng đợt ${shortDate(p.awardDate)}`,
    landscape: true,
    body: [
      { kind: 'paragraph', text: `Căn cứ ${p.citation}.`, italic: true },
      {
        kind: 'paragraph',
        text: `${p.unitName} đề nghị tặng Huy hiệu Đảng cho ${p.entries.length} đồng chí có tên sau:`,
      },
      {
        kind: 'table',
        header: proposalHeaders,
        rows: p.entries.map((e, i) => [
          String(i + 1),
          e.fullName,
          shortDate(e.birthDate),
          shortDate(e.admissionDate),
          e.unitName,
          e.cardNumber ?? '',
          `${e.years} năm`,
          shortDate(e.reachesOn),
          noteText(e),
        ]),
      },
    ],
    recipients: ['Như trên', 'Lưu'],
    signature: { onBehalfOf: `T/M ${p.unitName}`, role: 'Bí thư', name: '' },
  });
}
