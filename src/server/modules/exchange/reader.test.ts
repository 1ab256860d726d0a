import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error';
import { rawCellOf, sniffWorkbook } from './reader';

const codeOf = (file: Buffer) => {
  try {
    sniffWorkbook(file);
    return 'ok';
  } catch (error) {
    return error instanceof AppError ? error.code : 'other';
  }
};

describe('recognising the uploaded container', () => {
  const cfb = () => {
    const b = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
    return b;
  };
  it('tells an .xlsx, an encrypted workbook, an old .xls, an empty and a non-Excel file apart', () => {
    expect(codeOf(Buffer.from('PK\x03\x04rest'))).toBe('ok');
    const encrypted = cfb();
    Buffer.from('EncryptedPackage', 'utf16le').copy(encrypted, 512);
    expect(codeOf(encrypted)).toBe('EXCHANGE_FILE_ENCRYPTED');
    expect(codeOf(cfb())).toBe('EXCHANGE_FILE_XLS');
    expect(codeOf(Buffer.alloc(0))).toBe('EXCHANGE_FILE_EMPTY');
    expect(codeOf(Buffer.from('%PDF-1.7'))).toBe('EXCHANGE_FILE_NOT_EXCEL');
  });
});

describe('cells as exceljs gives them', () => {
  it('keeps formulas as formulas and turns rich text, links and dates into what the layout reads', () => {
    expect(rawCellOf({ formula: 'A1+1', result: 2 })).toEqual({ formula: 'A1+1' });
    expect(rawCellOf({ sharedFormula: 'B2', result: 3 } as never)).toEqual({ formula: 'B2' });
    expect(rawCellOf({ richText: [{ text: 'Nguyễn ' }, { text: 'Văn A' }] })).toBe('Nguyễn Văn A');
    expect(rawCellOf({ text: 'a@b.vn', hyperlink: 'mailto:a@b.vn' })).toBe('a@b.vn');
    expect(rawCellOf(new Date(Date.UTC(1975, 7, 7)))).toEqual({ date: '1975-08-07' });
    expect(rawCellOf(null)).toBeNull();
    expect(rawCellOf(42)).toBe(42);
  });
});
