import { describe, expect, it } from 'vitest';
import { nameWordsQuery, searchPattern } from './member-search';

describe('search input', () => {
  it('turns a name into whole words and a last word being typed, marks and đ folded', () => {
    expect(nameWordsQuery('Phan Xuân Dũng')).toBe('phan & xuan & dung:*');
    expect(nameWordsQuery('  đặng   văn ')).toBe('dang & van:*');
    expect(nameWordsQuery('Hoà')).toBe('hoa:*');
  });

  it('leaves numbers, punctuation and empty input to the trigram search', () => {
    for (const input of ['0912 345 678', '001099000123', "H'Hen Niê", 'Y-Moan', 'a & b', '', '   ']) {
      expect(nameWordsQuery(input), input).toBeNull();
    }
  });

  it('matches digits of a phone whatever the punctuation, and LIKE wildcards as text', () => {
    expect(searchPattern('0912.345-678')).toBe('%0912345678%');
    expect(searchPattern('50%_x')).toBe('%50\\%\\_x%');
  });
});
