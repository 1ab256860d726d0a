/**
 * The types of Party documents (Quy định 399-QĐ/TW, 09/01/2026, replacing 66-QĐ/TW; DOMAIN.md §5), with the
 * abbreviation each carries in its number ("253-QĐ/TW") and the words that name it in running text.
 *
 * Symbols other than NQ, CT, KL, HD, KH, QC, TB, CV, QĐ and QĐi (the ones seen in real numbers) follow
 * 66-QĐ/TW and must be checked against 399-QĐ/TW.
 */
export const documentTypeKeys = [
  'resolution',
  'decision',
  'regulation',
  'directive',
  'conclusion',
  'rules',
  'circular',
  'guidance',
  'notice',
  'report',
  'plan',
  'program',
  'project',
  'submission',
  'letter',
  'minutes',
  'invitation',
  'introduction',
] as const;

export type DocumentTypeKey = (typeof documentTypeKeys)[number];

export interface DocumentType {
  /** As written in running text, capitalised: "Nghị quyết". */
  name: string;
  /** The heading of the document: "NGHỊ QUYẾT". */
  title: string;
  /** The abbreviation in the number: "NQ". */
  symbol: string;
  /** Older abbreviations accepted when reading numbers. */
  aliases: readonly string[];
  /** Lower-case words naming the type in running text (older spellings included). */
  word: readonly string[];
}

const type = (name: string, symbol: string, more: { aliases?: string[]; word?: string[] } = {}) => ({
  name,
  title: name.toLocaleUpperCase('vi'),
  symbol,
  aliases: more.aliases ?? [],
  word: [name.toLocaleLowerCase('vi'), ...(more.word ?? [])],
});

export const documentTypes: Record<DocumentTypeKey, DocumentType> = {
  resolution: type('Nghị quyết', 'NQ'),
  decision: type('Quyết định', 'QĐ'),
  // Around 2017-2018 the Central Committee numbered its Quy định "…-QĐi/TW".
  regulation: type('Quy định', 'QĐ', { aliases: ['QĐi'], word: ['qui định'] }),
  directive: type('Chỉ thị', 'CT'),
  conclusion: type('Kết luận', 'KL'),
  rules: type('Quy chế', 'QC', { word: ['qui chế'] }),
  circular: type('Thông tri', 'TT'),
  guidance: type('Hướng dẫn', 'HD'),
  // "Thông báo kết luận số 123-TB/TW": a notice, not a conclusion.
  notice: type('Thông báo', 'TB', { word: ['thông báo kết luận'] }),
  report: type('Báo cáo', 'BC'),
  plan: type('Kế hoạch', 'KH'),
  program: type('Chương trình', 'CTr'),
  project: type('Đề án', 'ĐA'),
  submission: type('Tờ trình', 'TTr'),
  letter: type('Công văn', 'CV'),
  minutes: type('Biên bản', 'BB'),
  invitation: type('Giấy mời', 'GM'),
  introduction: type('Giấy giới thiệu', 'GGT'),
};

/** Every spelling of a symbol accepted when reading a number, mapped to the catalogue's spelling. */
const canonicalSymbols: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const key of documentTypeKeys) {
    for (const symbol of [documentTypes[key].symbol, ...documentTypes[key].aliases]) {
      map.set(symbol, symbol);
      // "QĐI", "CTR", "TTR" in all-caps headings; "qđi" or "Nq" are not accepted.
      map.set(symbol.toUpperCase(), symbol);
    }
  }
  return map;
})();

/** The catalogue's spelling of a symbol ("QĐI" → "QĐi"), or null when no Party type uses it. */
export function canonicalSymbol(symbol: string): string | null {
  return canonicalSymbols.get(symbol.normalize('NFC')) ?? null;
}

/** All accepted spellings of all symbols, longest first (for building patterns). */
export const symbolSpellings: readonly string[] = [...canonicalSymbols.keys()].sort(
  (a, b) => b.length - a.length,
);

/** The types a symbol may stand for, in catalogue order: "QĐ" → decision, regulation; "QĐi" → regulation. */
export function typesBySymbol(symbol: string): DocumentTypeKey[] {
  const canonical = canonicalSymbol(symbol);
  if (canonical === null) return [];
  return documentTypeKeys.filter(
    (key) => documentTypes[key].symbol === canonical || documentTypes[key].aliases.includes(canonical),
  );
}

/** The symbol a type's numbering runs on: Quyết định and Quy định share one sequence under "QĐ". */
export function sequenceSymbol(type: DocumentTypeKey): string {
  return documentTypes[type].symbol;
}
