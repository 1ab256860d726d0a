import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { placeAndDate } from '../../../domain/document-dates';

/**
 * A Word file in the layout of Party documents (Hướng dẫn 36-HD/VPTW, 2018): A4, Times New Roman 14 pt;
 * top left the superior committee, the issuing body in bold, a star and the document number; top right
 * "ĐẢNG CỘNG SẢN VIỆT NAM" underlined and the place and date in italics; the kind of document and its subject
 * centred in bold; the body; "Nơi nhận" at the bottom left and the signature block at the bottom right.
 */
export interface PartyDocumentSpec {
  /** The committee above the issuer, e.g. "ĐẢNG BỘ VUSTA" (omitted for the top level). */
  superior?: string;
  /** The issuing body, e.g. "CHI BỘ BAN TỔ CHỨC". */
  issuer: string;
  /** "Số 12-GGT/CB"; left out of drafts. */
  number?: string;
  place: string;
  /** ISO date of signing. */
  date: string;
  /** The kind of document in capitals, e.g. "GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG". */
  title: string;
  subject?: string;
  body: readonly PartyBlock[];
  recipients?: readonly string[];
  signature: { onBehalfOf?: string; role: string; name: string };
  /** Landscape pages for wide tables (proposal lists). */
  landscape?: boolean;
}

export type PartyBlock =
  | { kind: 'paragraph'; text: string; bold?: boolean; italic?: boolean; centered?: boolean }
  /** A label in bold followed by its value, e.g. "Số thẻ đảng viên: 01234567". */
  | { kind: 'field'; label: string; value: string }
  | {
      kind: 'table';
      header: readonly string[];
      rows: readonly (readonly string[])[];
      widths?: readonly number[];
    };

const FONT = 'Times New Roman';
const SIZE = 28; // half-points: 14 pt
const SMALL = 26;

const run = (
  text: string,
  options: { bold?: boolean; italic?: boolean; underline?: boolean; size?: number } = {},
) =>
  new TextRun({
    text,
    font: FONT,
    size: options.size ?? SIZE,
    bold: options.bold,
    italics: options.italic,
    underline: options.underline ? {} : undefined,
  });

const centred = (...runs: TextRun[]) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs });

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

function twoColumns(left: Paragraph[], right: Paragraph[], leftPercent: number): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: leftPercent, type: WidthType.PERCENTAGE },
            borders: noBorders,
            children: left,
          }),
          new TableCell({
            width: { size: 100 - leftPercent, type: WidthType.PERCENTAGE },
            borders: noBorders,
            children: right,
          }),
        ],
      }),
    ],
  });
}

function heading(spec: PartyDocumentSpec): Table {
  const left = [
    ...(spec.superior ? [centred(run(spec.superior.toUpperCase(), { size: SMALL }))] : []),
    centred(run(spec.issuer.toUpperCase(), { bold: true, size: SMALL })),
    centred(run('*', { size: SMALL })),
    centred(run(spec.number ?? 'Số     -', { size: SMALL })),
  ];
  const right = [
    centred(run('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, size: 30 })),
    new Paragraph({ children: [] }),
    centred(run(placeAndDate(spec.place, spec.date), { italic: true })),
  ];
  return twoColumns(left, right, 45);
}

const bodyParagraph = (children: TextRun[], centered = false) =>
  new Paragraph({
    alignment: centered ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: centered ? undefined : { firstLine: convertMillimetersToTwip(10) },
    spacing: { before: 60, after: 60, line: 312 },
    children,
  });

function dataTable(block: Extract<PartyBlock, { kind: 'table' }>): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { bold, size: 24 })] }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: block.widths ? [...block.widths] : undefined,
    rows: [
      new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, true)) }),
      ...block.rows.map((row) => new TableRow({ children: row.map((value) => cell(value)) })),
    ],
  });
}

function bodyOf(blocks: readonly PartyBlock[]): (Paragraph | Table)[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case 'paragraph':
        return bodyParagraph([run(block.text, { bold: block.bold, italic: block.italic })], block.centered);
      case 'field':
        return bodyParagraph([run(`${block.label}: `, { bold: true }), run(block.value)]);
      default:
        return dataTable(block);
    }
  });
}

function closing(spec: PartyDocumentSpec): Table {
  const left = spec.recipients?.length
    ? [
        new Paragraph({
          children: [run('Nơi nhận:', { bold: true, italic: true, underline: true, size: 24 })],
        }),
        ...spec.recipients.map((r) => new Paragraph({ children: [run(`- ${r}`, { size: 22 })] })),
      ]
    : [new Paragraph({ children: [] })];
  const { onBehalfOf, role, name } = spec.signature;
  const right = [
    ...(onBehalfOf ? [centred(run(onBehalfOf.toUpperCase(), { bold: true }))] : []),
    centred(run(role.toUpperCase(), { bold: true })),
    new Paragraph({ children: [] }),
    new Paragraph({ children: [] }),
    new Paragraph({ children: [] }),
    centred(run(name, { bold: true })),
  ];
  return twoColumns(left, right, 50);
}

export async function renderPartyDocument(spec: PartyDocumentSpec): Promise<Buffer> {
  const document = new Document({
    creator: 'Đảng bộ số',
    title: spec.subject ? `${spec.title} — ${spec.subject}` : spec.title,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: spec.landscape ? 'landscape' : 'portrait' },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(spec.landscape ? 20 : 30),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        children: [
          heading(spec),
          new Paragraph({ children: [] }),
          centred(run(spec.title.toUpperCase(), { bold: true, size: 30 })),
          ...(spec.subject ? [centred(run(spec.subject, { bold: true }))] : []),
          new Paragraph({ children: [] }),
          ...bodyOf(spec.body),
          new Paragraph({ children: [] }),
          closing(spec),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
