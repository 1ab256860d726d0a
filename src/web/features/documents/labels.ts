import type { z } from 'zod';
import type { documentStatus, documentType } from '../../../contracts/documents';
import { parsePartyNumber } from '../../../domain/party-numbers';
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

export interface NumberLine {
  number: number;
  type: DocumentTypeKey | null;
  issuer: string;
  date?: string;
}

/**
 * "Số 12-CT/TW ngày 05/03/2026" → its parts (the domain's reading of Party numbers; state numbers such as
 * 30/2020/NĐ-CP give null). "QĐ" stands for Quyết định and Quy định: the first, Quyết định, is proposed.
 */
export function parseNumberLine(line: string): NumberLine | null {
  const parsed = parsePartyNumber(line);
  if (!parsed) return null;
  return {
    number: parsed.number,
    type: parsed.types[0] ?? null,
    issuer: parsed.issuer,
    ...(parsed.date ? { date: parsed.date } : {}),
  };
}

export const sizeText = (bytes: number, format: (n: number) => string) =>
  bytes < 1024 * 1024
    ? `${format(Math.max(1, Math.ceil(bytes / 1024)))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
