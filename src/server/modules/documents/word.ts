import type {
  confidentialities,
  DocumentDetail,
  documentTypeKeys,
  signingForms,
  urgencies,
} from '../../../contracts/documents';
import {
  type ConfidentialityMark,
  type PageMarginsMm,
  type PartyBlock,
  type PartyDocumentSpec,
  renderPartyDocument,
  type UrgencyMark,
} from '../../platform/docx/party-document';

type DocumentTypeKey = (typeof documentTypeKeys)[number];

/** What the Word file of a drafted document is made from (the fields of `documentDetail` that it prints). */
export interface WordSource {
  type: DocumentTypeKey;
  /** "12-NQ/ĐU"; null for a draft (printed "Số     -"). */
  numberText: string | null;
  issuerName: string;
  superiorName: string | null;
  /** ISO date; null leaves the date line blank for the signer. */
  issuedOn: string | null;
  place: string | null;
  summary: string;
  /** Paragraphs separated by blank lines; empty → the type's skeleton. */
  body: string;
  signingForm: (typeof signingForms)[number];
  signingFor: string | null;
  signerTitle: string | null;
  signerName: string | null;
  recipients: readonly string[];
  confidentiality: (typeof confidentialities)[number];
  urgency: (typeof urgencies)[number];
}

interface WordTemplate {
  /** The kind of document printed above the summary; null for an official letter (its "V/v …" goes under the number). */
  title: string | null;
  showsSummary: boolean;
  /** The skeleton of an empty body ("{body}" stands for the signing collective, e.g. "BAN THƯỜNG VỤ"). */
  opening: readonly string[];
  /** Collective documents are signed T/M the committee by its secretary; minutes by their chair and secretary. */
  signature: 'collective' | 'minutes';
}

const sections = (...headings: string[]) => headings.flatMap((h) => [h, '…']);

export const templates: Readonly<Record<DocumentTypeKey, WordTemplate>> = {
  resolution: {
    title: 'NGHỊ QUYẾT',
    showsSummary: true,
    opening: sections(
      'I. TÌNH HÌNH VÀ NGUYÊN NHÂN',
      'II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP',
      'III. TỔ CHỨC THỰC HIỆN',
    ),
    signature: 'collective',
  },
  decision: {
    title: 'QUYẾT ĐỊNH',
    showsSummary: true,
    opening: [
      '- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
      '- Căn cứ Quy chế làm việc của …;',
      '- Xét đề nghị của …,',
      '{body} QUYẾT ĐỊNH',
      'Điều 1. …',
      'Điều 2. …',
      'Điều 3. Các đồng chí … chịu trách nhiệm thi hành Quyết định này.',
    ],
    signature: 'collective',
  },
  regulation: {
    title: 'QUY ĐỊNH',
    showsSummary: true,
    opening: [
      'Chương I',
      'QUY ĐỊNH CHUNG',
      'Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng',
      '…',
      'Điều 2. …',
    ],
    signature: 'collective',
  },
  directive: {
    title: 'CHỈ THỊ',
    showsSummary: true,
    opening: [
      'Thời gian qua, …',
      'Để …, {body} yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nội dung sau:',
      '1. …',
      '2. …',
      '3. Tổ chức thực hiện: …',
    ],
    signature: 'collective',
  },
  conclusion: {
    title: 'KẾT LUẬN',
    showsSummary: true,
    opening: [
      'Ngày …, {body} đã họp, nghe … báo cáo về …. Sau khi thảo luận, {body} kết luận như sau:',
      '1. …',
      '2. …',
    ],
    signature: 'collective',
  },
  rules: {
    title: 'QUY CHẾ',
    showsSummary: true,
    opening: ['Chương I', 'NHỮNG QUY ĐỊNH CHUNG', 'Điều 1. Phạm vi và đối tượng áp dụng', '…', 'Điều 2. …'],
    signature: 'collective',
  },
  circular: {
    title: 'THÔNG TRI',
    showsSummary: true,
    opening: ['…', '{body} yêu cầu các cấp ủy, tổ chức đảng:', '1. …', '2. …'],
    signature: 'collective',
  },
  guidance: {
    title: 'HƯỚNG DẪN',
    showsSummary: true,
    opening: sections('I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG HƯỚNG DẪN', 'III. TỔ CHỨC THỰC HIỆN'),
    signature: 'collective',
  },
  notice: {
    title: 'THÔNG BÁO',
    showsSummary: true,
    opening: ['Ngày …, {body} đã họp về …. {body} thông báo như sau:', '1. …', '2. …'],
    signature: 'collective',
  },
  report: {
    title: 'BÁO CÁO',
    showsSummary: true,
    opening: sections(
      'I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN',
      'II. HẠN CHẾ VÀ NGUYÊN NHÂN',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
      'IV. KIẾN NGHỊ, ĐỀ XUẤT',
    ),
    signature: 'collective',
  },
  plan: {
    title: 'KẾ HOẠCH',
    showsSummary: true,
    opening: sections('I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG', 'III. TỔ CHỨC THỰC HIỆN'),
    signature: 'collective',
  },
  program: {
    title: 'CHƯƠNG TRÌNH',
    showsSummary: true,
    opening: sections('I. MỤC TIÊU', 'II. NỘI DUNG VÀ TIẾN ĐỘ', 'III. TỔ CHỨC THỰC HIỆN'),
    signature: 'collective',
  },
  project: {
    title: 'ĐỀ ÁN',
    showsSummary: true,
    opening: sections('I. SỰ CẦN THIẾT', 'II. MỤC TIÊU, NHIỆM VỤ', 'III. GIẢI PHÁP', 'IV. TỔ CHỨC THỰC HIỆN'),
    signature: 'collective',
  },
  submission: {
    title: 'TỜ TRÌNH',
    showsSummary: true,
    opening: ['Kính gửi: …', '…', '{body} kính trình … xem xét, quyết định.'],
    signature: 'collective',
  },
  letter: {
    title: null,
    showsSummary: false,
    opening: ['Kính gửi: …', '…'],
    signature: 'collective',
  },
  minutes: {
    title: 'BIÊN BẢN',
    showsSummary: true,
    opening: [
      'Thời gian: … giờ …, ngày … tháng … năm …',
      'Địa điểm: …',
      'Thành phần: …',
      'Chủ trì: …; thư ký: …',
      'NỘI DUNG',
      '…',
      'Biên bản đã được đọc lại trước hội nghị và được nhất trí thông qua; hội nghị kết thúc lúc … giờ … cùng ngày.',
    ],
    signature: 'minutes',
  },
  invitation: {
    title: 'GIẤY MỜI',
    showsSummary: true,
    opening: ['{body} trân trọng kính mời: …', 'Tới dự: …', 'Thời gian: …', 'Địa điểm: …'],
    signature: 'collective',
  },
  introduction: {
    title: 'GIẤY GIỚI THIỆU',
    showsSummary: false,
    opening: [
      '{body} trân trọng giới thiệu đồng chí: …',
      'Chức vụ: …',
      'Được cử đến: …',
      'Về việc: …',
      'Đề nghị … giúp đỡ đồng chí hoàn thành nhiệm vụ.',
    ],
    signature: 'collective',
  },
};

