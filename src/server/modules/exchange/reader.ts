import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS } from '../../../contracts/exchange';
import { AppError } from '../../platform/errors/app-error';
import { cellText, columnForHeader, type RawCell } from './layout';

/**
 * Reads an uploaded member list. The container is recognised by its first bytes before anything parses it:
 * an .xlsx is a ZIP (PK\x03\x04); an OLE/CFB container (D0 CF 11 E0) is either a password-protected
 * workbook (its streams include "EncryptedPackage") or an old binary .xls; anything else is not Excel.
 */
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export function sniffWorkbook(file: Buffer): void {
  if (file.length === 0) throw new AppError(400, 'EXCHANGE_FILE_EMPTY', { field: 'file' });
  if (file.subarray(0, CFB.length).equals(CFB)) {
    if (file.includes(ENCRYPTED_PACKAGE))
      throw new AppError(400, 'EXCHANGE_FILE_ENCRYPTED', { field: 'file' });
    throw new AppError(400, 'EXCHANGE_FILE_XLS', { field: 'file' });
  }
  if (!file.subarray(0, ZIP.length).equals(ZIP))
    throw new AppError(400, 'EXCHANGE_FILE_NOT_EXCEL', { field: 'file' });
}

export interface ReadRow {
  rowNumber: number;
  cells: RawCell[];
}
export interface ReadSheet {
  headers: string[];
  headerRow: number;
  rows: ReadRow[];
}

const isoOfDate = (d: Date): string | null =>
  Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);

/** One cell as the layout reads it: formulas stay formulas (a bad cell), rich text and links become text. */
export function rawCellOf(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) {
    const iso = isoOfDate(value);
    return iso ? { date: iso } : null;
  }
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const v = value as { formula?: string; sharedFormula?: string };
      return { formula: v.formula ?? v.sharedFormula ?? '' };
    }
    if ('richText' in value && Array.isArray(value.richText))
      return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return String(value.error);
  }
  return null;
}

/** Rows 1..n of a merge range "A1:C2". */
function rowsOfRange(range: string): [number, number] | null {
  const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range.replace(/\$/g, ''));
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** How many cells of a row name a layout column (a header row names several). */
const recognised = (row: RawCell[]) =>
  row.filter((c) => {
    const text = cellText(c);
    return text !== null && columnForHeader(text) !== null;
  }).length;

/**
 * The first worksheet's header row and data rows. The header is the first of the first ten rows that names
 * at least three layout columns (the national export has title lines above it), else the first non-empty
 * row. A header cell merged with another, more than `MAX_IMPORT_ROWS` data rows, or a file exceljs cannot
 * open are refused as a whole, with nothing staged.
 */
export async function readWorkbook(file: Buffer): Promise<ReadSheet> {
  sniffWorkbook(file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new AppError(400, 'EXCHANGE_FILE_MALFORMED', { field: 'file' });
  }
  const sheet = workbook.worksheets.find((w) => w.actualRowCount > 0);
  if (!sheet) throw new AppError(400, 'EXCHANGE_FILE_EMPTY', { field: 'file' });

  const rowValues = (row: ExcelJS.Row): RawCell[] => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = rawCellOf(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    return cells;
  };

  let headerRow = 0;
  let firstNonEmpty = 0;
  for (let r = 1; r <= Math.min(10, sheet.rowCount); r++) {
    const cells = rowValues(sheet.getRow(r));
    if (cells.every((c) => cellText(c) === null)) continue;
    if (!firstNonEmpty) firstNonEmpty = r;
    if (recognised(cells) >= 3) {
      headerRow = r;
      break;
    }
  }
  headerRow ||= firstNonEmpty;
  if (!headerRow) throw new AppError(400, 'EXCHANGE_FILE_EMPTY', { field: 'file' });

  const merges = ((sheet.model as { merges?: string[] }).merges ?? []).filter((range) => {
    const rows = rowsOfRange(range);
    return rows !== null && rows[0] <= headerRow && headerRow <= rows[1];
  });
  if (merges.length > 0)
    throw new AppError(400, 'EXCHANGE_MERGED_HEADER', {
      field: 'file',
      params: { cells: merges.join(', '), row: headerRow },
    });

  const headerCells = rowValues(sheet.getRow(headerRow));
  if (headerCells.some((c) => typeof c === 'object' && c !== null && 'formula' in c))
    throw new AppError(400, 'EXCHANGE_FORMULA_HEADER', { field: 'file', params: { row: headerRow } });
  const headers = headerCells.map((c) => cellText(c) ?? '');
  while (headers.length > 0 && headers.at(-1) === '') headers.pop();

  const rows: ReadRow[] = [];
  let tooMany = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= headerRow || tooMany) return;
    const cells = rowValues(row).slice(0, headers.length);
    if (cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) return;
    if (rows.length >= MAX_IMPORT_ROWS) {
      tooMany = true;
      return;
    }
    rows.push({ rowNumber, cells });
  });
  if (tooMany)
    throw new AppError(400, 'EXCHANGE_TOO_MANY_ROWS', {
      field: 'file',
      params: { max: MAX_IMPORT_ROWS.toLocaleString('vi-VN') },
    });
  return { headers, headerRow, rows };
}
