import { fold } from '../../../domain/text';

/** The longest key the API takes (`fieldKey` in contracts/report-forms.ts). */
const MAX_KEY = 40;

/**
 * A key from a Vietnamese label: "Số đảng viên dự sinh hoạt" → "so_dang_vien_du_sinh_hoat". Unique among
 * `taken` by a numbered suffix; starts with a letter as the API requires.
 */
export function keyFromLabel(label: string, taken: ReadonlySet<string>, fallback = 'muc'): string {
  const words = fold(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  let base = (/^[a-z]/.test(words) ? words : words ? `${fallback}_${words}` : fallback).slice(0, MAX_KEY);
  base = base.replace(/_+$/, '');
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const key = `${base.slice(0, MAX_KEY - suffix.length).replace(/_+$/, '')}${suffix}`;
    if (!taken.has(key)) return key;
  }
}

/** What the API accepts as a key. */
export const isValidKey = (key: string) => /^[a-z][a-z0-9_]{0,39}$/.test(key);
