/**
 * A text in NFC with a map from offsets in the NFC text back to offsets in the text as given, so that what is
 * found in the NFC text can be sliced out of the original (DOMAIN.md §11: match normalised, keep the original).
 * Vietnamese needs it for NFD input and for "Unicode tổ hợp" (precomposed ê plus a combining tone mark).
 * Only Latin letters are sure to come out composed: text of other scripts may keep forms NFC would change.
 */
export interface NfcText {
  nfc: string;
  /** The original offset of an NFC offset that falls between two characters of the original. */
  toOriginal: (offset: number) => number;
}

// Latin (so Vietnamese) composes only with these marks: a text without them is taken as it is.
const latinMarks = /[\u0300-\u036f]/;

export function nfcWithOffsets(text: string): NfcText {
  if (!latinMarks.test(text)) return { nfc: text, toOriginal: (offset) => offset };
  const nfc = text.normalize('NFC');
  return walked(text, nfc) ?? recomposedRuns(text);
}

let markTable: Uint8Array | undefined;
/** Combining marks of the BMP, by code unit. */
function marks(): Uint8Array {
  if (markTable) return markTable;
  markTable = new Uint8Array(0x10000);
  const mark = /\p{M}/u;
  for (let code = 0; code < 0x10000; code++) {
    if ((code < 0xd800 || code > 0xdfff) && mark.test(String.fromCharCode(code))) markTable[code] = 1;
  }
  return markTable;
}

/**
 * NFC turns each letter-and-marks run into a letter and fewer marks, and leaves the rest alone. Walking both
 * texts run by run gives the runs whose length changed; offsets between them shift by a constant. When the
 * walk does not end on both ends together (Hangul jamo, marks outside the BMP), the slower way is used.
 */
function walked(text: string, nfc: string): NfcText | null {
  const isMark = marks();
  const nfcEnds: number[] = [];
  const originalEnds: number[] = [];
  let i = 0;
  let j = 0;
  while (i < text.length && j < nfc.length) {
    let iEnd = i + 1;
    while (iEnd < text.length && isMark[text.charCodeAt(iEnd)] === 1) iEnd++;
    let jEnd = j + 1;
    while (jEnd < nfc.length && isMark[nfc.charCodeAt(jEnd)] === 1) jEnd++;
    if (iEnd - i !== jEnd - j) {
      nfcEnds.push(jEnd);
      originalEnds.push(iEnd);
    }
    i = iEnd;
    j = jEnd;
  }
  if (i !== text.length || j !== nfc.length) return null;
  return { nfc, toOriginal: shifter(nfcEnds, originalEnds) };
}

/** Recomposes every letter-and-marks run on its own: slower, but right whatever NFC does elsewhere. */
function recomposedRuns(text: string): NfcText {
  const parts: string[] = [];
  const nfcEnds: number[] = [];
  const originalEnds: number[] = [];
  let copied = 0;
  let length = 0;
  const runs = /\P{M}\p{M}+/gu;
  for (let run = runs.exec(text); run !== null; run = runs.exec(text)) {
    const composed = run[0].normalize('NFC');
    if (composed === run[0]) continue;
    parts.push(text.slice(copied, run.index), composed);
    length += run.index - copied + composed.length;
    copied = run.index + run[0].length;
    nfcEnds.push(length);
    originalEnds.push(copied);
  }
  parts.push(text.slice(copied));
  return { nfc: parts.join(''), toOriginal: shifter(nfcEnds, originalEnds) };
}

/** The last changed run ending at or before an offset fixes its shift. */
function shifter(nfcEnds: readonly number[], originalEnds: readonly number[]) {
  return (offset: number): number => {
    let low = 0;
    let high = nfcEnds.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((nfcEnds[mid] ?? 0) <= offset) low = mid + 1;
      else high = mid;
    }
    return low === 0 ? offset : offset - (nfcEnds[low - 1] ?? 0) + (originalEnds[low - 1] ?? 0);
  };
}
