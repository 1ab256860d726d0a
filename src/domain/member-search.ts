import { nameSortKey } from './name-sort';
import { fold } from './text';

export interface SearchableMember {
  fullName: string;
  citizenId?: string | null;
  cardNumber?: string | null;
  phone?: string | null;
}

/** Folded text the search box matches: name without tone marks, citizen ID, card number, phone digits. */
export function memberSearchText(m: SearchableMember): string {
  const phoneDigits = m.phone ? m.phone.replace(/\D/g, '') : '';
  return [fold(m.fullName), m.citizenId ?? '', m.cardNumber ?? '', phoneDigits].filter(Boolean).join(' ');
}

/** Columns derived from the name and numbers; every write of a member stores them (forms, import, generator). */
export function memberDerivedColumns(m: SearchableMember): { sortKey: string; searchText: string } {
  return { sortKey: nameSortKey(m.fullName), searchText: memberSearchText(m) };
}

/** The search box input as the pattern matched against `search_text` (digits of a phone match too). */
export function searchPattern(q: string): string {
  const folded = fold(q);
  const compact = /^[\d\s.+-]+$/.test(folded) ? folded.replace(/\D/g, '') : folded;
  return `%${compact.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The words of a name search ("nguyen thi huong") as a text-search query for the word index: every word
 * whole except the last, which may still be being typed (`nguyen & thi & huong:*`). Null when the input is
 * not plain Latin words (digits of a phone or an ID, punctuation): those are matched by the trigram index.
 */
export function nameWordsQuery(q: string): string | null {
  const folded = fold(q);
  if (!/^[a-z]+( [a-z]+)*$/.test(folded)) return null;
  const words = folded.split(' ');
  return words.map((word, i) => (i === words.length - 1 ? `${word}:*` : word)).join(' & ');
}
