import type { PageMarginsMm, PartyBlock } from '../../platform/docx/party-document';
import { renderPartyDocument } from '../../platform/docx/party-document';
import type { NarrativeEntry } from './synthesis-compile';
import type { SynthesisContent } from './synthesis-content';
import { judgementPlaceholders, reviewRecipients } from './synthesis-content';
import { sourcePeriodName } from './synthesis-period';

export interface SynthesisWordSource {
  content: SynthesisContent;
  /** The registry's issuer of the unit, when it has one: its name, superior and code head the draft. */
  issuer: { code: string; name: string; superiorName: string | null } | null;
  /** The collective the report is signed for ("BAN THƯỜNG VỤ") and how the text names the unit. */
  collective: { capitals: string; prose: string };
  /** Where the report is dated; null when the product does not know it: the office writes it in. */
  place: string | null;
  margins?: PageMarginsMm;
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const shown = (value: number | null) => (value === null ? '…' : numberFormat.format(value));
const upper = (text: string) => text.toLocaleUpperCase('vi');

const heading = (text: string): PartyBlock => ({ kind: 'paragraph', text, bold: true });
const note = (text: string): PartyBlock => ({ kind: 'paragraph', text, italic: true });
/** Where the committee writes its own judgement: highlighted so that no draft goes out with it unfilled. */
const placeholder = (what: string): PartyBlock => ({
  kind: 'paragraph',
  text: `[Cấp ủy đánh giá: ${what} …]`,
  highlight: true,
});

function statisticsTable(content: SynthesisContent): PartyBlock {
  return {
    kind: 'table',
    header: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu'],
    widths: [8, 56, 18, 18],
    rows: content.statistics.map((s, i) => [String(i + 1), s.label, s.unit, shown(s.value)]),
  };
}

function completenessBlocks(content: SynthesisContent): PartyBlock[] {
  if (content.forms.length === 0) return [note('Chưa chọn biểu mẫu báo cáo định kỳ nào để tổng hợp.')];
  const rows = content.forms.map(({ form, completeness: c }, i) => [
    String(i + 1),
    `${form.form.code} — ${form.form.name}`,
    String(c.periods),
    String(c.expected),
    String(c.sent),
    String(c.onTime),
    String(c.accepted),
  ]);
  const expected = content.forms.reduce((n, f) => n + f.completeness.expected, 0);
  const sent = content.forms.reduce((n, f) => n + f.completeness.sent, 0);
  const onTime = content.forms.reduce((n, f) => n + f.completeness.onTime, 0);
  const share = expected > 0 ? ` (${numberFormat.format((sent * 100) / expected)}%)` : '';
  return [
    {
      kind: 'paragraph',
      text: `Các tổ chức đảng trực thuộc đã gửi ${sent}/${expected} báo cáo định kỳ phải nộp${share}, trong đó ${onTime} báo cáo đúng hạn.`,
    },
    {
      kind: 'table',
      header: ['STT', 'Biểu mẫu', 'Số kỳ', 'Phải nộp', 'Đã nộp', 'Đúng hạn', 'Đã tiếp nhận'],
      widths: [7, 33, 10, 12, 12, 13, 13],
      rows,
    },
  ];
}

function totalsBlocks(content: SynthesisContent): PartyBlock[] {
  const withFields = content.forms.filter((f) => f.totals.length > 0);
  if (withFields.length === 0) return [note('Các biểu mẫu đã chọn không có chỉ tiêu số.')];
  return withFields.flatMap(({ form, totals }) => [
    note(`Biểu mẫu ${form.form.code} — ${form.form.name} (${form.periods.length} kỳ báo cáo):`),
    {
      kind: 'table' as const,
      header: ['STT', 'Chỉ tiêu', 'Cách tổng hợp', 'Kết quả'],
      widths: [8, 52, 22, 18],
      rows: totals.map((t, i) => [
        String(i + 1),
        t.unit ? `${t.label} (${t.unit})` : t.label,
        t.aggregate === 'avg' ? `Bình quân ${t.reports} báo cáo` : 'Cộng các kỳ',
        shown(t.value),
      ]),
    },
  ]);
}

/** "Ban Thường vụ Đảng bộ X"; a cell named "Chi bộ A" speaks as itself, not as "Chi bộ Chi bộ A". */
const speaker = (prose: string, unitName: string) =>
  unitName.toLocaleLowerCase('vi').startsWith(prose.toLocaleLowerCase('vi'))
    ? unitName
    : `${prose} ${unitName}`;

const letters = 'abcdefghiklmnopqrstuvxy';

/** A text's paragraphs: blank lines and single line breaks both end one. */
const paragraphsOf = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * One unit's words: the source leads the first paragraph and the others are indented under it, so that each
 * paragraph is read as that unit's until the next source.
 */
function entryBlocks(entry: NarrativeEntry): PartyBlock[] {
  const [first = '', ...rest] = paragraphsOf(entry.text);
  return [
    { kind: 'paragraph', lead: `${entry.unitName} (${sourcePeriodName(entry.period)}):`, text: first },
    ...rest.map((text): PartyBlock => ({ kind: 'paragraph', text, nested: true })),
  ];
}

function narrativeBlocks(content: SynthesisContent): PartyBlock[] {
  const narratives = content.forms.flatMap(({ narratives }) => narratives);
  if (narratives.length === 0) return [note('Các biểu mẫu đã chọn không có nội dung đánh giá bằng lời.')];
  return narratives.flatMap((n, i) => [
    heading(`${letters[i % letters.length]}) ${n.section} — ${n.field.label}`),
    ...(n.entries.length === 0
      ? [note('Chưa có báo cáo được tiếp nhận có nội dung này.')]
      : n.entries.flatMap(entryBlocks)),
  ]);
}

/**
 * The committee's review report in Party layout: the figures of the period and of its units' accepted
 * reports, the units' own words per section with their source, and highlighted places for the committee's
 * judgement (results, limitations, causes, tasks of the next period).
 */
export function synthesisWord(source: SynthesisWordSource): Promise<Buffer> {
  const { content, collective } = source;
  const { names } = content;
  const [results, limits, causes, next] = judgementPlaceholders(names) as [string, string, string, string];
  const superior = source.issuer?.superiorName ?? content.superiorName;
  return renderPartyDocument({
    superior: superior ?? undefined,
    issuer: source.issuer?.name ?? content.unit.name,
    number: `Số     -BC/${source.issuer?.code ?? ''}`,
    place: source.place ?? '……',
    date: null,
    title: 'BÁO CÁO',
    subject: names.summary,
    margins: source.margins,
    body: [
      {
        kind: 'paragraph',
        text: `${speaker(collective.prose, content.unit.name)} báo cáo kết quả thực hiện nhiệm vụ ${names.current} như sau:`,
      },
      heading(`I. TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN NHIỆM VỤ ${upper(names.current)}`),
      heading(`1. ${results}`),
      placeholder(results),
      heading('2. Số liệu thống kê'),
      statisticsTable(content),
      heading('3. Tình hình báo cáo định kỳ của các tổ chức đảng trực thuộc'),
      ...completenessBlocks(content),
      heading('4. Tổng hợp số liệu từ báo cáo của các tổ chức đảng trực thuộc'),
      ...totalsBlocks(content),
      heading('5. Kết quả trên từng lĩnh vực (tổng hợp từ báo cáo đã tiếp nhận)'),
      ...narrativeBlocks(content),
      heading('II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN'),
      heading(`1. ${limits}`),
      placeholder(limits),
      heading(`2. ${causes}`),
      placeholder(causes),
      heading(`III. ${upper(next)}`),
      placeholder(next),
    ],
    recipients: reviewRecipients(superior),
    signature: { onBehalfOf: `T/M ${collective.capitals}`, role: 'BÍ THƯ', name: '' },
  });
}
