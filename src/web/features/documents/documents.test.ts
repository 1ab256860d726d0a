import { describe, expect, it } from 'vitest';
import { parseNumberLine } from './labels';
import { newFromReferenceHref, parseDocumentsSearch, parseNewDocumentSearch } from './search';

describe('the quick number line', () => {
  it('reads number, type, issuer and a short date', () => {
    expect(parseNumberLine('Số 12-CT/TW ngày 05/03/2026')).toEqual({
      number: 12,
      type: 'directive',
      issuer: 'TW',
      date: '2026-03-05',
    });
  });

  it('reads the long date and the old spelling of Quy định', () => {
    expect(parseNumberLine('07-QĐi/TW, ngày 7 tháng 8 năm 2017')).toEqual({
      number: 7,
      type: 'regulation',
      issuer: 'TW',
      date: '2017-08-07',
    });
  });

  it('refuses an unknown symbol and an impossible date', () => {
    expect(parseNumberLine('36-XY/VPTW')).toBeNull();
    expect(parseNumberLine('36-HD/VPTW ngày 31/02/2018')).toBeNull();
    expect(parseNumberLine('Số 36-HD/VPTW')).toEqual({ number: 36, type: 'guidance', issuer: 'VPTW' });
  });

  it('does not take a state number for a Party one', () => {
    expect(parseNumberLine('Nghị định 30/2020/NĐ-CP')).toBeNull();
    expect(parseNumberLine('no number here')).toBeNull();
  });
});

describe('document addresses', () => {
  it('drops unknown values of the list filters', () => {
    expect(
      parseDocumentsSearch({ direction: 'sideways', year: '20x6', status: 'issued', q: '  nghi quyet 21 ' }),
    ).toEqual({
      direction: undefined,
      q: 'nghi quyet 21',
      type: undefined,
      issuerId: undefined,
      year: undefined,
      status: 'issued',
    });
  });

  it('round-trips a reference through the new-document address', () => {
    const href = newFromReferenceHref({ number: 42, type: 'directive', issuer: 'TW', date: '2026-03-05' });
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(parseNewDocumentSearch(params)).toEqual({
      direction: 'incoming',
      number: 42,
      type: 'directive',
      issuer: 'TW',
      date: '2026-03-05',
    });
  });
});
