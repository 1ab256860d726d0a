import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { placeAndDate } from '../../../domain/document-dates';

/**
 * A Word file in the layout of Party documents (Hướng dẫn 36-HD/VPTW, 2018): A4, Times New Roman; top left
 * the superior committee (14 pt capitals), the issuing body (14 pt bold capitals), a star, the number (14 pt),
 * the subject of an official letter and the confidentiality and urgency marks; top right "ĐẢNG CỘNG SẢN VIỆT
 * NAM" (15 pt bold, underlined by a line as long as itself) and the place and date in italics; the kind of
 * document (16 pt bold capitals) and its subject (14 pt bold) centred; the body (14 pt); "Nơi nhận" at the
 * bottom left and the signature block (T/M or K/T, title, name) at the bottom right. Pages after the first
 * are numbered at the top centre.
 */
export interface PartyDocumentSpec {
  /** The committee above the issuer, e.g. "ĐẢNG BỘ VUSTA" (omitted for the top level). */
  superior?: string;
  /** The issuing body, e.g. "CHI BỘ BAN TỔ CHỨC". */
  issuer: string;
  /** "Số 12-GGT/CB"; drafts print "Số     -". */
  number?: string;
  place: string;
  /** ISO date of signing; drafts leave the date blank for the signer to fill in. */
  date?: string | null;
  /** The kind of document in capitals, e.g. "GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG"; official letters have none. */
  title?: string;
  subject?: string;
  /** An official letter's subject ("V/v …"), printed in italics under its number instead of a title. */
  letterSubject?: string;
  confidentiality?: ConfidentialityMark;
  urgency?: UrgencyMark;
  body: readonly PartyBlock[];
  recipients?: readonly string[];
  /** `onBehalfOf` is the line above the title: "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ". */
  signature: { onBehalfOf?: string; role: string; name: string };
  /** A second signer at the bottom left, e.g. the secretary of a meeting beside its chair on minutes. */
  counterSignature?: { role: string; name: string };
  /** Landscape pages for wide tables (proposal lists). */
  landscape?: boolean;
  /** Page margins in millimetres; default 20 top and bottom, 30 left (20 in landscape), 15 right. */
  margins?: PageMarginsMm;
}

export type ConfidentialityMark = 'MẬT' | 'TỐI MẬT' | 'TUYỆT MẬT';
export type UrgencyMark = 'KHẨN' | 'THƯỢNG KHẨN' | 'HỎA TỐC';
export interface PageMarginsMm {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export type PartyBlock =
  | {
      kind: 'paragraph';
      text: string;
      bold?: boolean;
      italic?: boolean;
      centered?: boolean;
      /** Printed in bold before the text, e.g. "Điều 1." */
      lead?: string;
      /** Marked in yellow: text a person still has to write (a draft's placeholders). */
      highlight?: boolean;
      /** Indented as a whole under the paragraph above: the further paragraphs of a text quoted after its source. */
      nested?: boolean;
    }
  /** A label in bold followed by its value, e.g. "Số thẻ đảng viên: 01234567". */
  | { kind: 'field'; label: string; value: string }
  | {
      kind: 'table';
      header: readonly string[];
      rows: readonly (readonly string[])[];
      widths?: readonly number[];
    };

const FONT = 'Times New Roman';
/** Sizes in half-points, as Word stores them. */
export const partySizes = {
  party: 30,
  superior: 28,
  issuer: 28,
  number: 28,
  letterSubject: 24,
  mark: 28,
  date: 28,
  title: 32,
  subject: 28,
  body: 28,
  signature: 28,
  recipientsLabel: 28,
  recipient: 24,
  table: 24,
} as const;
/** A4 in twips (210 × 297 mm). */
const A4 = { width: 11906, height: 16838 };
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

/** Characters XML 1.0 cannot hold (C0 controls but tab and line breaks, U+FFFE, U+FFFF): Word refuses such a file. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const xmlSafe = (text: string) => text.replace(notXml, '');

const run = (
  text: string,
  options: { bold?: boolean; italic?: boolean; underline?: boolean; size?: number; highlight?: boolean } = {},
) =>
  new TextRun({
    text: xmlSafe(text),
    font: FONT,
    size: options.size ?? partySizes.body,
    bold: options.bold,
    italics: options.italic,
    underline: options.underline ? {} : undefined,
    highlight: options.highlight ? 'yellow' : undefined,
  });

const centred = (...runs: TextRun[]) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs });
const blank = () => new Paragraph({ children: [] });

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/** A borderless table of two columns, one row per pair of cells. */
function twoColumns(rows: readonly (readonly [Paragraph[], Paragraph[]])[], leftPercent: number): Table {
  const cell = (children: Paragraph[], percent: number) =>
    new TableCell({ width: { size: percent, type: WidthType.PERCENTAGE }, borders: noBorders, children });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: rows.map(
      ([left, right]) =>
        new TableRow({ children: [cell(left, leftPercent), cell(right, 100 - leftPercent)] }),
    ),
  });
}

/** The date line; a draft's is left blank ("Hà Nội, ngày     tháng     năm 20…") for the day it is signed. */
const dateLine = (place: string, date: string | null | undefined) =>
  date ? placeAndDate(place, date) : `${place}, ngày     tháng     năm 20…`;

/**
 * Two rows, so that the date line stays level with the number line however many lines the issuer's name
 * takes: the bodies and the Party heading above, the number (with a letter's subject and the marks) and the
 * date below.
 */
