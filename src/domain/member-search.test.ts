import { describe, expect, it } from 'vitest';
import { nameQuery, searchPattern } from './member-search';

describe('search input', () => {
  it('folds a name: tone marks, đ, case and spaces', () => {
    expect(nameQuery('Phan Xuân Dũng')).toBe('phan xuan dung');
    expect(nameQuery('  đặng   VĂN ')).toBe('dang van');
    expect(nameQuery('Hoà')).toBe('hoa');
  });

  it('leaves numbers, punctuation and empty input to the trigram search', () => {
    for (const input of ['0912 345 678', '001099000123', "H'Hen Niê", 'Y-Moan', 'a & b', '', '   ']) {
      expect(nameQuery(input), input).toBeNull();
    }
  });

  it('matches digits of a phone whatever the punctuation, and LIKE wildcards as text', () => {
    expect(searchPattern('0912.345-678')).toBe('%0912345678%');
    expect(searchPattern('50%_x')).toBe('%50\\%\\_x%');
  });
});
