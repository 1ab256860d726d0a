import { describe, expect, it } from 'vitest';
import { referencesPerPiece, splitByReferences, textHash } from './referenceSegments';

describe('splitting a text by its references', () => {
  const text = 'Theo Chỉ thị số 42-CT/TW và Kết luận 21-KL/TW.';
  const a = { start: 5, end: 24, id: 'a' };
  const b = { start: 28, end: 45, id: 'b' };

  it('keeps the whole text, in order, with each reference as its own segment', () => {
    const parts = splitByReferences(text, [b, a]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.map((p) => p.ref?.id ?? null)).toEqual([null, 'a', null, 'b', null]);
    expect(parts[1]?.text).toBe('Chỉ thị số 42-CT/TW');
  });

  it('skips overlapping and out-of-range references', () => {
    const parts = splitByReferences(text, [
      a,
      { start: 10, end: 30, id: 'x' },
      { start: 40, end: 99, id: 'y' },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.ref).map((p) => p.ref?.id)).toEqual(['a']);
  });
});

describe('references of joined pieces', () => {
  it('shifts each reference to its piece and splits one that runs over two', () => {
    const pieces = ['ab 1-CT/TW', 'Kết luận số ', '2-KL/TW'];
    const separators = ['\n', ''];
    const joined = `${pieces[0]}\n${pieces[1]}${pieces[2]}`;
    const second = joined.indexOf('Kết luận');
    const refs = [
      { start: joined.indexOf('1-CT'), end: joined.indexOf('1-CT') + 7 },
      { start: second, end: joined.length },
    ];
    expect(referencesPerPiece(pieces, refs, separators)).toEqual([
      [{ start: 3, end: 10 }],
      [{ start: 0, end: 12 }],
      [{ start: 0, end: 7 }],
    ]);
  });

  it('gives a separator no part of a reference', () => {
    const pieces = ['x 1-CT/TW', 'y'];
    const refs = [{ start: 2, end: 10 }];
    expect(referencesPerPiece(pieces, refs, ['\n'])).toEqual([[{ start: 2, end: 9 }], []]);
  });
});

describe('the text hash', () => {
  it('differs for texts that differ by one character or by order', () => {
    expect(textHash('42-CT/TW')).not.toBe(textHash('43-CT/TW'));
    expect(textHash('ab')).not.toBe(textHash('ba'));
    expect(textHash('Hòa')).toBe(textHash('Hòa'));
  });
});
