import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate, partyNumber, stateNumber } from '../../test/arbitraries/party-documents';
import { documentDate, shortDate } from './document-dates';
import { type DocumentTypeKey, documentTypes, typesBySymbol } from './party-document-types';
import { formatPartyNumber } from './party-numbers';
import { type FoundReference, findReferences } from './party-references';

type Expected = Omit<FoundReference, 'start' | 'end' | 'number'>;
const ref = (raw: string, type: DocumentTypeKey, date?: string): Expected => {
  const [, numberText = '', symbol = '', issuer = ''] =
    /([0-9]+)\s*[-–]\s*(\S+?)\s*\/\s*([A-ZĐ0-9]+)/u.exec(raw.normalize('NFC')) ?? [];
  return { raw, type, numberText, symbol, issuer, ...(date ? { date } : {}) };
};

/** The expected references with their offsets, found by searching for each raw text after the previous one. */
function located(text: string, expected: Expected[]): FoundReference[] {
  let from = 0;
  return expected.map((e) => {
    const start = text.indexOf(e.raw, from);
    if (start < 0) throw new Error(`${e.raw} is not in the text`);
    from = start + e.raw.length;
    return { ...e, number: Number(e.numberText), start, end: from };
  });
}

/** "Unicode tổ hợp": precomposed â ê ô ơ ư ă, tone marks combining — neither NFC nor NFD. */
const shapeMarks = new Set(['\u0302', '\u0306', '\u031b']);
const composite = (text: string) =>
  text.normalize('NFD').replace(/(\P{M})(\p{M}+)/gu, (_, base: string, marks: string) => {
    const shape = [...marks].filter((m) => shapeMarks.has(m)).join('');
    const tones = [...marks].filter((m) => !shapeMarks.has(m)).join('');
    return `${`${base}${shape}`.normalize('NFC')}${tones}`;
  });