function heading(spec: PartyDocumentSpec): Table {
  const bodies = [
    ...(spec.superior ? [centred(run(spec.superior.toUpperCase(), { size: partySizes.superior }))] : []),
    centred(run(spec.issuer.toUpperCase(), { bold: true, size: partySizes.issuer })),
    centred(run('*', { size: partySizes.issuer })),
  ];
  const number = [
    centred(run(spec.number ?? 'Số     -', { size: partySizes.number })),
    ...(spec.letterSubject
      ? [centred(run(spec.letterSubject, { italic: true, size: partySizes.letterSubject }))]
      : []),
    ...[spec.confidentiality, spec.urgency]
      .filter((mark) => mark !== undefined)
      .map((mark) => centred(run(mark, { bold: true, size: partySizes.mark }))),
  ];
  const party = [
    centred(run('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, size: partySizes.party })),
  ];
  const date = [centred(run(dateLine(spec.place, spec.date), { italic: true, size: partySizes.date }))];
  return twoColumns(
    [
      [bodies, party],
      [number, date],
    ],
    50,
  );
}

const bodyParagraph = (children: TextRun[], centered = false, nested = false) =>
  new Paragraph({
    alignment: centered ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: centered
      ? undefined
      : {
          firstLine: convertMillimetersToTwip(10),
          ...(nested ? { left: convertMillimetersToTwip(10) } : {}),
        },
    spacing: { before: 60, after: 60, line: 312 },
    children,
  });

function dataTable(block: Extract<PartyBlock, { kind: 'table' }>): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [run(text, { bold, size: partySizes.table })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: block.widths ? [...block.widths] : undefined,
    rows: [
      new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, true)) }),
      // A row stays on one page, so a figure is never read apart from its label.
      ...block.rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((value) => cell(value)) }),
      ),
    ],
  });
}

function bodyOf(blocks: readonly PartyBlock[]): (Paragraph | Table)[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case 'paragraph':
        return bodyParagraph(
          [
            ...(block.lead ? [run(`${block.lead} `, { bold: true, italic: block.italic })] : []),
            run(block.text, { bold: block.bold, italic: block.italic, highlight: block.highlight }),
          ],
          block.centered,
          block.nested,
        );
      case 'field':
        return bodyParagraph([run(`${block.label}: `, { bold: true }), run(block.value)]);
      default:
        return dataTable(block);
    }
  });
}

/** The kind of document and its subject, centred, with the five hyphens under them. */
function titleBlock(spec: PartyDocumentSpec): Paragraph[] {
  if (!spec.title) return [];
  return [
    centred(run(spec.title.toUpperCase(), { bold: true, size: partySizes.title })),
    ...(spec.subject ? [centred(run(spec.subject, { bold: true, size: partySizes.subject }))] : []),
    centred(run('-----', { size: partySizes.body })),
  ];
}

const signatureBlock = (lines: readonly string[], name: string) => [
  ...lines.map((line) => centred(run(line.toUpperCase(), { bold: true, size: partySizes.signature }))),
  blank(),
  blank(),
  blank(),
  blank(),
  centred(run(name, { bold: true, size: partySizes.signature })),
];

function recipientsBlock(recipients: readonly string[] | undefined): Paragraph[] {
  return recipients?.length
    ? [
        new Paragraph({
          children: [run('Nơi nhận:', { underline: true, size: partySizes.recipientsLabel })],
        }),
        ...recipients.map(
          (r, i, all) =>
            new Paragraph({
              children: [run(`- ${r}${i === all.length - 1 ? '.' : ','}`, { size: partySizes.recipient })],
            }),
        ),
      ]
    : [blank()];
}

/** Recipients (or a second signer) bottom left, the signature bottom right; recipients beside a second signer go below. */
function closing(spec: PartyDocumentSpec): (Table | Paragraph)[] {
  const { onBehalfOf, role, name } = spec.signature;
  const right = signatureBlock(onBehalfOf ? [onBehalfOf, role] : [role], name);
  const counter = spec.counterSignature;
  if (!counter) return [twoColumns([[recipientsBlock(spec.recipients), right]], 50)];
  return [
    twoColumns([[signatureBlock([counter.role], counter.name), right]], 50),
    ...(spec.recipients?.length ? [blank(), ...recipientsBlock(spec.recipients)] : []),
  ];
}

/** Page numbers at the top centre, from the second page on (the first page's header stays empty). */
const pageNumbers = () => ({
  default: new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: partySizes.body })],
      }),
    ],
  }),
  first: new Header({ children: [] }),
});

export function defaultMargins(landscape = false): PageMarginsMm {
  return { top: 20, bottom: 20, left: landscape ? 20 : 30, right: 15 };
}

export async function renderPartyDocument(spec: PartyDocumentSpec): Promise<Buffer> {
  const margins = spec.margins ?? defaultMargins(spec.landscape);
  const name = spec.title ?? spec.letterSubject ?? spec.subject ?? '';
  const document = new Document({
    creator: 'Đảng bộ số',
    title: spec.title && spec.subject ? `${spec.title} — ${spec.subject}` : name,
    styles: { default: { document: { run: { font: FONT, size: partySizes.body } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { ...A4, orientation: spec.landscape ? 'landscape' : 'portrait' },
            margin: {
              top: twips(margins.top),
              bottom: twips(margins.bottom),
              left: twips(margins.left),
              right: twips(margins.right),
            },
          },
        },
        headers: pageNumbers(),
        children: [
          heading(spec),
          blank(),
          ...titleBlock(spec),
          blank(),
          ...bodyOf(spec.body),
          blank(),
          ...closing(spec),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
