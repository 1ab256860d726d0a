import { nfcWithOffsets } from './nfc-offsets';
import {
  canonicalSymbol,
  type DocumentTypeKey,
  documentTypeKeys,
  documentTypes,
  symbolSpellings,
  typesBySymbol,
} from './party-document-types';
import { datePattern, isoFromDateGroups, partyNumberCore } from './party-numbers';

/** A Party document cited in running text; `text.slice(start, end) === raw` on the text given. */
export interface FoundReference {
  raw: string;
  type: DocumentTypeKey | null;
  number: number;
  numberText: string;
  symbol: string;
  issuer: string;
  date?: string;
  start: number;
  end: number;
}

/**
 * The number-symbol is what is searched for; the type word and the date are then read around it. Not after a
 * letter, digit, slash, dot or hyphen ("30/2020/…", "1.234-…"), and not followed by "-CP", "/…" or more letters.
 */
const core = new RegExp(
  `(?<![\\p{L}\\p{N}\\p{M}/.\\-–])${partyNumberCore}(?![\\p{L}\\p{N}\\p{M}]|[-–/][\\p{L}\\p{N}])`,
  'gu',
);
const dateAfter = new RegExp(`,?\\s{1,4}[nN][gG][àÀ][yY]\\s{1,4}${datePattern}`, 'y');

const typeOfWord = new Map<string, DocumentTypeKey>();
for (const key of documentTypeKeys) for (const word of documentTypes[key].word) typeOfWord.set(word, key);
/** Each letter in both cases ("[nN][gG][hH][ịỊ]"): cheaper than a case-insensitive Unicode regex. */
const anyCase = (word: string) =>
  [...word]
    .map((c) => {
      if (c === ' ') return '\\s{1,4}';
      const upper = c.toUpperCase();
      return upper === c ? c : `[${c}${upper}]`;
    })
    .join('');
const wordPattern = [...typeOfWord.keys()]
  .sort((a, b) => b.length - a.length)
  .map(anyCase)
  .join('|');
/** A type word ending right before the number, with an optional "số": read in a short window. */
const wordBefore = new RegExp(`(${wordPattern})\\s{1,4}(?:${anyCase('số')}\\s{0,4}:?\\s{0,4})?$`);
const wordWindow = 48;
/** What may separate two numbers of one list so that the second shares the first's type word. */
const listGap = new RegExp(
  `^\\s*(?:[,;]|${anyCase('và')}|${anyCase('hoặc')})?\\s*(?:${anyCase('số')}\\s*)?$`,
);
const letterBefore = /[\p{L}\p{N}\p{M}]/u;
const symbolInfo = new Map(
  symbolSpellings.map((spelling) => [
    spelling,
    { symbol: canonicalSymbol(spelling) ?? spelling, types: typesBySymbol(spelling) },
  ]),
);

/** The type word ending at `start` (with its "số"), in a short window before it. */
function wordEndingAt(nfc: string, start: number): { type: DocumentTypeKey; start: number } | null {
  const windowStart = Math.max(0, start - wordWindow);
  const before = wordBefore.exec(nfc.slice(windowStart, start));
  const written = before?.[1];
  if (!before || written === undefined) return null;
  const wordStart = windowStart + before.index;
  if (wordStart > 0 && letterBefore.test(nfc.charAt(wordStart - 1))) return null;
  const lower = written.toLowerCase();
  const type = typeOfWord.get(lower) ?? typeOfWord.get(lower.replace(/\s+/g, ' '));
  return type ? { type, start: wordStart } : null;
}

/**
 * Every Party document reference in `text`, in order: "Nghị quyết số 21-NQ/TW", "Kết luận 01-KL/TW ngày
 * 18/5/2021", a bare "24-QĐ/TW". State documents ("Nghị định 30/2020/NĐ-CP") are not references. The type is
 * the symbol's; where the symbol is shared (QĐ) the type word decides, or the word of the list the number is
 * in ("các Quy định 22-QĐ/TW, 24-QĐ/TW"), else the first type. Linear: one pass of one regex over the text.
 */
export function findReferences(text: string): FoundReference[] {
  const { nfc, toOriginal } = nfcWithOffsets(text);
  const found: FoundReference[] = [];
  // The previous reference's end (in `nfc`) and type word, for lists.
  let previousEnd = -1;
  let previousWord: DocumentTypeKey | null = null;
  core.lastIndex = 0;
  for (let match = core.exec(nfc); match !== null; match = core.exec(nfc)) {
    const numberText = match[1] ?? '';
    const issuer = match[3] ?? '';
    const number = Number(numberText);
    const info = symbolInfo.get(match[2] ?? '');
    if (number < 1 || info === undefined) continue;
    const { symbol, types } = info;
    let start = match.index;
    let end = start + match[0].length;

    let word: DocumentTypeKey | null = null;
    const named = wordEndingAt(nfc, start);
    if (named && types.includes(named.type)) {
      word = named.type;
      start = named.start;
    } else if (
      previousWord !== null &&
      types.includes(previousWord) &&
      start - previousEnd < wordWindow &&
      listGap.test(nfc.slice(previousEnd, start))
    ) {
      word = previousWord;
    }

    dateAfter.lastIndex = end;
    const dated = dateAfter.exec(nfc);
    const date = dated ? isoFromDateGroups(dated) : null;
    if (dated && date) end += dated[0].length;
    core.lastIndex = end;
    previousEnd = end;
    previousWord = word;

    const originalStart = toOriginal(start);
    const originalEnd = toOriginal(end);
    const reference: FoundReference = {
      raw: text.slice(originalStart, originalEnd),
      type: word ?? types[0] ?? null,
      number,
      numberText,
      symbol,
      issuer,
      start: originalStart,
      end: originalEnd,
    };
    if (date) reference.date = date;
    found.push(reference);
  }
  return found;
}
