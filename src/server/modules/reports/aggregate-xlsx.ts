import ExcelJS from 'exceljs';
import type { AggregateResponse, AggregateRow } from '../../../contracts/report-aggregates';
import { type PeriodType, periodLabel, periodOf } from '../../../domain/report-periods';

/**
 * The aggregate as an Excel workbook: one row per figure, a column for the whole subtree, then the unit's own
 * report and each child unit — the table a committee pastes into its own report.
 */
export async function aggregateXlsx(data: AggregateResponse): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Đảng bộ số';
  const sheet = workbook.addWorksheet('Tổng hợp số liệu', {
    pageSetup: { orientation: 'landscape', paperSize: 9 },
  });
  const period = periodOf(data.form.periodType as PeriodType, data.period.key);
  const columns: Array<{ title: string; row: AggregateRow }> = [
    { title: `Toàn ${data.unit.name}`, row: data.subtree },
    ...(data.own ? [{ title: `Báo cáo của chính ${data.unit.name}`, row: data.own }] : []),
    ...data.children.map((c) => ({ title: c.unit.name, row: c as AggregateRow })),
  ];
  const width = 3 + columns.length;
  const title = sheet.addRow([
    `${data.form.name} — ${data.unit.name} — ${period ? periodLabel(period) : data.period.key}`,
  ]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, width);
  const { accepted, submitted, returned } = data.subtree.counts;
  sheet.addRow([
    `Chỉ tổng hợp ${accepted} báo cáo đã được tiếp nhận; chưa tính ${submitted} báo cáo chờ duyệt, ${returned} báo cáo bị trả lại.`,
  ]).font = { italic: true };
  sheet.mergeCells(2, 1, 2, width);
  const header = sheet.addRow(['Chỉ tiêu', 'Đơn vị tính', 'Cách tính', ...columns.map((c) => c.title)]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  sheet.addRow(['Số báo cáo đã tiếp nhận', '', '', ...columns.map((c) => c.row.counts.accepted)]);
  for (const field of data.fields) {
    sheet.addRow([
      field.retired ? `${field.label} (không còn dùng)` : field.label,
      field.unit ?? '',
      field.aggregate === 'avg' ? 'Trung bình' : 'Cộng tổng',
      ...columns.map((c) => c.row.values[field.key]?.value ?? null),
    ]);
  }
  sheet.getColumn(1).width = 48;
  sheet.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(2).width = 10;
  sheet.getColumn(3).width = 12;
  for (let i = 0; i < columns.length; i++) {
    const column = sheet.getColumn(4 + i);
    column.width = 16;
    column.numFmt = '#,##0.##';
  }
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 3 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
