import { describe, expect, it } from 'vitest';
import { compareCatalogs } from './check-catalogs';
import en from './en.json';
import vi from './vi.json';

describe('UI catalogs', () => {
  it('have the same keys and variables in Vietnamese and English, none empty', () => {
    expect(compareCatalogs({ vi, en })).toEqual([]);
  });

  it('reports a key missing from one language', () => {
    expect(compareCatalogs({ vi: { a: 'Một', b: 'Hai' }, en: { a: 'One' } })).toEqual([
      'en: missing key "b"',
    ]);
  });
});
