import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nfcWithOffsets } from './nfc-offsets';

const isBoundary = (s: string, p: number) =>
  p === s.length || !/^[\p{M}\udc00-\udfff]/u.test(s.slice(p, p + 1).normalize('NFC'));

describe('NFC with offsets back to the original', () => {
  it('leaves text without combining marks as it is', () => {
    const text = 'Nghị quyết số 21-NQ/TW';
    const { nfc, toOriginal } = nfcWithOffsets(text);
    expect(nfc).toBe(text);
    expect(toOriginal(9)).toBe(9);
  });

  it('composes NFD and maps offsets after each composed letter back', () => {
    const text = 'Kết luận 01'.normalize('NFD');
    const { nfc, toOriginal } = nfcWithOffsets(text);
    expect(nfc).toBe('Kết luận 01');
    expect(toOriginal(0)).toBe(0);
    expect(toOriginal(nfc.indexOf(' '))).toBe(text.indexOf(' '));
    expect(toOriginal(nfc.length)).toBe(text.length);
  });

  it('maps every boundary so that the original prefix composes to the NFC prefix', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'Nghị',
        'quyết',
        ' ',
        '21-NQ/TW',
        'ệ',
        'e\u0323\u0302',
        'ê\u0301',
        '\u0301',
        'Đ',
        '😀',
        'a',
      ),
      // Hangul jamo compose without combining marks: the walk cannot follow them and the slow way is taken.
      fc.constantFrom('\u1100', '\u1161', '\u11a8'),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.boolean(), (pieces, decompose) => {
        const joined = pieces.join('');
        const text = decompose ? joined.normalize('NFD') : joined;
        const { nfc, toOriginal } = nfcWithOffsets(text);
        expect(nfc.normalize('NFC')).toBe(text.normalize('NFC'));
        if (/[\u0300-\u036f]/.test(text))
          expect(/[\u0300-\u036f]/.test(nfc)).toBe(/[\u0300-\u036f]/.test(text.normalize('NFC')));
        let previous = 0;
        for (let p = 0; p <= nfc.length; p++) {
          if (!isBoundary(nfc, p)) continue;
          const q = toOriginal(p);
          expect(q).toBeGreaterThanOrEqual(previous);
          previous = q;
          expect(text.slice(0, q).normalize('NFC')).toBe(nfc.slice(0, p).normalize('NFC'));
        }
      }),
    );
  });
});
