/** Members who studied over members, 0..1 (null for a cell without members). */
export const memberShare = (studied: number, members: number): number | null =>
  members > 0 ? Math.min(1, studied / members) : null;

/** "05-CT/TW — Về việc …" or the summary alone while the document has no number. */
export const documentTitle = (numberText: string | null, summary: string) =>
  numberText ? `${numberText} — ${summary}` : summary;
