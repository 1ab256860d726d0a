import fc from 'fast-check';
import { type DocumentTypeKey, documentTypeKeys, documentTypes } from '../../src/domain/party-document-types';

const letters = 'ABCDEGHIKLMNOPQRSTUVXYĐ'.split('');
const digits = '0123456789'.split('');

/** Issuing body codes: 1-15 upper-case letters (Đ included) and digits, at least one letter. */
export const issuerCode = fc
  .tuple(
    fc.array(fc.constantFrom(...letters, ...digits), { maxLength: 7 }),
    fc.constantFrom(...letters),
    fc.array(fc.constantFrom(...letters, ...digits), { maxLength: 7 }),
  )
  .map(([before, letter, after]) => [...before, letter, ...after].join(''));

/** Real codes mixed with generated ones. */
export const issuer = fc.oneof(
  fc.constantFrom('TW', 'VPTW', 'BTCTW', 'UBKTTW', 'TU', 'ĐU', 'ĐUK', 'BTCĐU', 'CB', 'HU', 'QU', 'ĐUCQ'),
  issuerCode,
);

export const isoDate = fc
  .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

export interface GeneratedNumber {
  type: DocumentTypeKey;
  number: number;
  symbol: string;
  issuer: string;
}

/** A Party number of any type, under its symbol or one of its older aliases. */
export const partyNumber: fc.Arbitrary<GeneratedNumber> = fc.constantFrom(...documentTypeKeys).chain((type) =>
  fc.record({
    type: fc.constant(type),
    number: fc.oneof(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99_999 })),
    symbol: fc.constantFrom(documentTypes[type].symbol, ...documentTypes[type].aliases),
    issuer,
  }),
);

const stateSymbols = ['NĐ', 'QĐ', 'TT', 'CT', 'NQ', 'KH', 'TB', 'CV', 'BC', 'TTLT', 'QH14', 'UBTVQH15'];
const stateIssuers = ['CP', 'TTg', 'UBND', 'BTC', 'BNV', 'BGDĐT', 'BCA', 'NHNN', 'VPCP', 'HĐND'];

/** State document numbers: "30/2020/NĐ-CP", "1234/QĐ-UBND", "15/2023/TT-BTC", "123/BTC-TCT". */
export const stateNumber = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1990, max: 2030 }))
    .chain(([n, year]) =>
      fc
        .tuple(fc.constantFrom(...stateSymbols), fc.constantFrom(...stateIssuers))
        .map(([symbol, body]) => `${String(n).padStart(2, '0')}/${year}/${symbol}-${body}`),
    ),
  fc
    .tuple(
      fc.integer({ min: 1, max: 9999 }),
      fc.constantFrom(...stateSymbols),
      fc.constantFrom(...stateIssuers),
    )
    .map(([n, symbol, body]) => `${n}/${symbol}-${body}`),
  fc
    .tuple(
      fc.integer({ min: 1, max: 9999 }),
      fc.constantFrom(...stateIssuers),
      fc.constantFrom('TCT', 'VP', 'KHTC'),
    )
    .map(([n, body, unit]) => `${n}/${body}-${unit}`),
  fc.integer({ min: 1, max: 99 }).map((n) => `${n}/${2000 + (n % 30)}/QH${10 + (n % 6)}`),
);
