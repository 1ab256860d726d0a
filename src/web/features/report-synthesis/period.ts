/** The review a committee holds: first half (H1), second half (H2) or the whole year, of a year. */
export type ReviewKind = 'H1' | 'H2' | 'year';

export const reviewKey = (kind: ReviewKind, year: number) =>
  kind === 'year' ? String(year) : `${year}-${kind}`;

export function parseReview(key: string | undefined): { kind: ReviewKind; year: number } | null {
  const match = /^(\d{4})(?:-(H1|H2))?$/.exec(key ?? '');
  if (!match) return null;
  return { kind: (match[2] as ReviewKind | undefined) ?? 'year', year: Number(match[1]) };
}

/** The review most likely being prepared today: the year's in November and December, mid-year's from May. */
export function currentReview(today = new Date()): string {
  const year = today.getFullYear();
  const month = today.getMonth() + 1;
  if (month >= 11) return reviewKey('year', year);
  if (month >= 5) return reviewKey('H1', year);
  return reviewKey('year', year - 1);
}
