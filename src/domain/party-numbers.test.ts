import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate, issuerCode, partyNumber, stateNumber } from '../../test/arbitraries/party-documents';
import { documentDate, shortDate } from './document-dates';
import { typesBySymbol } from './party-document-types';
import { formatPartyNumber, parseDocumentDate, parsePartyNumber } from './party-numbers';

describe('formatting a Party number', () => {
  it('writes number, hyphen, symbol, slash, issuer; two digits below 10; "Số" without a colon', () => {
    expect(formatPartyNumber({ number: 7, symbol: 'QĐi', issuer: 'TW' })).toBe('07-QĐi/TW');
    expect(formatPartyNumber({ number: 253, symbol: 'QĐ', issuer: 'TW' }, { withSo: true })).toBe(
      'Số 253-QĐ/TW',
    );
    expect(formatPartyNumber({ number: 10, symbol: 'HD', issuer: 'VPTW' }, { withSo: true })).toBe(
      'Số 10-HD/VPTW',
    );
  });

  it('refuses what no Party number can hold', () => {
    expect(() => formatPartyNumber({ number: 0, symbol: 'NQ', issuer: 'TW' })).toThrow(RangeError);
    expect(() => formatPartyNumber({ number: 2.5, symbol: 'NQ', issuer: 'TW' })).toThrow(RangeError);
    expect(() => formatPartyNumber({ number: 1, symbol: 'NĐ', issuer: 'CP' })).toThrow(RangeError);
    expect(() => formatPartyNumber({ number: 1, symbol: 'NQ', issuer: 'tw' })).toThrow(RangeError);
    expect(() => formatPartyNumber({ number: 1, symbol: 'NQ', issuer: '123' })).toThrow(RangeError);
    expect(() => formatPartyNumber({ number: 1, symbol: 'NQ', issuer: 'A'.repeat(16) })).toThrow(RangeError);
  });
});

