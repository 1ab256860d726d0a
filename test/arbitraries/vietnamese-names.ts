import fc from 'fast-check';

// Syllables are built from Vietnamese onsets, vowels (with ă â ê ô ơ ư) and codas, then given one of the six
// tones; the tone mark is placed on either of two vowels where usage varies (Hòa / Hoà, Thủy / Thuỷ).
const onsets = [
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gh',
  'gi',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'nh',
  'ph',
];
const moreOnsets = ['qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const vowels = [
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
  'oa',
  'oe',
  'uy',
  'ươ',
  'uô',
  'iê',
];
const codas = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't', 'i', 'o', 'u', 'y'];
const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

const syllableFrom = (pool: { onsets: string[]; vowels: string[]; codas: string[] }) =>
  fc
    .record({
      onset: fc.constantFrom(...pool.onsets),
      vowel: fc.constantFrom(...pool.vowels),
      coda: fc.constantFrom(...pool.codas),
      tone: fc.constantFrom(...tones),
      toneOnLast: fc.boolean(),
      capital: fc.integer({ min: 0, max: 9 }),
    })
    .map(({ onset, vowel, coda, tone, toneOnLast, capital }) => {
      const chars = [...vowel];
      const at = toneOnLast ? chars.length - 1 : 0;
      chars[at] = `${chars[at]}${tone}`;
      const word = `${onset}${chars.join('')}${coda}`.normalize('NFC');
      // Names are written capitalised; now and then a record holds a lower-case or all-caps word.
      if (capital === 0) return word;
      if (capital === 1) return word.toUpperCase();
      return word.charAt(0).toUpperCase() + word.slice(1);
    });

const wide = syllableFrom({ onsets: [...onsets, ...moreOnsets], vowels, codas });
// A small pool makes names that differ only in a tone, a letter mark or case common, so those orderings are tested.
const narrow = syllableFrom({
  onsets: ['', 'h', 'th'],
  vowels: ['a', 'ă', 'â', 'o', 'ô', 'ơ', 'oa'],
  codas: ['', 'n'],
});

const nameOf = (syllable: fc.Arbitrary<string>, maxLength: number) =>
  fc.array(syllable, { minLength: 1, maxLength }).map((w) => w.join(' '));

/** Random Vietnamese full names of one to five words, e.g. "Phan Xuân Dũng", "Nguyễn Thị Thuỷ". */
export const vietnameseName = fc.oneof(nameOf(wide, 5), nameOf(narrow, 3));
