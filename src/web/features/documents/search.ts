import type { z } from 'zod';
import {
  type documentDirection,
  documentDirections,
  type documentStatus,
  documentStatuses,
  type documentType,
  documentTypeKeys,
} from '../../../contracts/documents';

type Direction = z.infer<typeof documentDirection>;
type Status = z.infer<typeof documentStatus>;
type DocType = z.infer<typeof documentType>;

/** The registry's state in the address bar: /documents?direction=incoming&q=nghi+quyet+21&year=2026 */
export interface DocumentsSearch {
  direction?: Direction;
  q?: string;
  type?: DocType;
  issuerId?: string;
  year?: number;
  status?: Status;
}

/** /documents/new?direction=incoming&number=12&type=directive&issuer=TW&date=2026-03-05 (from a reference). */
export interface NewDocumentSearch {
  direction?: Direction;
  number?: number;
  type?: DocType;
  issuer?: string;
  date?: string;
  /** "Soạn dự thảo" from a work program item: the unit, the summary and the item the draft is for. */
  unitId?: string;
  summary?: string;
  programItemId?: string;
}

/** Search params arrive untyped from the URL (numeric-looking ones as numbers): keep non-empty text. */
const text = (value: unknown): string | undefined => {
  const s = typeof value === 'number' ? String(value) : value;
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
};
const pick = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  list.find((item) => item === text(value));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (value: unknown) => {
  const s = text(value);
  return s && UUID.test(s) ? s : undefined;
};
const int = (value: unknown, min: number, max: number) => {
  const n = Number(text(value));
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

export const parseDocumentsSearch = (search: Record<string, unknown>): DocumentsSearch => ({
  direction: pick(documentDirections, search.direction),
  q: text(search.q)?.slice(0, 200),
  type: pick(documentTypeKeys, search.type),
  issuerId: uuid(search.issuerId),
  year: int(search.year, 1930, 2200),
  status: pick(documentStatuses, search.status),
});

export const parseNewDocumentSearch = (search: Record<string, unknown>): NewDocumentSearch => {
  const date = text(search.date);
  return {
    direction: pick(documentDirections, search.direction),
    number: int(search.number, 1, 99999),
    type: pick(documentTypeKeys, search.type),
    issuer: text(search.issuer)?.slice(0, 15),
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
    unitId: uuid(search.unitId),
    summary: text(search.summary)?.slice(0, 1000),
    programItemId: uuid(search.programItemId),
  };
};

/** The filters that are set (the query key and the API call leave the rest out). */
export const activeFilters = <T extends object>(search: T): T =>
  Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as T;

/** The address of the form that registers a referenced document the registry does not hold yet. */
export function newFromReferenceHref(ref: {
  number: number;
  type: DocType | null;
  issuer: string;
  date?: string;
}): string {
  const params = new URLSearchParams({
    direction: 'incoming',
    number: String(ref.number),
    issuer: ref.issuer,
  });
  if (ref.type) params.set('type', ref.type);
  if (ref.date) params.set('date', ref.date);
  return `/documents/new?${params.toString()}`;
}
