/**
 * Vietnamese person-name order (DOMAIN.md §11): given name (last word), then middle name(s), then family name
 * (first word), each compared in Vietnamese alphabetical order — letters first (a ă â b c d đ e ê … ư v x y),
 * then tone marks (none, huyền, hỏi, ngã, sắc, nặng), then case (lower before upper).
 *
 * The database cannot do this itself (PGlite's ICU collations silently sort in root order), so the application
 * computes a sort key whose byte order (`COLLATE "C"`) equals `Intl.Collator('vi')` applied part by part.
 * The key mirrors the collator's three levels: primary letters, then secondary marks, then tertiary case.
 */

export interface NameParts {
  family: string;
  middle: string;
  given: string;
}

export function splitVietnameseName(fullName: string): NameParts {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] ?? '' };
  return {
    family: words[0] ?? '',
    middle: words.slice(1, -1).join(' '),
    given: words.at(-1) ?? '',
  };
}

// Weights are printable ASCII so keys stay readable in the database; every weight is above both separators.
const PART_SEPARATOR = ' ';
const LEVEL_SEPARATOR = '!';
const FIRST_WEIGHT = 0x23;

// Collator primary order: spaces and punctuation, digits, then the Vietnamese alphabet (with f j w z placed
// where the Latin alphabet puts them).
const primaryOrder = [
  ' ',
  '-',
  "'",
  '.',
  ...'0123456789',
  ...[
    'a',
    'ă',
    'â',
    'b',
    'c',
    'd',
    'đ',
    'e',
    'ê',
    'f',
    'g',
    'h',
    'i',
    'j',
    'k',
    'l',
    'm',
    'n',
    'o',
    'ô',
    'ơ',
  ],
  ...['p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'],
];
const primaryWeight = new Map(primaryOrder.map((ch, i) => [ch, String.fromCharCode(FIRST_WEIGHT + i)]));

/** Marks that make a distinct Vietnamese letter (ă â ê ô ơ ư) rather than a tone. */
const letterMarks: Record<string, Record<string, string>> = {
  '\u0306': { a: 'ă' },
  '\u0302': { a: 'â', e: 'ê', o: 'ô' },
  '\u031b': { o: 'ơ', u: 'ư' },
};

// Secondary: a plain letter, then the five tones in Vietnamese order (huyền, hỏi, ngã, sắc, nặng).
const COMMON = String.fromCharCode(FIRST_WEIGHT);
const toneWeight = new Map(
  ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'].map((mark, i) => [
    mark,
    String.fromCharCode(FIRST_WEIGHT + 1 + i),
  ]),
);
const UPPER = String.fromCharCode(FIRST_WEIGHT + 1);

/** Characters outside the table sort after it, by code point (names rarely hold them). */
function fallbackWeight(ch: string): string {
  return String.fromCodePoint(0x100 + (ch.codePointAt(0) ?? 0));
}

function partKey(part: string): string {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  const chars = [...part.normalize('NFD')];
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] ?? '';
    if (/\p{M}/u.test(ch)) {
      // A mark with no base letter before it.
      secondary += toneWeight.get(ch) ?? fallbackWeight(ch);
      tertiary += COMMON;
      continue;
    }
    const lower = ch.toLowerCase();
    let letter = lower === 'đ' ? 'đ' : lower;
    const tones: string[] = [];
    while (i + 1 < chars.length && /\p{M}/u.test(chars[i + 1] ?? '')) {
      const mark = chars[i + 1] ?? '';
      const combined = letterMarks[mark]?.[letter];
      if (combined) letter = combined;
      else tones.push(mark);
      i += 1;
    }
    primary += primaryWeight.get(letter) ?? fallbackWeight(letter);
    secondary += COMMON;
    tertiary += ch === lower ? COMMON : UPPER;
    for (const tone of tones) {
      secondary += toneWeight.get(tone) ?? fallbackWeight(tone);
      tertiary += COMMON;
    }
  }
  return primary + LEVEL_SEPARATOR + secondary + LEVEL_SEPARATOR + tertiary;
}

/** The key stored in `members.sort_key`; compare with `COLLATE "C"` (byte order). */
export function nameSortKey(fullName: string): string {
  const { family, middle, given } = splitVietnameseName(fullName);
  return [given, middle, family].map(partKey).join(PART_SEPARATOR);
}

/** Sort key of any text (unit names, titles) in Vietnamese order, as `Intl.Collator('vi')` compares it whole. */
export function textSortKey(text: string): string {
  return partKey(text.normalize('NFC').trim().replace(/\s+/g, ' '));
}

const collator = new Intl.Collator('vi');

/** Reference comparison (given, middle, family) with the platform collator; the oracle for `nameSortKey`. */
export function compareVietnameseNames(a: string, b: string): number {
  const x = splitVietnameseName(a);
  const y = splitVietnameseName(b);
  return (
    collator.compare(x.given, y.given) ||
    collator.compare(x.middle, y.middle) ||
    collator.compare(x.family, y.family)
  );
}