const confidentialityMarks: Record<WordSource['confidentiality'], ConfidentialityMark | undefined> = {
  normal: undefined,
  confidential: 'MẬT',
  secret: 'TỐI MẬT',
  top_secret: 'TUYỆT MẬT',
};
const urgencyMarks: Record<WordSource['urgency'], UrgencyMark | undefined> = {
  normal: undefined,
  urgent: 'KHẨN',
  very_urgent: 'THƯỢNG KHẨN',
  express: 'HỎA TỐC',
};

/**
 * The collective a body's documents are signed for (T/M …) and how the text names it: a cell signs as its
 * "Chi bộ", a committee (Đảng ủy, Huyện ủy …) as its "Ban Thường vụ", other bodies under their own name.
 */
export function collectiveOf(issuerName: string): { capitals: string; prose: string } {
  const name = issuerName.normalize('NFC').trim();
  const lower = name.toLocaleLowerCase('vi');
  if (lower.startsWith('chi bộ')) return { capitals: 'CHI BỘ', prose: 'Chi bộ' };
  if (/(ủy|uỷ)(\s|$)/u.test(lower) || lower.startsWith('đảng bộ'))
    return { capitals: 'BAN THƯỜNG VỤ', prose: 'Ban Thường vụ' };
  return { capitals: name.toLocaleUpperCase('vi'), prose: name };
}

const given = (text: string | null) => text?.normalize('NFC').trim() || null;

/** How running text names the usual collectives typed in capitals for the T/M line. */
const proseOf: Readonly<Record<string, string>> = {
  'BAN THƯỜNG VỤ': 'Ban Thường vụ',
  'BAN CHẤP HÀNH': 'Ban Chấp hành',
  'CHI BỘ': 'Chi bộ',
  'CHI ỦY': 'Chi ủy',
  'ĐẢNG ỦY': 'Đảng ủy',
};

/** The signing collective as the T/M line prints it and as the body's text names it. */
function collectiveFor(source: WordSource): { capitals: string; prose: string } {
  const signingFor = given(source.signingFor);
  if (!signingFor) return collectiveOf(source.issuerName);
  const capitals = signingFor.toLocaleUpperCase('vi');
  return { capitals, prose: isCapitals(signingFor) ? (proseOf[capitals] ?? signingFor) : signingFor };
}

function signatureOf(source: WordSource, template: WordTemplate): PartyDocumentSpec['signature'] {
  const name = given(source.signerName) ?? '';
  const title = given(source.signerTitle);
  const signingFor = given(source.signingFor);
  const collective = collectiveFor(source).capitals;
  if (template.signature === 'minutes' && source.signingForm === 'direct')
    return { role: title ?? 'CHỦ TRÌ', name };
  switch (source.signingForm) {
    case 'on_behalf':
      return { onBehalfOf: `T/M ${collective}`, role: title ?? 'BÍ THƯ', name };
    case 'deputy':
      return { onBehalfOf: `K/T ${signingFor ?? 'BÍ THƯ'}`, role: title ?? 'PHÓ BÍ THƯ', name };
    default:
      // A draft that says nothing about its signer gets the usual form of a collective's document.
      return title || signingFor
        ? { role: title ?? 'BÍ THƯ', name }
        : { onBehalfOf: `T/M ${collective}`, role: 'BÍ THƯ', name };
  }
}

