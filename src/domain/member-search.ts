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
 * The search box input as a name ("phan xuan du"): folded, plain Latin words only. Null for digits of a phone
 * or an ID, punctuation or nothing at all — those are matched as text over the whole search text. A name
 * matches a member whose folded name has a word that starts it, followed by the rest as typed ("xuan du"
 * finds Phan Xuân Dũng; "uan dung" does not).
 */
export function nameQuery(q: string): string | null {
  const folded = fold(q);
  return /^[a-z]+( [a-z]+)*$/.test(folded) ? folded : null;
}
