import {
  canonicalSymbol,
  type DocumentTypeKey,
  documentTypeKeys,
  documentTypes,
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
const dateAfter = new RegExp(`,?\\s{1,4}ngày\\s{1,4}${datePattern}`, 'iuy');

const typeOfWord = new Map<string, DocumentTypeKey>();
for (const key of documentTypeKeys) for (const word of documentTypes[key].word) typeOfWord.set(word, key);
const wordPattern = [...typeOfWord.keys()]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/ /g, '\\s{1,4}'))
  .join('|');
/** A type word ending right before the number, with an optional "số": read in a short window. */
const wordBefore = new RegExp(`(${wordPattern})\\s{1,4}(?:số\\s{0,4}:?\\s{0,4})?$`, 'iu');
const wordWindow = 48;
/** What may separate two numbers of one list so that the second shares the first's type word. */
const listGap = /^\s*(?:[,;]|và|hoặc)?\s*(?:số\s*)?$/iu;
const letterBefore = /[\p{L}\p{N}\p{M}]/u;

interface Found extends FoundReference {
  word: DocumentTypeKey | null;
}

/**
 * Every Party document reference in `text`, in order: "Nghị quyết số 21-NQ/TW", "Kết luận 01-KL/TW ngày
 * 18/5/2021", a bare "24-QĐ/TW". State documents ("Nghị định 30/2020/NĐ-CP") are not references. The type is
 * the symbol's; where the symbol is shared (QĐ) the type word decides, or the word of the list the number is
 * in ("các Quy định 22-QĐ/TW, 24-QĐ/TW"), else the first type. Linear: one pass of one regex over the text.
 */
export function findReferences(text: string): FoundReference[] {
  const { nfc, toOriginal } = normalised(text);
  const found: Found[] = [];
  core.lastIndex = 0;
  for (let match = core.exec(nfc); match !== null; match = core.exec(nfc)) {
    const [whole, numberText = '', written = '', issuer = ''] = match;
    const number = Number(numberText);
    const symbol = canonicalSymbol(written);
    if (number < 1 || symbol === null) continue;
    const types = typesBySymbol(symbol);
    let start = match.index;
    let end = start + whole.length;

    let word: DocumentTypeKey | null = null;
    const window = nfc.slice(Math.max(0, start - wordWindow), start);
    const before = wordBefore.exec(window);
    const wordStart = before ? start - window.length + before.index : -1;
    const named = before?.[1]
      ? typeOfWord.get(before[1].toLocaleLowerCase('vi').replace(/\s+/g, ' '))
      : undefined;
    if (named && types.includes(named) && !letterBefore.test(nfc.charAt(wordStart - 1))) {
      word = named;
      start = wordStart;
    }
    const previous = found.at(-1);
    if (word === null && previous?.word && listGap.test(nfc.slice(previous.end, start))) {
      if (types.includes(previous.word)) word = previous.word;
    }

    let date: string | undefined;
    dateAfter.lastIndex = end;
    const dated = dateAfter.exec(nfc);
    const iso = dated ? isoFromDateGroups(dated) : null;
    if (dated && iso) {
      date = iso;
      end += dated[0].length;
    }
    core.lastIndex = end;

    const reference: Found = {
      raw: '',
      type: word ?? types[0] ?? null,
      number,
      numberText,
      symbol,
      issuer,
      start,
      end,
      word,
    };
    if (date) reference.date = date;
    found.push(reference);
  }
  return found.map(({ word: _, ...reference }) => {
    const start = toOriginal(reference.start);
    const end = toOriginal(reference.end);
    return { ...reference, raw: text.slice(start, end), start, end };
  });
}

const combining = /\p{M}/u;
const withMarks = /\P{M}\p{M}+/gu;

/**
 * The text in NFC and a map from NFC offsets back to the text's own. Only a letter followed by combining marks
 * changes under NFC (Vietnamese NFD, or "Unicode tổ hợp": precomposed ê plus a combining tone mark), so only
 * those runs are recomposed; offsets between them shift by a constant.
 */
function normalised(text: string): { nfc: string; toOriginal: (offset: number) => number } {
  if (!combining.test(text)) return { nfc: text, toOriginal: (offset) => offset };
  const parts: string[] = [];
  // Ends of recomposed runs: NFC offset and original offset.
  const nfcEnds: number[] = [];
  const originalEnds: number[] = [];
  let copied = 0;
  let length = 0;
  withMarks.lastIndex = 0;
  for (let run = withMarks.exec(text); run !== null; run = withMarks.exec(text)) {
    const composed = run[0].normalize('NFC');
    if (composed === run[0]) continue;
    parts.push(text.slice(copied, run.index), composed);
    length += run.index - copied + composed.length;
    copied = run.index + run[0].length;
    nfcEnds.push(length);
    originalEnds.push(copied);
  }
  parts.push(text.slice(copied));
  const toOriginal = (offset: number) => {
    // The last recomposed run ending at or before the offset fixes the shift.
    let low = 0;
    let high = nfcEnds.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((nfcEnds[mid] ?? 0) <= offset) low = mid + 1;
      else high = mid;
    }
    return low === 0 ? offset : offset - (nfcEnds[low - 1] ?? 0) + (originalEnds[low - 1] ?? 0);
  };
  return { nfc: parts.join(''), toOriginal };
}
