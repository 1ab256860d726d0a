import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, hasForbiddenCharacters, toNfc } from './text';

describe('fold', () => {
  it('ignores tone marks, đ and case', () => {
    expect(fold('Phan Xuân Dũng')).toBe('phan xuan dung');
    expect(fold('phan xuân dung')).toBe(fold('Phan Xuan Dung'));
    expect(fold('Đảng bộ VUSTA')).toBe('dang bo vusta');
  });

  it('treats both spellings of a tone mark alike', () => {
    expect(fold('Hoà')).toBe(fold('Hòa'));
    expect(fold('Thuỷ')).toBe(fold('Thủy'));
  });

  it('gives the same result for NFC and NFD input', () => {
    fc.assert(fc.property(fc.string(), (s) => fold(s.normalize('NFC')) === fold(s.normalize('NFD'))));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => fold(fold(s)) === fold(s)));
  });
});

describe('toNfc', () => {
  it('composes decomposed Vietnamese letters', () => {
    const decomposed = 'Dũng'.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(4);
    expect(toNfc(decomposed)).toBe('Dũng');
  });
});

describe('hasForbiddenCharacters', () => {
  it('rejects NUL and lone surrogates, accepts ordinary text', () => {
    expect(hasForbiddenCharacters('a\u0000b')).toBe(true);
    expect(hasForbiddenCharacters('a\ud800b')).toBe(true);
    expect(hasForbiddenCharacters('Đảng bộ 😀')).toBe(false);
  });
});
