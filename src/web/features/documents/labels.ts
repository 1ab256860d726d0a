import type { z } from 'zod';
import type { documentStatus, documentType } from '../../../contracts/documents';
import type { StatusTone } from '../../components/StatusText';

export type DocumentStatus = z.infer<typeof documentStatus>;
export type DocumentTypeKey = z.infer<typeof documentType>;

export const statusTones: Record<DocumentStatus, StatusTone> = {
  draft: 'off',
  approved: 'warn',
  issued: 'ok',
  superseded: 'off',
  expired: 'off',
  withdrawn: 'bad',
};

/**
 * Type symbols as printed in numbers (DOMAIN.md §5); "QĐi" is the 2017-2018 spelling of Quy định. Used only to
 * read a number line typed by hand when the server finds no reference in it.
 */
const symbolTypes: Record<string, DocumentTypeKey> = {
  NQ: 'resolution',
  QĐ: 'decision',
  QĐI: 'regulation',
  CT: 'directive',
  KL: 'conclusion',
  QC: 'rules',
  HD: 'guidance',
  TB: 'notice',
  BC: 'report',
  KH: 'plan',
  CTR: 'program',
  ĐA: 'project',
  TTR: 'submission',
  CV: 'letter',
  BB: 'minutes',
};

export interface NumberLine {
  number: number;
  type: DocumentTypeKey | null;
  issuer: string;
  date?: string;
}

const pad = (n: string) => n.padStart(2, '0');

/**
 * "Số 12-CT/TW ngày 05/03/2026" or "12-CT/TW, ngày 5 tháng 3 năm 2026" → its parts; null when it holds no Party
 * number (a state number such as 30/2020/NĐ-CP puts the year, not a symbol, after the first slash).
 */
export function parseNumberLine(line: string): NumberLine | null {
  const text = line.normalize('NFC');
  const match =
    /(?:^|[^\d/])(\d{1,5})\s*-\s*([A-Za-zĐđ]{1,6})\s*\/\s*([A-ZĐ][A-ZĐ0-9]{0,14})(?![\w/-])/u.exec(text);
  if (!match) return null;
  const [, num, symbol = '', issuer = ''] = match;
  const result: NumberLine = {
    number: Number(num),
    type: symbolTypes[symbol.toUpperCase()] ?? null,
    issuer,
  };
  const rest = text.slice((match.index ?? 0) + match[0].length);
  const short = /ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu.exec(rest);
  const long = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(rest);
  const parts = short ?? long;
  if (parts) {
    const [, d = '', m = '', y = ''] = parts;
    const iso = `${y}-${pad(m)}-${pad(d)}`;
    const date = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso)) result.date = iso;
  }
  return result;
}

export const sizeText = (bytes: number, format: (n: number) => string) =>
  bytes < 1024 * 1024
    ? `${format(Math.max(1, Math.ceil(bytes / 1024)))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
