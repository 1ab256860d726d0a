/**
 * Word output benchmark (issue 6, "rendering time per .docx"): ~200 drafted documents of mixed types, each a
 * few pages of realistic Party prose (headings, list lines, articles), rendered to Party-layout .docx by
 * `renderDocumentWord`, one after another in this process (the route renders one per request). A warm-up
 * round is not timed. Run alone with `npx tsx bench/documents-word.ts` (option `--documents 200`).
 */
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { documentTypeKeys } from '../src/contracts/documents';
import { renderDocumentWord, type WordSource } from '../src/server/modules/documents/word';
import { loadAverage } from './machine';

const margins = { top: 20, bottom: 20, left: 30, right: 15 };

const sentences = [
  'Các cấp ủy, tổ chức đảng tiếp tục quán triệt sâu sắc Nghị quyết Đại hội XIII của Đảng và Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.',
  'Chi bộ duy trì nền nếp sinh hoạt định kỳ hằng tháng, nâng cao chất lượng sinh hoạt chuyên đề theo Hướng dẫn số 12-HD/BTCTW.',
  'Công tác kiểm tra, giám sát được thực hiện thường xuyên, kịp thời phát hiện và chấn chỉnh những hạn chế, khuyết điểm.',
  'Việc học tập, quán triệt các chỉ thị, nghị quyết của Đảng được tổ chức nghiêm túc, đúng kế hoạch, bảo đảm tỷ lệ đảng viên tham gia.',
  'Đội ngũ cán bộ, đảng viên phát huy tinh thần trách nhiệm, gương mẫu thực hiện nhiệm vụ chính trị được giao.',
  'Bên cạnh kết quả đạt được, một số chi bộ còn lúng túng trong việc xây dựng nội dung sinh hoạt, chưa bám sát nhiệm vụ chính trị của cơ quan, đơn vị.',
];

function paragraph(seed: number, count: number): string {
  return Array.from({ length: count }, (_, i) => sentences[(seed + i) % sentences.length]).join(' ');
}

/** Three to five pages: roman-numbered sections, paragraphs, list lines, and articles for decisions. */
function bodyOf(type: WordSource['type'], seed: number): string {
  const parts: string[] = [];
  const sectionTitles = ['I. TÌNH HÌNH VÀ KẾT QUẢ', 'II. HẠN CHẾ VÀ NGUYÊN NHÂN', 'III. NHIỆM VỤ, GIẢI PHÁP'];
  const pages = 3 + (seed % 3);
  for (let s = 0; s < pages; s += 1) {
    if (type === 'decision' || type === 'regulation' || type === 'rules')
      parts.push(`Điều ${s + 1}. ${paragraph(seed + s, 2)}`);
    else parts.push(sectionTitles[s % sectionTitles.length] ?? '');
    for (let p = 0; p < 4; p += 1) parts.push(paragraph(seed + s + p, 3 + (p % 3)));
    parts.push(
      [
        '- Tăng cường công tác chính trị, tư tưởng;',
        '- Nâng cao chất lượng sinh hoạt chi bộ;',
        '+ kiểm tra việc thực hiện.',
      ].join('\n'),
    );
  }
  return parts.join('\n\n');
}

export function sampleDocuments(count: number): WordSource[] {
  return Array.from({ length: count }, (_, i) => {
    const type = documentTypeKeys[i % documentTypeKeys.length] ?? 'resolution';
    return {
      type,
      numberText: i % 5 === 0 ? null : `${i + 1}-NQ/ĐU`,
      issuerName: i % 2 ? 'Đảng ủy Khối các cơ quan' : 'Chi bộ Phòng Tổng hợp',
      superiorName: 'Đảng bộ Thành phố Hà Nội',
      issuedOn: i % 5 === 0 ? null : `2026-${String((i % 12) + 1).padStart(2, '0')}-07`,
      place: 'Hà Nội',
      summary: 'về tăng cường công tác xây dựng, chỉnh đốn Đảng trong tình hình mới',
      body: bodyOf(type, i),
      signingForm: (['direct', 'on_behalf', 'deputy'] as const)[i % 3] ?? 'direct',
      signingFor: null,
      signerTitle: null,
      signerName: 'Nguyễn Văn An',
      recipients: ['Ban Thường vụ Thành ủy', 'Các chi bộ trực thuộc', 'Lưu Văn phòng'],
      confidentiality: i % 7 === 0 ? 'confidential' : 'normal',
      urgency: i % 11 === 0 ? 'urgent' : 'normal',
    };
  });
}

export async function benchWord(documents = 200): Promise<{ msPerDocument: number; documents: number }> {
  const sources = sampleDocuments(documents);
  for (const source of sources.slice(0, 10)) await renderDocumentWord(source, margins);
  const started = performance.now();
  for (const source of sources) await renderDocumentWord(source, margins);
  return { msPerDocument: (performance.now() - started) / documents, documents };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--documents');
  const load = loadAverage();
  const result = await benchWord(i >= 0 ? Number(process.argv[i + 1]) : 200);
  process.stdout.write(
    `Word output: ${result.documents} documents of mixed types (3-5 pages each), ${result.msPerDocument.toFixed(1)} ms per document ` +
      `(${cpus().length} cores, load average at the start ${load.map((l) => l.toFixed(1)).join(' / ')}).\n`,
  );
}
