import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { MemberFilters } from '../../../contracts/members';
import type { Db } from '../../db/client';
import { memberPagesForExport } from '../members/export-read';
import type { FilterContext } from '../members/filters-sql';
import { type ColumnKey, columnOf, type ExportedMember, type FormattedCell } from './layout';

const excelDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y as number, (m as number) - 1, d as number));
};

const cellValue = (cell: FormattedCell): ExcelJS.CellValue =>
  cell === null ? null : typeof cell === 'object' ? excelDate(cell.date) : cell;

/**
 * Streams a filtered member list as .xlsx into `out`: exceljs's streaming WorkbookWriter commits each row as
 * it is written and the rows are read from the database a page at a time, so memory stays flat whatever the
 * size. Vietnamese headers of the national layout, the columns the user picked, dates as real Excel dates
 * (dd/mm/yyyy), citizen IDs and numbers as text (so leading zeros stay).
 */
export async function writeMemberWorkbook(
  db: Db,
  filters: MemberFilters,
  context: FilterContext,
  columns: readonly ColumnKey[],
  out: Writable,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Đảng bộ số';
  const sheet = workbook.addWorksheet('Danh sách đảng viên', { views: [{ state: 'frozen', ySplit: 1 }] });
  const layoutColumns = columns.map(columnOf);
  sheet.columns = layoutColumns.map((c) => ({
    key: c.key,
    width: c.width,
    style: c.kind === 'date' ? { numFmt: 'dd/mm/yyyy' } : c.kind === 'text' ? { numFmt: '@' } : {},
  }));
  const header = sheet.addRow(layoutColumns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  let ordinal = 0;
  for await (const page of memberPagesForExport(db, filters, context)) {
    for (const m of page) {
      ordinal++;
      const record = m as unknown as ExportedMember;
      sheet.addRow(layoutColumns.map((c) => cellValue(c.format(record, ordinal)))).commit();
    }
    // Let the response drain before reading the next page.
    if (out.writableNeedDrain) await once(out, 'drain');
  }
  sheet.commit();
  await workbook.commit();
  return ordinal;
}