const paragraphs: { text: string; references: Expected[] }[] = [
  {
    text:
      'Thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng ' +
      'khóa XIII về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và Kết luận 01-KL/TW ngày 18/5/2021 của ' +
      'Bộ Chính trị, Ban Thường vụ Đảng ủy đã ban hành Kế hoạch số 45-KH/ĐU. Các chi bộ quán triệt các Quy định ' +
      '22-QĐ/TW, 24-QĐ/TW và Quy định số 37-QĐ/TW ngày 25/10/2021 về những điều đảng viên không được làm. ' +
      'Việc thi hành Luật Cán bộ, công chức và Nghị định 30/2020/NĐ-CP về công tác văn thư được thực hiện song ' +
      'song (xem Hướng dẫn 36-HD/VPTW).',
    references: [
      ref('Nghị quyết số 21-NQ/TW ngày 16/6/2022', 'resolution', '2022-06-16'),
      ref('Kết luận 01-KL/TW ngày 18/5/2021', 'conclusion', '2021-05-18'),
      ref('Kế hoạch số 45-KH/ĐU', 'plan'),
      ref('Quy định 22-QĐ/TW', 'regulation'),
      ref('24-QĐ/TW', 'regulation'),
      ref('Quy định số 37-QĐ/TW ngày 25/10/2021', 'regulation', '2021-10-25'),
      ref('Hướng dẫn 36-HD/VPTW', 'guidance'),
    ],
  },
  {
    text:
      'Ngày 07/8/2009, Bộ Chính trị ban hành QUYẾT ĐỊNH SỐ 253-QĐ/TW về chức năng, nhiệm vụ của Văn phòng ' +
      'Trung ương Đảng. Theo Quyết định 1234/QĐ-UBND ngày 12/3/2020 của Ủy ban nhân dân tỉnh và Thông tư ' +
      '15/2023/TT-BTC của Bộ Tài chính, kinh phí được bố trí riêng. Đảng ủy Khối thực hiện Chỉ thị số 05-CT/TW ' +
      'ngày 15/5/2016, Thông báo kết luận số 123-TB/TW và Chương trình hành động 12-CTr/ĐUK; Tờ trình số ' +
      '08-TTr/BTCĐU ngày 31/02/2024 (ngày ghi nhầm) được trả lại. Công văn số 1520-CV/VPTW\nhướng dẫn gửi ' +
      'báo cáo trước ngày 15/12.',
    references: [
      ref('QUYẾT ĐỊNH SỐ 253-QĐ/TW', 'decision'),
      ref('Chỉ thị số 05-CT/TW ngày 15/5/2016', 'directive', '2016-05-15'),
      ref('Thông báo kết luận số 123-TB/TW', 'notice'),
      ref('12-CTr/ĐUK', 'program'),
      ref('Tờ trình số 08-TTr/BTCĐU', 'submission'),
      ref('Công văn số 1520-CV/VPTW', 'letter'),
    ],
  },
  {
    text:
      'Căn cứ Quy định số 07-QĐi/TW ngày 28/8/2017 và Quy định 08-QĐi/TW của Ban Chấp hành Trung ương về ' +
      'trách nhiệm nêu gương, Ban Thường vụ Thành ủy ban hành Hướng dẫn số 02-HD/TU ngày 07 tháng 01 năm 2018 ' +
      'cùng Quyết định số 1089-QĐ/TU ngày 7-2-2018 về công tác cán bộ. Ban Tổ chức Thành ủy có Báo cáo ' +
      '118-BC/BTCTU ngày 30/6/2018; Đề án số 03-ĐA/TU (kèm Nghị định 99/2016/NĐ-CP và Quyết định 2210/QĐ-TTg) ' +
      'đã được thông qua. Giấy mời số 15-GM/VPTU và Biên bản 04-BB/UBKTTU, Kết luận 12-KL/UBKTTU lưu tại ' +
      'Văn phòng.',
    references: [
      ref('Quy định số 07-QĐi/TW ngày 28/8/2017', 'regulation', '2017-08-28'),
      ref('Quy định 08-QĐi/TW', 'regulation'),
      ref('Hướng dẫn số 02-HD/TU ngày 07 tháng 01 năm 2018', 'guidance', '2018-01-07'),
      ref('Quyết định số 1089-QĐ/TU ngày 7-2-2018', 'decision', '2018-02-07'),
      ref('Báo cáo 118-BC/BTCTU ngày 30/6/2018', 'report', '2018-06-30'),
      ref('Đề án số 03-ĐA/TU', 'project'),
      ref('Giấy mời số 15-GM/VPTU', 'invitation'),
      ref('Biên bản 04-BB/UBKTTU', 'minutes'),
      ref('Kết luận 12-KL/UBKTTU', 'conclusion'),
    ],
  },
  {
    text:
      'Các văn bản gồm: nghị quyết 05-NQ/ĐUCQ; (kế hoạch số 10 - KH / ĐUCQ); chỉ thị 03–CT/HU, số 04-CT/HU và ' +
      '05-CT/HU; quy định 15-QĐ/ĐUK; quyết định 16-QĐ/ĐUK. Giấy giới thiệu số 201-GGT/BTCĐU ngày 02/01/2025. ' +
      'Quy chế làm việc 01-QC/CB được sửa theo Quy chế số 02-QC/CB. Văn bản 09-QĐ/TW vẫn còn hiệu lực; ' +
      'Nghị quyết 01/2024/NQ-HĐND và Chỉ thị 05/CT-TTg không thuộc hệ thống văn bản của Đảng.',
    references: [
      ref('nghị quyết 05-NQ/ĐUCQ', 'resolution'),
      ref('kế hoạch số 10 - KH / ĐUCQ', 'plan'),
      ref('chỉ thị 03–CT/HU', 'directive'),
      ref('04-CT/HU', 'directive'),
      ref('05-CT/HU', 'directive'),
      ref('quy định 15-QĐ/ĐUK', 'regulation'),
      ref('quyết định 16-QĐ/ĐUK', 'decision'),
      ref('Giấy giới thiệu số 201-GGT/BTCĐU ngày 02/01/2025', 'introduction', '2025-01-02'),
      ref('01-QC/CB', 'rules'),
      ref('Quy chế số 02-QC/CB', 'rules'),
      ref('09-QĐ/TW', 'decision'),
    ],
  },
];

describe('finding Party document references in running text', () => {
  it.each(paragraphs.map((p, i) => [i + 1, p] as const))(
    'reads paragraph %i exactly',
    (_, { text, references }) => {
      expect(findReferences(text)).toEqual(located(text, references));
    },
  );

  it.each(paragraphs.map((p, i) => [i + 1, p] as const))(
    'reads paragraph %i the same in NFD and in "Unicode tổ hợp", with offsets into that text',
    (_, { text, references }) => {
      for (const form of [text.normalize('NFD'), composite(text)]) {
        expect(form).not.toBe(text);
        expect(composite(text)).not.toBe(text.normalize('NFD'));
        const expected = located(
          form,
          references.map((r) => ({
            ...r,
            raw: form === composite(text) ? composite(r.raw) : r.raw.normalize('NFD'),
          })),
        );
        const found = findReferences(form);
        expect(found).toEqual(expected);
        for (const r of found) expect(form.slice(r.start, r.end)).toBe(r.raw);
      }
    },
  );

  it('reads paragraphs of mixed normal forms joined together', () => {
    const forms = paragraphs.map(({ text, references }, i) => {
      const normalise = [(s: string) => s, (s: string) => s.normalize('NFD'), composite][i % 3] ?? ((s) => s);
      return { text: normalise(text), references: references.map((r) => ({ ...r, raw: normalise(r.raw) })) };
    });
    const text = forms.map((f) => f.text).join('\n\n');
    expect(findReferences(text)).toEqual(
      located(
        text,
        forms.flatMap((f) => f.references),
      ),
    );
  });

  it('keeps the offsets of a composed reference after decomposed text', () => {
    const text = `${'Đảng ủy cơ quan'.normalize('NFD')} (Nghị quyết 05-NQ/ĐU).`;
    const [found] = findReferences(text);
    expect(found).toMatchObject({
      raw: 'Nghị quyết 05-NQ/ĐU',
      start: 'Đảng ủy cơ quan'.normalize('NFD').length + 2,
    });
  });

  it('leaves out a date that cannot be, and a word that is part of another word', () => {
    expect(findReferences('Kết luận 01-KL/TW ngày 30/02/2021')).toMatchObject([{ raw: 'Kết luận 01-KL/TW' }]);
    expect(findReferences('Phụ lục báo cáo12-BC/TU')).toEqual([]);
    expect(findReferences('xem phầnNghị quyết 21-NQ/TW')).toMatchObject([
      { raw: '21-NQ/TW', type: 'resolution' },
    ]);
  });

  it('lets the symbol decide over a word that names another type', () => {
    expect(findReferences('Quyết định 21-NQ/TW')).toMatchObject([{ raw: '21-NQ/TW', type: 'resolution' }]);
  });

  it('refuses numbers glued to other numbers or codes', () => {
    for (const text of [
      '12/21-NQ/TW',
      'mã 1.234-CV/VPTW',
      'A21-NQ/TW',
      '21-NQ/TW-CP',
      '21-NQ/TWx',
      '21-NQ/tw',
      '0-NQ/TW',
    ]) {
      expect(findReferences(text), text).toEqual([]);
    }
  });
});

