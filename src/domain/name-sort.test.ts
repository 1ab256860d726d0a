import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vietnameseName } from '../../test/arbitraries/vietnamese-names';
import { compareVietnameseNames, nameSortKey, splitVietnameseName } from './name-sort';

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b)) as -1 | 0 | 1;

describe('splitVietnameseName', () => {
  it('takes the family name first and the given name last', () => {
    expect(splitVietnameseName('Phan Xuân Dũng')).toEqual({ family: 'Phan', middle: 'Xuân', given: 'Dũng' });
    expect(splitVietnameseName('  Nguyễn  Thị Minh   Khai ')).toEqual({
      family: 'Nguyễn',
      middle: 'Thị Minh',
      given: 'Khai',
    });
    expect(splitVietnameseName('Thảo')).toEqual({ family: '', middle: '', given: 'Thảo' });
  });
});

describe('nameSortKey', () => {
  it('sorts by given name, then middle, then family', () => {
    const names = ['Trần Văn Bình', 'Lê Thị An', 'Phan Xuân Dũng', 'Nguyễn Văn An', 'Đỗ Anh'];
    const sorted = [...names].sort((a, b) => byteOrder(nameSortKey(a), nameSortKey(b)));
    expect(sorted).toEqual(['Lê Thị An', 'Nguyễn Văn An', 'Đỗ Anh', 'Trần Văn Bình', 'Phan Xuân Dũng']);
  });

  it('puts letters in Vietnamese order and tones after letters', () => {
    const given = ['Ánh', 'An', 'Ăn', 'Ân', 'Ạn', 'Ấn', 'Dung', 'Đức', 'Ê', 'Ơn', 'Ưng', 'Uyên'];
    const sorted = [...given].sort((a, b) => byteOrder(nameSortKey(a), nameSortKey(b)));
    expect(sorted).toEqual(['An', 'Ạn', 'Ánh', 'Ăn', 'Ân', 'Ấn', 'Dung', 'Đức', 'Ê', 'Ơn', 'Uyên', 'Ưng']);
  });

  it('orders exactly as Intl.Collator("vi") compares given, middle and family names', () => {
    fc.assert(
      fc.property(vietnameseName, vietnameseName, (a, b) => {
        expect(byteOrder(nameSortKey(a), nameSortKey(b))).toBe(Math.sign(compareVietnameseNames(a, b)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives both spellings of a tone mark distinct but adjacent keys, as the collator does', () => {
    expect(byteOrder(nameSortKey('Lê Thị Hoà'), nameSortKey('Lê Thị Hòa'))).toBe(
      Math.sign(compareVietnameseNames('Lê Thị Hoà', 'Lê Thị Hòa')),
    );
    expect(nameSortKey('Lê Thị Hòa'.normalize('NFD'))).toBe(nameSortKey('Lê Thị Hòa'));
  });
});