const romanHeading = /^[IVXLC]+[.-]\s/u;
const numbered = /^\d+(\.\d+)*[.-]\s/u;
const article = /^(Điều\s+\d+[a-z]?\.)\s*(.*)$/u;
const division = /^(Chương|Phần|Mục)\s+([IVXLC]+|\d+|thứ\s+\S+)$/iu;
const listLine = /^[-+]\s/u;
const startsBlock = (line: string) =>
  listLine.test(line) || romanHeading.test(line) || article.test(line) || isCapitals(line);
/** A line of capitals ("NỘI DUNG", "BAN THƯỜNG VỤ QUYẾT ĐỊNH") stands alone, centred in bold. */
function isCapitals(line: string): boolean {
  return /\p{L}/u.test(line) && line === line.toLocaleUpperCase('vi') && line.length <= 200;
}

function blockOf(text: string): PartyBlock {
  const articleMatch = article.exec(text);
  if (articleMatch?.[1]) return { kind: 'paragraph', lead: articleMatch[1], text: articleMatch[2] ?? '' };
  // "I. …" and a numbered line in capitals ("1. KẾT QUẢ ĐẠT ĐƯỢC") are headings, in bold where paragraphs start.
  if (romanHeading.test(text) || (numbered.test(text) && isCapitals(text)))
    return { kind: 'paragraph', text, bold: true };
  if (division.test(text) || isCapitals(text)) return { kind: 'paragraph', text, bold: true, centered: true };
  return { kind: 'paragraph', text };
}

/**
 * Body text to blocks: paragraphs are separated by blank lines and their lines joined, except that a list line
 * ("- …", "+ …"), a heading ("I. …"), an article ("Điều 1. …") or a line of capitals starts a block of its own.
 */
export function bodyBlocks(body: string): PartyBlock[] {
  const blocks: PartyBlock[] = [];
  for (const paragraph of body
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)) {
    let current: string[] = [];
    const flush = () => {
      if (current.length) blocks.push(blockOf(current.join(' ')));
      current = [];
    };
    for (const raw of paragraph.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (startsBlock(line) || division.test(line)) flush();
      current.push(line);
      if (division.test(line) || isCapitals(line)) flush();
    }
    flush();
  }
  return blocks;
}

function skeleton(source: WordSource, template: WordTemplate): string {
  const { capitals, prose } = collectiveFor(source);
  return template.opening
    .map((line) => line.replaceAll('{body}', isCapitals(line.replaceAll('{body}', '')) ? capitals : prose))
    .join('\n\n');
}

const withVv = (summary: string) => (/^v\/v\b/iu.test(summary) ? summary : `V/v ${summary}`);

export function wordSpecOf(source: WordSource, margins: PageMarginsMm): PartyDocumentSpec {
  const template = templates[source.type];
  const summary = source.summary.normalize('NFC').trim();
  const body = source.body.trim() ? source.body : skeleton(source, template);
  return {
    superior: source.superiorName ?? undefined,
    issuer: source.issuerName,
    number: source.numberText ? `Số ${source.numberText}` : undefined,
    place: source.place?.trim() || '…',
    date: source.issuedOn,
    title: template.title ?? undefined,
    subject: template.title && template.showsSummary && summary ? summary : undefined,
    letterSubject: template.title ? undefined : withVv(summary),
    confidentiality: confidentialityMarks[source.confidentiality],
    urgency: urgencyMarks[source.urgency],
    body: bodyBlocks(body),
    recipients: source.recipients,
    signature: signatureOf(source, template),
    counterSignature: template.signature === 'minutes' ? { role: 'THƯ KÝ', name: '' } : undefined,
    margins,
  };
}

/** The Party-layout .docx of a drafted document (Hướng dẫn 36-HD/VPTW), from its template when the body is empty. */
export function renderDocumentWord(source: WordSource, margins: PageMarginsMm): Promise<Buffer> {
  return renderPartyDocument(wordSpecOf(source, margins));
}

/** `documentDetail` (with its issuer's superior) to what the Word file prints. */
export function wordSourceOf(detail: DocumentDetail & { superiorName: string | null }): WordSource {
  return {
    type: detail.type,
    numberText: detail.numberText,
    issuerName: detail.issuerName,
    superiorName: detail.superiorName,
    issuedOn: detail.issuedOn,
    place: detail.place,
    summary: detail.summary,
    body: detail.body,
    signingForm: detail.signingForm,
    signingFor: detail.signingFor,
    signerTitle: detail.signerTitle,
    signerName: detail.signerName,
    recipients: detail.recipients,
    confidentiality: detail.confidentiality,
    urgency: detail.urgency,
  };
}