const fillers = [
  'các chi bộ',
  'đảng viên',
  'thực hiện',
  'của Ban Thường vụ',
  'theo',
  'Bộ Chính trị',
  'trong năm 2025',
  'tổ chức học tập, quán triệt',
  'Nghị định 30/2020/NĐ-CP',
  'Quyết định 1234/QĐ-UBND',
  'Thông tư 15/2023/TT-BTC',
];
const casings = [(s: string) => s, (s: string) => s.toLocaleUpperCase('vi')];
const capitalise = (s: string) => `${s.charAt(0).toLocaleUpperCase('vi')}${s.slice(1)}`;

/** A reference as a writer would put it, with the reference the finder should return. */
const writtenReference = fc
  .record({
    generated: partyNumber,
    named: fc.boolean(),
    so: fc.boolean(),
    casing: fc.constantFrom(...casings, capitalise),
    date: fc.option(fc.tuple(isoDate, fc.boolean()), { nil: undefined }),
    nfd: fc.boolean(),
  })
  .chain((r) =>
    fc.constantFrom(...documentTypes[r.generated.type].word).map((word) => {
      const number = formatPartyNumber(r.generated);
      const head = r.named ? `${r.casing(word)} ${r.so ? 'số ' : ''}` : '';
      const tail = r.date ? ` ${r.date[1] ? documentDate(r.date[0]) : `ngày ${shortDate(r.date[0])}`}` : '';
      const nfc = `${head}${number}${tail}`;
      const raw = r.nfd ? nfc.normalize('NFD') : nfc;
      const type: DocumentTypeKey = r.named
        ? r.generated.type
        : (typesBySymbol(r.generated.symbol)[0] ?? r.generated.type);
      return { ...r.generated, raw, type, date: r.date?.[0] };
    }),
  );

describe('finding references, properties', () => {
  it('finds exactly the references written among ordinary words and state documents', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.array(fc.constantFrom(...fillers), { minLength: 1, maxLength: 3 }), writtenReference),
          {
            maxLength: 6,
          },
        ),
        fc.constantFrom('.', ' —', ';', ','),
        (items, end) => {
          const text = `${items.map(([words, r]) => `${words.join(' ')} ${r.raw}${end}`).join(' ')} hết.`;
          const expected = located(
            text,
            items.map(([, r]) => ({
              raw: r.raw,
              type: r.type,
              numberText: String(r.number).padStart(2, '0'),
              symbol: r.symbol,
              issuer: r.issuer,
              ...(r.date ? { date: r.date } : {}),
            })),
          );
          expect(findReferences(text)).toEqual(expected);
        },
      ),
    );
  });

  it('never returns a state document', () => {
    const words = Object.values(documentTypes).flatMap((t) => t.word);
    fc.assert(
      fc.property(fc.constantFrom(...words, 'Nghị định', 'Thông tư', 'Luật'), stateNumber, (word, state) => {
        expect(findReferences(`Căn cứ ${word} số ${state} ngày 01/7/2021 và ${state}.`)).toEqual([]);
      }),
    );
  });

  it('returns ordered references that slice back to their raw text, whatever the text', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constantFrom(
        'Nghị quyết ',
        'số ',
        '21',
        '-',
        '–',
        'NQ',
        'QĐi',
        '/',
        'TW',
        ' ngày ',
        '07/08/2009',
        '\u0301',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        let previousEnd = 0;
        for (const r of findReferences(text)) {
          expect(text.slice(r.start, r.end)).toBe(r.raw);
          expect(r.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = r.end;
        }
      }),
    );
  });
});
