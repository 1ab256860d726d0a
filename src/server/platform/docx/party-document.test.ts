import { describe, expect, it } from 'vitest';
import { convertWithLibreOffice, docxText, pdfText } from '../../../../test/office';
import { renderPartyDocument } from './party-document';

const spec = {
  superior: 'Đảng bộ VUSTA',
  issuer: 'Chi bộ Ban Tổ chức',
  number: 'Số 07-GGT/CB',
  place: 'Hà Nội',
  date: '2026-02-07',
  title: 'Giấy giới thiệu sinh hoạt đảng',
  body: [
    { kind: 'paragraph', text: 'Giới thiệu đồng chí Phan Xuân Dũng' },
    { kind: 'field', label: 'Số thẻ đảng viên', value: '01234567' },
    { kind: 'table', header: ['STT', 'Họ và tên'], rows: [['1', 'Nguyễn Thị Hoà']] },
  ],
  recipients: ['Như trên', 'Lưu'],
  signature: { onBehalfOf: 'T/M Chi bộ', role: 'Bí thư', name: 'Trần Văn An' },
} as const;

describe('Party-format Word documents', () => {
  it('carry the heading, date line, body and signature, read back by an independent reader', async () => {
    const text = await docxText(await renderPartyDocument(spec));
    for (const part of [
      'ĐẢNG BỘ VUSTA',
      'CHI BỘ BAN TỔ CHỨC',
      'Số 07-GGT/CB',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Hà Nội, ngày 07 tháng 02 năm 2026',
      'GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG',
      'Số thẻ đảng viên: 01234567',
      'Nguyễn Thị Hoà',
      'Nơi nhận:',
      'T/M CHI BỘ',
      'Trần Văn An',
    ])
      expect(text).toContain(part);
  });

  it('open in LibreOffice and convert to PDF with the same text', async () => {
    const pdf = await convertWithLibreOffice(await renderPartyDocument(spec), 'docx', 'pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Số 07-GGT/CB');
    expect(text).toContain('Phan Xuân Dũng');
  }, 120_000);
});
