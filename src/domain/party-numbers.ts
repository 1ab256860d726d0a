import {
  canonicalSymbol,
  type DocumentTypeKey,
  symbolSpellings,
  typesBySymbol,
} from './party-document-types';

/**
 * Party document numbers (DOMAIN.md §5): "Số 253-QĐ/TW" = number, hyphen, type symbol, slash, issuing body.
 * State documents use the other order ("30/2020/NĐ-CP", "1234/QĐ-UBND") and are never read as Party numbers:
 * a Party number starts with digits followed by a hyphen, a state one with digits followed by a slash.
 */

export interface PartyNumber {
  number: number;
  symbol: string;
  issuer: string;
}

export interface ParsedPartyNumber extends PartyNumber {
  /** The number as written ("07"). */
  numberText: string;
  types: DocumentTypeKey[];
  /** ISO date when the text carries one ("… ngày 07/08/2009"). */
  date?: string;
}

export const maxPartyNumber = 99_999;

/** Issuing body codes: upper-case letters (Đ included) and digits, 1-15 of them, at least one letter. */
export const issuerPattern = '(?=[0-9]*[A-ZĐ])[A-ZĐ0-9]{1,15}';
const issuerOnly = new RegExp(`^${issuerPattern}$`);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hyphens = '[-‐‑–]';

/**
 * number-symbol/issuer, tolerating spaces around the hyphen and slash. Groups: number, symbol, issuer.
 * Case-sensitive on purpose: "QĐi" and "QĐI" are symbols, "qđi" is not; issuers are upper case.
 */
export const partyNumberCore =
  `([0-9]{1,5})[ \\t]{0,3}${hyphens}[ \\t]{0,3}(${symbolSpellings.map(escapeRegExp).join('|')})` +
  `[ \\t]{0,3}\\/[ \\t]{0,3}(${issuerPattern})`;

/** "ngày 07/08/2009", "ngày 7-8-2009", "ngày 07 tháng 8 năm 2009". Groups: day, month, year (either form). */
export const datePattern =
  '(?:([0-9]{1,2})([/.-])([0-9]{1,2})\\2([0-9]{4})|([0-9]{1,2})\\s{1,4}[tT][hH][áÁ][nN][gG]\\s{1,4}([0-9]{1,2})\\s{1,4}[nN][ăĂ][mM]\\s{1,4}([0-9]{4}))(?![0-9])';

const dateOnly = new RegExp(`^\\s*(?:ngày\\s{1,4})?${datePattern}\\s*$`, 'iu');

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** ISO date from the groups of `datePattern` (starting at `first`), or null for 31/02 and the like. */
export function isoFromDateGroups(groups: readonly (string | undefined)[], first = 1): string | null {
  const d = groups[first] ?? groups[first + 4];
  const m = groups[first + 2] ?? groups[first + 5];
  const y = groups[first + 3] ?? groups[first + 6];
  if (d === undefined || m === undefined || y === undefined) return null;
  const day = Number(d);
  const month = Number(m);
  const year = Number(y);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "07/08/2009", "7-8-2009", "ngày 07 tháng 08 năm 2009" → "2009-08-07"; null when not a real date. */
export function parseDocumentDate(text: string): string | null {
  const match = dateOnly.exec(text.normalize('NFC'));
  return match ? isoFromDateGroups(match) : null;
}

/** "07-QĐi/TW"; with `withSo`, "Số 07-QĐi/TW" (no colon after "Số"). Numbers below 10 take two digits. */
export function formatPartyNumber({ number, symbol, issuer }: PartyNumber, { withSo = false } = {}): string {
  if (!Number.isInteger(number) || number < 1 || number > maxPartyNumber) {
    throw new RangeError(`not a document number: ${number}`);
  }
  if (canonicalSymbol(symbol) === null) throw new RangeError(`not a Party document symbol: ${symbol}`);
  if (!issuerOnly.test(issuer)) throw new RangeError(`not an issuing body code: ${issuer}`);
  const text = `${String(number).padStart(2, '0')}-${symbol}/${issuer}`;
  return withSo ? `Số ${text}` : text;
}

const numberOnly = new RegExp(
  `^\\s*(?:số[ \\t]{0,3}:?[ \\t]{0,3})?${partyNumberCore}(?![\\p{L}\\p{N}\\p{M}])`,
  'u',
);
const soPrefix = /^\s*số/iu;

/**
 * "253-QĐ/TW", "Số 36-HD/VPTW", "07-QĐi/TW ngày 07/08/2009" → its parts; null for anything else (state
 * numbers included). The symbol comes back in the catalogue's spelling ("QĐI" → "QĐi").
 */
export function parsePartyNumber(text: string): ParsedPartyNumber | null {
  let nfc = text.normalize('NFC');
  // "Số"/"số"/"SỐ": the core is case-sensitive, so the prefix is matched on its own.
  const so = soPrefix.exec(nfc);
  if (so) nfc = `số${nfc.slice(so[0].length)}`;
  const match = numberOnly.exec(nfc);
  if (!match) return null;
  const [whole, numberText = '', written = '', issuer = ''] = match;
  const number = Number(numberText);
  const symbol = canonicalSymbol(written);
  if (number < 1 || symbol === null) return null;
  const parsed: ParsedPartyNumber = { number, numberText, symbol, issuer, types: typesBySymbol(symbol) };
  const rest = nfc.slice(whole.length);
  if (rest.trim() === '') return parsed;
  const dated = /^,?\s+(ngày\s.*)$/isu.exec(rest);
  const date = dated?.[1] === undefined ? null : parseDocumentDate(dated[1]);
  if (date === null) return null;
  parsed.date = date;
  return parsed;
}
