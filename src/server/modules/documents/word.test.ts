import { extractTextItems, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { convertWithLibreOffice, docxText, pdfText, zipPart } from '../../../../test/office';
import { documentTypeKeys } from '../../../contracts/documents';
import { bodyBlocks, renderDocumentWord, templates, type WordSource } from './word';

const margins = { top: 20, bottom: 20, left: 30, right: 15 };

const resolution: WordSource = {
  type: 'resolution',
  numberText: '12-NQ/ĐU',
  issuerName: 'Đảng ủy Khối các cơ quan',
  superiorName: 'Đảng bộ Thành phố Hà Nội',
  issuedOn: '2009-08-07',
  place: 'Hà Nội',
  summary: 'về nâng cao chất lượng sinh hoạt chi bộ',
  body: [
    'I. TÌNH HÌNH VÀ NGUYÊN NHÂN',
    'Thời gian qua, các chi bộ trực thuộc đã duy trì nền nếp sinh hoạt định kỳ\nhằng tháng theo Chỉ thị số 10-CT/TW.',
    '- Nội dung sinh hoạt còn dàn trải;\n+ một số chi bộ chưa chú trọng sinh hoạt chuyên đề.',
    'II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP',
    'Mỗi chi bộ tổ chức ít nhất một lần sinh hoạt chuyên đề mỗi quý.',
  ].join('\n\n'),
  signingForm: 'on_behalf',
  signingFor: 'Ban Thường vụ',
  signerTitle: 'Bí thư',
  signerName: 'Nguyễn Văn An',
  recipients: ['Ban Thường vụ Thành ủy', 'Các chi bộ trực thuộc', 'Lưu Văn phòng Đảng ủy'],
  confidentiality: 'normal',
  urgency: 'normal',
};

const draftLetter: WordSource = {
  ...resolution,
  type: 'letter',
  numberText: null,
  issuedOn: null,
  summary: 'đôn đốc nộp báo cáo sơ kết',
  body: 'Kính gửi: Các chi bộ trực thuộc\n\nĐề nghị các chi bộ gửi báo cáo sơ kết 6 tháng trước ngày 15/7.',
  signingForm: 'deputy',
  signingFor: null,
  signerTitle: null,
  signerName: 'Trần Thị Bình',
  confidentiality: 'secret',
  urgency: 'express',
};

const minutes: WordSource = {
  ...resolution,
  type: 'minutes',
  numberText: '03-BB/CB',
  issuerName: 'Chi bộ Phòng Tổng hợp',
  superiorName: 'Đảng ủy Khối các cơ quan',
  summary: 'họp chi bộ thường kỳ tháng 02',
  issuedOn: '2026-02-03',
  body: '',
  signingForm: 'direct',
  signingFor: null,
  signerTitle: null,
  signerName: 'Lê Văn Cường',
  recipients: [],
};

const normal = (text: string) => text.replace(/\s+/g, ' ');
const points = (mm: number) => (mm * 72) / 25.4;

/** The text items of a PDF's first page with their position (points from the bottom left) and font size. */
async function firstPageItems(pdf: Buffer) {
  const { items } = await extractTextItems(new Uint8Array(pdf));
  const item = (starts: string) => {
    const found = (items[0] ?? []).find((i) => i.str.startsWith(starts));
    if (!found) throw new Error(`no "${starts}" on the first page`);
    return { ...found, centre: found.x + found.width / 2 };
  };
  return item;
}

/** The run properties of the run whose text is exactly `text`. */
function runProperties(xml: string, text: string): string {
  for (const [element] of xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>/gs))
    if (element.includes(`>${text}</w:t>`)) return /<w:rPr>(.*?)<\/w:rPr>/s.exec(element)?.[1] ?? '';
  throw new Error(`no run with the text ${text}`);
}

