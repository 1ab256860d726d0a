import { describe, expect, it } from 'vitest';
import { Random, scramble, weighted } from './random';

describe('the demo PRNG', () => {
  it('repeats itself for the same seed and stream, and differs for another stream', () => {
    const draw = (r: Random) => Array.from({ length: 50 }, () => r.float());
    expect(draw(Random.of('s', 'a'))).toEqual(draw(Random.of('s', 'a')));
    expect(draw(Random.of('s', 'a'))).not.toEqual(draw(Random.of('s', 'b')));
    expect(draw(Random.of('s', 'a'))).not.toEqual(draw(Random.of('t', 'a')));
  });

  it('draws version-4 UUIDs, integers in range and weights in proportion', () => {
    const r = Random.of('s', 'x');
    for (let i = 0; i < 200; i++) {
      expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const n = r.int(3, 7);
      expect(n >= 3 && n <= 7 && Number.isInteger(n)).toBe(true);
    }
    const table = weighted([
      ['rare', 1],
      ['common', 9],
    ]);
    const picks = Array.from({ length: 10_000 }, () => r.pickWeighted(table));
    const common = picks.filter((p) => p === 'common').length / picks.length;
    expect(common).toBeGreaterThan(0.87);
    expect(common).toBeLessThan(0.93);
  });

  it('scrambles indexes one-to-one, so derived numbers are unique without remembering them', () => {
    for (const digits of [4, 5]) {
      const seen = new Set<string>();
      for (let i = 0; i < 10 ** digits; i++) seen.add(scramble(i, digits, 12_345));
      expect(seen.size).toBe(10 ** digits);
    }
    expect(scramble(1, 8, 0)).toHaveLength(8);
  });
});
