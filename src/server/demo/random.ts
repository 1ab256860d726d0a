/**
 * The demo generator's only source of randomness: a seeded PRNG (sfc32, seeded through cyrb128), so the same
 * seed gives the same data on every machine. Each part of the data draws from its own named stream, so adding
 * draws to one part (say, the national tree) does not change another (the reference committee).
 */

function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string, stream: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(`${seed}\u0000${stream}`);
    for (let i = 0; i < 12; i++) this.next32();
  }

  /** A new independent stream derived from this one's seed and a name. */
  static of(seed: string, stream: string): Random {
    return new Random(seed, stream);
  }

  private next32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next32() / 4294967296;
  }

  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.float() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Picks by weight from a prepared table (see `weighted`). */
  pickWeighted<T>(table: WeightedTable<T>): T {
    const x = this.float() * table.total;
    let lo = 0;
    let hi = table.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((table.cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return table.items[lo] as T;
  }

  /** Approximately normal (sum of uniforms), clamped to [min, max]. */
  normal(mean: number, sd: number, min = -Infinity, max = Infinity): number {
    const z = this.float() + this.float() + this.float() + this.float() - 2;
    return Math.min(max, Math.max(min, mean + z * sd * 1.2247));
  }

  /** A version-4 UUID from this stream: ids are part of the data, so they are seeded too. */
  uuid(): string {
    const w = [this.next32(), this.next32(), this.next32(), this.next32()];
    const bytes = new Array<number>(16);
    for (let i = 0; i < 4; i++) {
      const v = w[i] as number;
      bytes[i * 4] = v >>> 24;
      bytes[i * 4 + 1] = (v >>> 16) & 255;
      bytes[i * 4 + 2] = (v >>> 8) & 255;
      bytes[i * 4 + 3] = v & 255;
    }
    bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
    const h = bytes.map((b) => HEX[b] as string);
    return `${h[0]}${h[1]}${h[2]}${h[3]}-${h[4]}${h[5]}-${h[6]}${h[7]}-${h[8]}${h[9]}-${h[10]}${h[11]}${h[12]}${h[13]}${h[14]}${h[15]}`;
  }

  /** `n` digits, leading zeros allowed. */
  digits(n: number): string {
    let out = '';
    while (out.length < n) out += String(this.next32() % 1_000_000).padStart(6, '0');
    return out.slice(0, n);
  }

  /** A permutation of the items (Fisher–Yates), leaving the input alone. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

export interface WeightedTable<T> {
  items: T[];
  cumulative: number[];
  total: number;
}

export function weighted<T>(entries: ReadonlyArray<readonly [T, number]>): WeightedTable<T> {
  const items: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [item, weight] of entries) {
    if (weight <= 0) continue;
    total += weight;
    items.push(item);
    cumulative.push(total);
  }
  return { items, cumulative, total };
}

/**
 * A bijection of [0, 10^digits) that looks random: numbers derived from a row's index (citizen ID serials,
 * card numbers) are then unique by construction, with no set of used values held in memory.
 */
export function scramble(index: number, digits: number, salt: number): string {
  if (digits > 8) throw new Error('scramble: at most 8 digits');
  const modulus = 10 ** digits;
  // A multiplier near modulus/φ, odd and not a multiple of 5, so it shares no factor with 10^n: x → a·x is
  // one-to-one mod 10^n. The product stays below 2^53, so doubles compute it exactly.
  let a = Math.floor(modulus * 0.6180339887) | 1;
  if (a % 5 === 0) a += 2;
  const value = ((((index % modulus) * a) % modulus) + (salt % modulus)) % modulus;
  return String(value).padStart(digits, '0');
}
