/** A reference found in a text, as POST /documents/extract-references returns it (offsets in UTF-16 units). */
export interface FoundReference {
  start: number;
  end: number;
}

export type Segment<R> = { text: string; ref?: undefined } | { text: string; ref: R };

/**
 * Cuts `text` into plain runs and references, in order; overlapping or out-of-range references are skipped
 * (the text is always shown whole).
 */
export function splitByReferences<R extends FoundReference>(text: string, refs: readonly R[]): Segment<R>[] {
  const sorted = [...refs].sort((a, b) => a.start - b.start);
  const out: Segment<R>[] = [];
  let at = 0;
  for (const ref of sorted) {
    if (ref.start < at || ref.end > text.length || ref.end <= ref.start) continue;
    if (ref.start > at) out.push({ text: text.slice(at, ref.start) });
    out.push({ text: text.slice(ref.start, ref.end), ref });
    at = ref.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/**
 * The references of several pieces of text that were sent joined (piece i and i+1 by `separators[i]`), each
 * shifted to its piece's own offsets. A reference running over two pieces ("Nghị quyết số <b>57-NQ/TW</b>")
 * comes back as a part in each, so that every part links.
 */
export function referencesPerPiece<R extends FoundReference>(
  pieces: readonly string[],
  refs: readonly R[],
  separators: readonly string[],
): R[][] {
  const result: R[][] = pieces.map(() => []);
  let offset = 0;
  pieces.forEach((piece, index) => {
    const end = offset + piece.length;
    for (const ref of refs) {
      const from = Math.max(ref.start, offset);
      const to = Math.min(ref.end, end);
      if (from < to) result[index]?.push({ ...ref, start: from - offset, end: to - offset });
    }
    offset = end + (separators[index]?.length ?? 0);
  });
  return result;
}

/** A 64-bit hash of a text (two 32-bit FNV-1a variants) to key its cached references; not for security. */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (i & 0xff), 0x5bd1e995) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}-${text.length}`;
}
