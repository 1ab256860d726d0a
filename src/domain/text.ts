/**
 * Vietnamese text helpers (DOMAIN.md §11): store NFC, match on folded text (no tone marks, đ→d, lower case).
 * `fold` must agree with the database function `dangbo_fold` so that indexes and application filters match.
 */
export function toNfc(value: string): string {
  return value.normalize('NFC');
}

/** What PostgreSQL's unaccent rules make of the punctuation and letters NFD does not take apart. */
const unaccentRules: Record<string, string> = {
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '‘': "'",
  '’': "'",
  '‚': ',',
  '‛': "'",
  '“': '"',
  '”': '"',
  '„': ',,',
  '‟': '"',
  '′': "'",
  '″': '"',
  '‹': '<',
  '›': '>',
  '«': '<<',
  '»': '>>',
  '…': '...',
  '‼': '!!',
  '©': '(c)',
  '®': '(r)',
  '×': '*',
  '÷': '/',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
};
const unaccentPattern = new RegExp(`[${Object.keys(unaccentRules).join('')}]`, 'g');

export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(unaccentPattern, (c) => unaccentRules[c] ?? c)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the string holds characters a database cannot store or a person cannot see (NUL, lone surrogates). */
export function hasForbiddenCharacters(value: string): boolean {
  return value.includes('\u0000') || !value.isWellFormed();
}
