import { describe, expect, it } from 'vitest';
import { documentDate, placeAndDate, shortDate } from './document-dates';

describe('dates in Party documents', () => {
  it('write the day with two digits and January/February with a leading zero', () => {
    expect(documentDate('2009-08-07')).toBe('ngày 07 tháng 8 năm 2009');
    expect(documentDate('2026-02-03')).toBe('ngày 03 tháng 02 năm 2026');
    expect(documentDate('2026-01-19')).toBe('ngày 19 tháng 01 năm 2026');
    expect(documentDate('2026-12-25')).toBe('ngày 25 tháng 12 năm 2026');
  });
  it('put the place first and show dd/mm/yyyy in tables', () => {
    expect(placeAndDate('Hà Nội', '2026-11-07')).toBe('Hà Nội, ngày 07 tháng 11 năm 2026');
    expect(shortDate('2026-11-07')).toBe('07/11/2026');
  });
  it('refuses what is not a date', () => {
    expect(() => documentDate('07/11/2026')).toThrow(RangeError);
  });
});
