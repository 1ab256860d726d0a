import { describe, expect, it } from 'vitest';
import { fold } from '../../domain/text';
import { hasSpellingVariant, newStyleSpelling, personName } from './names';
import { Random } from './random';

describe('demo names', () => {
  it('writes the tone of oa, oe, uy on the second vowel in the new style, only in open syllables', () => {
    expect(newStyleSpelling('Hòa')).toBe('Hoà');
    expect(newStyleSpelling('Thủy')).toBe('Thuỷ');
    expect(newStyleSpelling('Thúy')).toBe('Thuý');
    expect(newStyleSpelling('Khóa')).toBe('Khoá');
    expect(newStyleSpelling('Hòe')).toBe('Hoè');
    for (const unchanged of ['Hoàng', 'Toàn', 'Quý', 'Huy', 'Dũng', 'Khoa']) {
      expect(newStyleSpelling(unchanged)).toBe(unchanged);
      expect(hasSpellingVariant(unchanged)).toBe(false);
    }
    expect(fold(newStyleSpelling('Hòa'))).toBe(fold('Hòa'));
  });

  it('draws NFC names of two to four words with both spellings and realistic family names', () => {
    const r = Random.of('names', 'test');
    const names = Array.from({ length: 4000 }, (_, i) =>
      personName(r, i % 3 === 0 ? 'female' : 'male', '01', 1950 + (i % 50)),
    );
    for (const name of names) {
      expect(name).toBe(name.normalize('NFC'));
      expect(name.split(' ').length).toBeGreaterThanOrEqual(2);
      expect(name.split(' ').length).toBeLessThanOrEqual(4);
    }
    const nguyen = names.filter((n) => n.startsWith('Nguyễn ')).length / names.length;
    expect(nguyen).toBeGreaterThan(0.33);
    expect(nguyen).toBeLessThan(0.43);
    expect(names.some((n) => n.endsWith(' Hòa'))).toBe(true);
    expect(names.some((n) => n.endsWith(' Hoà'))).toBe(true);
    expect(names.filter((n) => n.includes(' Thị ')).length).toBeGreaterThan(500);
  });
});
