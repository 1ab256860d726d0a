/**
 * Dates as Party documents write them (Hướng dẫn 36-HD/VPTW, 2018): "ngày 07 tháng 8 năm 2009" — the day
 * with two digits below 10, months 1 and 2 written "01" and "02" (so they cannot be misread as 10-12), other
 * months as they are.
 */
export function documentDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) throw new RangeError(`not an ISO date: ${iso}`);
  const month = m <= 2 ? `0${m}` : String(m);
  return `ngày ${String(d).padStart(2, '0')} tháng ${month} năm ${y}`;
}

/** "Hà Nội, ngày 07 tháng 8 năm 2009": the place and date line of a document. */
export const placeAndDate = (place: string, iso: string): string => `${place}, ${documentDate(iso)}`;

/** dd/mm/yyyy, as the UI and tables inside documents show dates. */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