describe('Word output of drafted documents', () => {
  it('prints a resolution in Party layout, read back by mammoth', async () => {
    const text = await docxText(await renderDocumentWord(resolution, margins));
    const parts = [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI',
      'ĐẢNG ỦY KHỐI CÁC CƠ QUAN',
      'Số 12-NQ/ĐU',
      'Hà Nội, ngày 07 tháng 8 năm 2009',
      'NGHỊ QUYẾT',
      'về nâng cao chất lượng sinh hoạt chi bộ',
      'I. TÌNH HÌNH VÀ NGUYÊN NHÂN',
      'định kỳ hằng tháng theo Chỉ thị số 10-CT/TW.',
      'Nơi nhận:',
      '- Ban Thường vụ Thành ủy,',
      '- Lưu Văn phòng Đảng ủy.',
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
      'Nguyễn Văn An',
    ];
    for (const part of parts) expect(text).toContain(part);
    // The header comes first, then the title, the body, and the signature last.
    const order = ['ĐẢNG ỦY KHỐI CÁC CƠ QUAN', 'NGHỊ QUYẾT', 'I. TÌNH HÌNH', 'II. MỤC TIÊU', 'T/M BAN'];
    const at = order.map((part) => text.indexOf(part));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    // Joined lines of a paragraph, list lines kept apart.
    expect(text).toContain('\n- Nội dung sinh hoạt còn dàn trải;\n');
    expect(text).toContain('\n+ một số chi bộ chưa chú trọng sinh hoạt chuyên đề.');
    expect(text).not.toContain('MẬT');
    expect(text).not.toContain('KHẨN');
  });

  it('converts to an A4 PDF in LibreOffice with the header, number, date line, title, signature and recipients', async () => {
    const pdf = await convertWithLibreOffice(await renderDocumentWord(resolution, margins), 'docx', 'pdf');
    const text = normal(await pdfText(pdf));
    for (const part of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'ĐẢNG ỦY KHỐI CÁC CƠ QUAN',
      'Số 12-NQ/ĐU',
      'Hà Nội, ngày 07 tháng 8 năm 2009',
      'NGHỊ QUYẾT',
      'về nâng cao chất lượng sinh hoạt chi bộ',
      'T/M BAN THƯỜNG VỤ',
      'Nguyễn Văn An',
      'Nơi nhận:',
      'Các chi bộ trực thuộc',
    ])
      expect(text).toContain(part);
    const page = await (await getDocumentProxy(new Uint8Array(pdf))).getPage(1);
    const { width, height } = page.getViewport({ scale: 1 });
    // A4 in points: 210 × 297 mm.
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);

    // Where LibreOffice puts things: the issuer top left, the Party heading top right, the date level with
    // the number, the title centred between the margins, recipients at the left margin, signature right.
    const item = await firstPageItems(pdf);
    const middle = (points(margins.left) + width - points(margins.right)) / 2;
    const party = item('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect([party.fontSize, party.x > middle]).toEqual([15, true]);
    const issuer = item('ĐẢNG ỦY KHỐI CÁC CƠ QUAN');
    expect([issuer.fontSize, issuer.x + issuer.width < middle]).toEqual([14, true]);
    expect(Math.abs(item('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI').y - party.y)).toBeLessThan(2);
    const date = item('Hà Nội, ngày 07 tháng 8 năm 2009');
    expect(Math.abs(date.y - item('Số 12-NQ/ĐU').y)).toBeLessThan(2);
    expect(date.x > middle).toBe(true);
    const title = item('NGHỊ QUYẾT');
    expect(title.fontSize).toBe(16);
    expect(Math.abs(title.centre - middle)).toBeLessThan(3);
    expect(title.y).toBeLessThan(date.y);
    // A paragraph's first line starts 10 mm in from the left margin; recipients start at the margin (the
    // table's cell padding aside).
    expect(item('Mỗi chi bộ tổ chức').x).toBeCloseTo(points(margins.left + 10), 0);
    expect(Math.abs(item('Nơi nhận:').x - points(margins.left))).toBeLessThan(8);
    const signature = item('T/M BAN THƯỜNG VỤ');
    expect(signature.x > middle).toBe(true);
    expect(signature.y).toBeLessThan(title.y);
  }, 120_000);

  it('numbers the pages after the first at the top centre', async () => {
    const long = { ...resolution, body: Array.from({ length: 40 }, () => resolution.body).join('\n\n') };
    const pdf = await convertWithLibreOffice(await renderDocumentWord(long, margins), 'docx', 'pdf');
    const { items } = await extractTextItems(new Uint8Array(pdf));
    expect(items.length).toBeGreaterThan(2);
    const top = (page: number) =>
      [...(items[page] ?? [])].filter((i) => i.str.trim()).sort((a, b) => b.y - a.y)[0]?.str;
    expect(top(0)).not.toBe('1');
    expect([top(1), top(2)]).toEqual(['2', '3']);
  }, 120_000);

  it('prints an official letter draft: blank number and date, "V/v" under the number, no title, marks', async () => {
    const file = await renderDocumentWord(draftLetter, margins);
    const text = await docxText(file);
    expect(text).toContain('Số     -');
    expect(text).toContain('Hà Nội, ngày     tháng     năm 20…');
    expect(text).toContain('V/v đôn đốc nộp báo cáo sơ kết');
    expect(text).not.toContain('CÔNG VĂN');
    expect(text).toContain('TỐI MẬT');
    expect(text).toContain('HỎA TỐC');
    expect(text).toContain('K/T BÍ THƯ');
    expect(text).toContain('PHÓ BÍ THƯ');
    // Number, subject and marks stack under the star in the left column; the date line is last, on the right.
    const at = ['*', 'ĐẢNG CỘNG SẢN', 'Số     -', 'V/v', 'TỐI MẬT', 'HỎA TỐC', 'Hà Nội, ngày'].map((p) =>
      text.indexOf(p),
    );
    expect(at).toEqual([...at].sort((a, b) => a - b));
    const xml = zipPart(file, 'word/document.xml');
    expect(runProperties(xml, 'V/v đôn đốc nộp báo cáo sơ kết')).toMatch(/<w:i\/>.*<w:sz w:val="24"\/>/s);
    expect(runProperties(xml, 'TỐI MẬT')).toMatch(/<w:b\/>/);

    const pdf = normal(await pdfText(await convertWithLibreOffice(file, 'docx', 'pdf')));
    expect(pdf).toMatch(/Số\s*-/);
    expect(pdf).toMatch(/Hà Nội, ngày\s+tháng\s+năm 20…/);
    expect(pdf).toContain('V/v đôn đốc nộp báo cáo sơ kết');
    expect(pdf).toContain('Đề nghị các chi bộ gửi báo cáo sơ kết');
  }, 120_000);

  it('gives an empty decision its skeleton and a cell’s minutes the chair and the secretary', async () => {
    const decision = await docxText(
      await renderDocumentWord(
        {
          ...resolution,
          type: 'decision',
          body: '  ',
          signingForm: 'direct',
          signingFor: null,
          signerTitle: null,
        },
        margins,
      ),
    );
    expect(decision).toContain('QUYẾT ĐỊNH');
    expect(decision).toContain('- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;');
    expect(decision).toContain('BAN THƯỜNG VỤ QUYẾT ĐỊNH');
    expect(decision).toContain('Điều 1. …');
    // Nothing said about the signer: the usual signature of a committee's decision.
    expect(decision).toContain('T/M BAN THƯỜNG VỤ\n');

    const file = await renderDocumentWord(minutes, margins);
    const text = await docxText(file);
    for (const part of [
      'CHI BỘ PHÒNG TỔNG HỢP',
      'Số 03-BB/CB',
      'BIÊN BẢN',
      'Thời gian:',
      'Thành phần:',
      'CHỦ TRÌ',
    ])
      expect(text).toContain(part);
    expect(text).toContain('THƯ KÝ');
    expect(text).not.toContain('T/M');
    expect(text).not.toContain('Nơi nhận:');
    expect(text).toContain('Hà Nội, ngày 03 tháng 02 năm 2026');
    const pdf = normal(await pdfText(await convertWithLibreOffice(file, 'docx', 'pdf')));
    for (const part of [
      'BIÊN BẢN',
      'Số 03-BB/CB',
      'Hà Nội, ngày 03 tháng 02 năm 2026',
      'THƯ KÝ',
      'Lê Văn Cường',
    ])
      expect(pdf).toContain(part);
  }, 120_000);

  it('names a collective typed in capitals as running text names it', async () => {
    const text = await docxText(
      await renderDocumentWord(
        { ...resolution, type: 'directive', body: '', signingForm: 'on_behalf', signingFor: 'BAN THƯỜNG VỤ' },
        margins,
      ),
    );
    expect(text).toContain('Để …, Ban Thường vụ yêu cầu các cấp ủy');
    expect(text).toContain('T/M BAN THƯỜNG VỤ');
  });

  it('a cell signs on behalf of itself', async () => {
    const text = await docxText(
      await renderDocumentWord(
        { ...minutes, type: 'report', signingForm: 'on_behalf', signingFor: null },
        margins,
      ),
    );
    expect(text).toContain('T/M CHI BỘ');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN');
  });

  it('has a template for every type, each printing its title (a letter its "V/v" line)', async () => {
    for (const type of documentTypeKeys) {
      const text = await docxText(await renderDocumentWord({ ...resolution, type, body: '' }, margins));
      const title = templates[type].title;
      if (title) expect(text, type).toContain(`\n${title}\n`);
      else expect(text, type).toContain('V/v về nâng cao chất lượng sinh hoạt chi bộ');
      expect(text, type).toContain('Số 12-NQ/ĐU');
      expect(text.split('\n').filter((line) => line.includes('…')).length, type).toBeGreaterThan(0);
    }
  });

  it('lays out A4 with the configured margins in twips', async () => {
    const xml = (m: typeof margins) =>
      renderDocumentWord(resolution, m).then((file) => zipPart(file, 'word/document.xml'));
    const standard = await xml(margins);
    expect(standard).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(standard).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    const wide = await xml({ top: 25, bottom: 22, left: 35, right: 20 });
    expect(wide).toMatch(/<w:pgMar w:top="1417" w:right="1134" w:bottom="1247" w:left="1984"/);
  });

  it('sets the fonts and sizes of 36-HD/VPTW on the heading, title and summary runs', async () => {
    const file = await renderDocumentWord(resolution, margins);
    const xml = zipPart(file, 'word/document.xml');
    const size = (half: number) => new RegExp(`<w:sz w:val="${half}"/>`);
    const times = /<w:rFonts w:ascii="Times New Roman"/;

    const party = runProperties(xml, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    for (const part of [/<w:b\/>/, /<w:u w:val="single"\/>/, size(30), times]) expect(party).toMatch(part);
    const superior = runProperties(xml, 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI');
    expect(superior).toMatch(size(28));
    expect(superior).not.toMatch(/<w:b\/>/);
    const issuer = runProperties(xml, 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN');
    for (const part of [/<w:b\/>/, size(28), times]) expect(issuer).toMatch(part);
    expect(runProperties(xml, '*')).toMatch(size(28));
    expect(runProperties(xml, 'Số 12-NQ/ĐU')).toMatch(size(28));
    expect(runProperties(xml, 'Hà Nội, ngày 07 tháng 8 năm 2009')).toMatch(/<w:i\/>.*<w:sz w:val="28"\/>/s);
    const title = runProperties(xml, 'NGHỊ QUYẾT');
    for (const part of [/<w:b\/>/, size(32), times]) expect(title).toMatch(part);
    const summary = runProperties(xml, 'về nâng cao chất lượng sinh hoạt chi bộ');
    for (const part of [/<w:b\/>/, size(28)]) expect(summary).toMatch(part);
    expect(runProperties(xml, 'I. TÌNH HÌNH VÀ NGUYÊN NHÂN')).toMatch(/<w:b\/>/);
    expect(runProperties(xml, 'Mỗi chi bộ tổ chức ít nhất một lần sinh hoạt chuyên đề mỗi quý.')).not.toMatch(
      /<w:b\/>/,
    );
  });
  it('drops the characters XML cannot hold, so Word still opens the file', async () => {
    const file = await renderDocumentWord(
      { ...resolution, summary: 'về\u0007 sinh hoạt', body: 'Đoạn\u0000 một\uFFFE\u001F hai' },
      margins,
    );
    const xml = zipPart(file, 'word/document.xml');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters that must not be in the XML
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const text = await docxText(file);
    expect(text).toContain('về sinh hoạt');
    expect(text).toContain('Đoạn một hai');
  });
});

describe('body text to blocks', () => {
  it('joins the lines of a paragraph and keeps list lines, headings and articles apart', () => {
    expect(
      bodyBlocks(
        'Mở đầu dòng một\ndòng hai\n- ý một\ntiếp ý một\n+ ý hai\n\nII- NHIỆM VỤ\nĐiều 3. Thi hành\n\nBAN THƯỜNG VỤ QUYẾT ĐỊNH\n\n\n1. KẾT QUẢ\n2. Việc khác\r\nvẫn tiếp',
      ),
    ).toEqual([
      { kind: 'paragraph', text: 'Mở đầu dòng một dòng hai' },
      { kind: 'paragraph', text: '- ý một tiếp ý một' },
      { kind: 'paragraph', text: '+ ý hai' },
      { kind: 'paragraph', text: 'II- NHIỆM VỤ', bold: true },
      { kind: 'paragraph', lead: 'Điều 3.', text: 'Thi hành' },
      { kind: 'paragraph', text: 'BAN THƯỜNG VỤ QUYẾT ĐỊNH', bold: true, centered: true },
      { kind: 'paragraph', text: '1. KẾT QUẢ', bold: true },
      { kind: 'paragraph', text: '2. Việc khác vẫn tiếp' },
    ]);
  });

  it('reads decomposed (NFD) text as composed', () => {
    expect(bodyBlocks('Nghị quyết'.normalize('NFD'))).toEqual([{ kind: 'paragraph', text: 'Nghị quyết' }]);
  });
});
