/**
 * Vietnamese text helpers (DOMAIN.md §11): store NFC, match on folded text (no tone marks, đ→d, lower case).
 * `fold` must agree with the database function `dangbo_fold` so that indexes and application filters match.
 */
export function toNfc(value: string): string {
  return value.normalize('NFC');
}

export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the string holds characters a database cannot store or a person cannot see (NUL, lone surrogates). */
export function hasForbiddenCharacters(value: string): boolean {
  return value.includes('\u0000') || !value.isWellFormed();
}
