import i18n, { currentLanguage } from '../../app/i18n';

/** "2026-11" → "11/2026" */
export const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

const roman = ['I', 'II', 'III', 'IV'];

/** "2026-Q4" → "quý IV/2026" (Roman numerals, as Party documents write quarters) or "Q4 2026" in English. */
export const quarterLabel = (quarter: string) => {
  const n = quarter.slice(-1);
  return i18n.t('meetingsPanel.quarter', {
    q: currentLanguage() === 'vi' ? (roman[Number(n) - 1] ?? n) : n,
    year: quarter.slice(0, 4),
  });
};

/** 0.873 → "87,3 %" / "87.3%" */
export const percentLabel = (rate: number | null) =>
  rate === null
    ? '—'
    : new Intl.NumberFormat(currentLanguage() === 'en' ? 'en-GB' : 'vi-VN', {
        style: 'percent',
        maximumFractionDigits: 1,
      }).format(rate);
