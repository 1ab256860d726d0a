import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../test/arbitraries/party-documents';
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

describe('the date line, property', () => {
  it('always writes a two-digit day and a two-digit month only for January and February', () => {
    fc.assert(
      fc.property(isoDate, fc.constantFrom('Hà Nội', 'Thành phố Hồ Chí Minh'), (iso, place) => {
        const [y, m, d] = iso.split('-').map(Number);
        const month = m === 1 || m === 2 ? `0${m}` : String(m);
        expect(placeAndDate(place, iso)).toBe(
          `${place}, ngày ${String(d).padStart(2, '0')} tháng ${month} năm ${y}`,
        );
      }),
    );
  });
});