describe('reading a Party number', () => {
  it('splits the number into its parts and keeps the number as written', () => {
    expect(parsePartyNumber('253-QĐ/TW')).toEqual({
      number: 253,
      numberText: '253',
      symbol: 'QĐ',
      issuer: 'TW',
      types: ['decision', 'regulation'],
    });
    expect(parsePartyNumber('07-QĐi/TW')).toEqual({
      number: 7,
      numberText: '07',
      symbol: 'QĐi',
      issuer: 'TW',
      types: ['regulation'],
    });
    for (const text of [
      'Số 36-HD/VPTW',
      'số 36-HD/VPTW',
      'SỐ 36-HD/VPTW',
      '  36 - HD / VPTW ',
      '36–HD/VPTW',
    ]) {
      expect(parsePartyNumber(text), text).toMatchObject({ number: 36, symbol: 'HD', issuer: 'VPTW' });
    }
    expect(parsePartyNumber('12-CTR/TU')).toMatchObject({ symbol: 'CTr', types: ['program'] });
    expect(parsePartyNumber('05-NQ/BTCĐU')).toMatchObject({ issuer: 'BTCĐU' });
    // Formatting never writes "Số:", but numbers copied from badly typed documents carry it.
    expect(parsePartyNumber('Số: 253-QĐ/TW')).toMatchObject({ number: 253, symbol: 'QĐ' });
  });

  it('reads a trailing date in the forms documents use', () => {
    for (const text of [
      'Số 253-QĐ/TW ngày 07/08/2009',
      '253-QĐ/TW ngày 7/8/2009',
      '253-QĐ/TW, ngày 07 tháng 8 năm 2009',
      '253-QĐ/TW ngày 07-8-2009',
      '253-QĐ/TW Ngày 07 tháng 08 năm 2009',
    ]) {
      expect(parsePartyNumber(text)?.date, text).toBe('2009-08-07');
    }
    expect(parsePartyNumber('253-QĐ/TW ngày 31/02/2009')).toBeNull();
  });

  it('reads decomposed (NFD) text as its composed form', () => {
    const nfd = 'Số 07-QĐi/ĐUK ngày 07 tháng 8 năm 2009'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(parsePartyNumber(nfd)).toMatchObject({
      number: 7,
      symbol: 'QĐi',
      issuer: 'ĐUK',
      date: '2009-08-07',
    });
  });

  it('refuses state numbers and everything else', () => {
    for (const text of [
      '30/2020/NĐ-CP',
      '1234/QĐ-UBND',
      '15/2023/TT-BTC',
      'Số: 30/2020/NĐ-CP',
      '253-QĐ/TW-CP',
      '253-QĐ/tw',
      '253-qđ/TW',
      '253-NĐ/TW',
      '253-QĐ/123',
      '0-NQ/TW',
      '00-NQ/TW',
      '253QĐ/TW',
      '253-QĐTW',
      '253-QĐ/TW của Bộ Chính trị',
      'Nghị quyết 21-NQ/TW',
      `1-NQ/${'A'.repeat(16)}`,
      '',
    ]) {
      expect(parsePartyNumber(text), text).toBeNull();
    }
  });

  it('reads back every number it formats, with or without "Số", in NFC or NFD', () => {
    fc.assert(
      fc.property(
        partyNumber,
        fc.boolean(),
        fc.boolean(),
        ({ type, number, symbol, issuer }, withSo, nfd) => {
          const text = formatPartyNumber({ number, symbol, issuer }, { withSo });
          const parsed = parsePartyNumber(nfd ? text.normalize('NFD') : text);
          expect(parsed).toEqual({
            number,
            numberText: String(number).padStart(2, '0'),
            symbol,
            issuer,
            types: typesBySymbol(symbol),
          });
          expect(parsed?.types).toContain(type);
        },
      ),
    );
  });

  it('reads back the date written after a number, in words or in figures', () => {
    fc.assert(
      fc.property(
        partyNumber,
        isoDate,
        fc.constantFrom('words', 'short', 'loose'),
        (generated, iso, style) => {
          const [y, m, d] = iso.split('-').map(Number);
          const date =
            style === 'words'
              ? documentDate(iso)
              : style === 'short'
                ? `ngày ${shortDate(iso)}`
                : `ngày ${d}-${m}-${y}`;
          const text = `${formatPartyNumber(generated, { withSo: true })} ${date}`;
          expect(parsePartyNumber(text)?.date).toBe(iso);
          expect(parsePartyNumber(text.normalize('NFD'))?.date).toBe(iso);
        },
      ),
    );
  });

  it('never reads a state number as a Party one', () => {
    fc.assert(
      fc.property(stateNumber, fc.constantFrom('', 'Số ', 'số '), (state, prefix) => {
        expect(parsePartyNumber(`${prefix}${state}`)).toBeNull();
      }),
    );
  });

  it('accepts any issuer code of letters and digits with at least one letter', () => {
    fc.assert(
      fc.property(issuerCode, (issuer) => {
        expect(parsePartyNumber(`01-NQ/${issuer}`)?.issuer).toBe(issuer);
        expect(parsePartyNumber(`01-NQ/${issuer.toLowerCase()}`)).toBeNull();
      }),
    );
  });
});

describe('reading a document date', () => {
  it('reads figures and words, with or without "ngày"', () => {
    expect(parseDocumentDate('07/08/2009')).toBe('2009-08-07');
    expect(parseDocumentDate('7/8/2009')).toBe('2009-08-07');
    expect(parseDocumentDate('07-08-2009')).toBe('2009-08-07');
    expect(parseDocumentDate('07 tháng 8 năm 2009')).toBe('2009-08-07');
    expect(parseDocumentDate('ngày 07 tháng 08 năm 2009')).toBe('2009-08-07');
    expect(parseDocumentDate('Ngày 29/02/2024')).toBe('2024-02-29');
    expect(parseDocumentDate('ngày 07 tháng 8 năm 2009'.normalize('NFD'))).toBe('2009-08-07');
  });

  it('refuses impossible dates and other text', () => {
    for (const text of [
      '31/02/2009',
      '29/02/2023',
      '31/04/2024',
      '00/01/2024',
      '01/13/2024',
      '07/08-2009',
      '07/08/09',
      '2009-08-07',
      '07 tháng 8 2009',
      'ngày 07/08/2009 của',
      '',
    ]) {
      expect(parseDocumentDate(text), text).toBeNull();
    }
  });

  it('reads back any date written the way documents write it', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        expect(parseDocumentDate(documentDate(iso))).toBe(iso);
        expect(parseDocumentDate(shortDate(iso))).toBe(iso);
      }),
    );
  });
});
