/** The committee works on Vietnam's calendar: "today" is the date in Hà Nội, not in UTC (7 hours apart). */
const hanoiDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export const todayIso = (now: Date = new Date()): string => hanoiDate.format(now);

/** A date as users read it in messages: dd/mm/yyyy. */
export const displayDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

export const addDays = (iso: string, days: number): string => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
