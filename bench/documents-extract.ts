/**
 * Extraction of Party document references from running text (issue 6): `findReferences` over ~10 MB of
 * Vietnamese Party news — paragraphs with 5-9 references each, state-law citations mixed in, paragraphs without
 * references between them — reported in MB/s of UTF-8 input. Also measured on the same text in NFD (the slow
 * path, which recomposes the text and maps offsets back). Run alone with `npx tsx bench/documents-extract.ts`.
 */
import { fileURLToPath } from 'node:url';
import { findReferences } from '../src/domain/party-references';

const referenceParagraphs = [
  'Thực hiện Nghị quyết số {a}-NQ/TW ngày {d}/{m}/20{y} của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng ' +
    'khóa XIII về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và Kết luận {b}-KL/TW ngày 18/5/2021 của ' +
    'Bộ Chính trị, Ban Thường vụ Đảng ủy đã ban hành Kế hoạch số {c}-KH/ĐU. Các chi bộ quán triệt các Quy định ' +
    '{a}-QĐ/TW, {b}-QĐ/TW và Quy định số {c}-QĐ/TW ngày {d} tháng {m} năm 20{y} về những điều đảng viên không ' +
    'được làm. Việc thi hành Luật Cán bộ, công chức và Nghị định 30/20{y}/NĐ-CP về công tác văn thư được thực ' +
    'hiện song song (xem Hướng dẫn {a}-HD/VPTW).',
  'Ngày {d}/{m}/20{y}, Bộ Chính trị ban hành Quyết định số {c}-QĐ/TW về chức năng, nhiệm vụ của Văn phòng ' +
    'Trung ương Đảng. Theo Quyết định {a}{b}/QĐ-UBND ngày 12/3/20{y} của Ủy ban nhân dân tỉnh và Thông tư ' +
    '{b}/20{y}/TT-BTC của Bộ Tài chính, kinh phí được bố trí riêng. Đảng ủy Khối thực hiện Chỉ thị số {a}-CT/TW ' +
    'ngày 15/5/2016, Thông báo kết luận số {c}-TB/TW và Chương trình hành động {b}-CTr/ĐUK; Tờ trình số ' +
    '{a}-TTr/BTCĐU ngày {d}/{m}/20{y} được thông qua. Công văn số {c}{a}-CV/VPTW\nhướng dẫn gửi báo cáo ' +
    'trước ngày 15/12.',
  'Căn cứ Quy định số {a}-QĐi/TW ngày 28/8/2017 và Quy định {b}-QĐi/TW của Ban Chấp hành Trung ương về trách ' +
    'nhiệm nêu gương, Ban Thường vụ Thành ủy ban hành Hướng dẫn số {c}-HD/TU ngày {d} tháng {m} năm 20{y} cùng ' +
    'Quyết định số {a}{c}-QĐ/TU ngày 7-2-2018 về công tác cán bộ. Ban Tổ chức Thành ủy có Báo cáo {b}-BC/BTCTU ' +
    'ngày 30/6/2018; Đề án số {a}-ĐA/TU (kèm Nghị định 99/2016/NĐ-CP và Quyết định 2210/QĐ-TTg) đã được ' +
    'thông qua. Giấy mời số {c}-GM/VPTU và Biên bản {b}-BB/UBKTTU, Kết luận {a}-KL/UBKTTU lưu tại Văn phòng.',
];
const plainParagraphs = [
  'Sáng {d}/{m}, tại Hội trường Đảng ủy, Ban Thường vụ Đảng ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng ' +
    'sáu tháng đầu năm, triển khai nhiệm vụ sáu tháng cuối năm 20{y}. Dự hội nghị có các đồng chí Ủy viên Ban ' +
    'Thường vụ, Ủy viên Ban Chấp hành Đảng bộ, bí thư các chi bộ trực thuộc và đại diện lãnh đạo các đơn vị.',
  'Phát biểu chỉ đạo, đồng chí Bí thư Đảng ủy đề nghị các cấp ủy tiếp tục đổi mới nội dung, phương thức lãnh ' +
    'đạo; nâng cao chất lượng sinh hoạt chi bộ, chú trọng sinh hoạt chuyên đề; làm tốt công tác phát triển ' +
    'đảng viên, nhất là trong đoàn viên thanh niên ưu tú; thực hiện nghiêm chế độ báo cáo định kỳ theo quy định.',
];

const fill = (template: string, i: number) => {
  const n = (k: number) => String(((i * 7919 + k * 104_729) % 998) + 1).padStart(2, '0');
  return template
    .replaceAll('{a}', n(1))
    .replaceAll('{b}', n(2))
    .replaceAll('{c}', n(3))
    .replaceAll('{d}', String((i % 28) + 1))
    .replaceAll('{m}', String((i % 12) + 1))
    .replaceAll('{y}', String(10 + (i % 16)));
};

/** About `megabytes` of text: reference paragraphs and plain ones, alternating, with varied numbers. */
export function buildCorpus(megabytes = 10): string {
  const target = megabytes * 1e6;
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < target; i++) {
    const template =
      i % 3 === 2
        ? plainParagraphs[i % plainParagraphs.length]
        : referenceParagraphs[i % referenceParagraphs.length];
    const paragraph = `${fill(template ?? '', i)}\n\n`;
    parts.push(paragraph);
    bytes += Buffer.byteLength(paragraph, 'utf8');
  }
  return parts.join('');
}

function measure(
  text: string,
  rounds: number,
): { mbPerSecond: number; references: number; megabytes: number } {
  const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;
  let references = findReferences(text).length; // warm-up
  const started = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) references = findReferences(text).length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { mbPerSecond: (megabytes * rounds) / seconds, references, megabytes };
}

export async function benchExtraction(
  rounds = 3,
): Promise<{ mbPerSecond: number; references: number; megabytes: number; nfdMbPerSecond: number }> {
  const corpus = buildCorpus(10);
  const nfc = measure(corpus, rounds);
  const nfd = measure(corpus.normalize('NFD'), rounds);
  if (nfd.references !== nfc.references) {
    throw new Error(`NFD text gave ${nfd.references} references, NFC ${nfc.references}`);
  }
  return { ...nfc, nfdMbPerSecond: nfd.mbPerSecond };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchExtraction();
  console.log(
    `findReferences: ${result.megabytes.toFixed(1)} MB, ${result.references} references, ` +
      `${result.mbPerSecond.toFixed(1)} MB/s (NFC), ${result.nfdMbPerSecond.toFixed(1)} MB/s (NFD)`,
  );
}
