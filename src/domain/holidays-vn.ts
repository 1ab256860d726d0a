import type { WorkingCalendar } from './working-days';

/**
 * Days off and worked weekend days of state and Party offices in Vietnam, 2025-2027: the public holidays of
 * the Labour Code 2019, Art. 112 (Tết Dương lịch 1 day, Tết Nguyên đán 5 days, Giỗ Tổ Hùng Vương 10/3 lunar,
 * 30/4, 1/5, Quốc khánh 2 days), with the days off in lieu when a holiday falls on a weekend (Art. 112(3)) and
 * the swaps the Ministry of Home Affairs announces each year. 2025 is as announced; later years follow the
 * law and the lunar calendar and are marked `verify` until the yearly announcement — the administrator edits
 * the calendar in the product (the database holds the calendar in use; this list seeds it).
 */
export interface CalendarEntry {
  date: string;
  kind: 'day_off' | 'worked_weekend';
  name: string;
  verify?: boolean;
}

const days = (dates: string[], name: string, verify?: boolean): CalendarEntry[] =>
  dates.map((date) => ({ date, kind: 'day_off', name, ...(verify ? { verify } : {}) }));

export const vietnamCalendar2025to2027: readonly CalendarEntry[] = [
  ...days(['2025-01-01'], 'Tết Dương lịch'),
  ...days(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'], 'Tết Nguyên đán Ất Tỵ'),
  ...days(['2025-04-07'], 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
  ...days(['2025-04-30'], 'Ngày Chiến thắng 30/4'),
  ...days(['2025-05-01'], 'Ngày Quốc tế Lao động 1/5'),
  ...days(['2025-05-02'], 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)'),
  { date: '2025-04-26', kind: 'worked_weekend', name: 'Làm bù cho ngày 02/5/2025' },
  ...days(['2025-09-01', '2025-09-02'], 'Quốc khánh 2/9'),

  ...days(['2026-01-01'], 'Tết Dương lịch'),
  ...days(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'], 'Tết Nguyên đán Bính Ngọ'),
  ...days(['2026-04-27'], 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật 26/4)'),
  ...days(['2026-04-30'], 'Ngày Chiến thắng 30/4'),
  ...days(['2026-05-01'], 'Ngày Quốc tế Lao động 1/5'),
  ...days(['2026-09-01', '2026-09-02'], 'Quốc khánh 2/9', true),

  ...days(['2027-01-01'], 'Tết Dương lịch'),
  ...days(
    ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'],
    'Tết Nguyên đán Đinh Mùi (mùng 1 là thứ Bảy 06/02; gồm ngày nghỉ bù)',
    true,
  ),
  ...days(['2027-04-16'], 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', true),
  ...days(['2027-04-30'], 'Ngày Chiến thắng 30/4'),
  ...days(['2027-05-03'], 'Nghỉ bù Ngày Quốc tế Lao động (1/5 là thứ Bảy)'),
  ...days(['2027-09-02', '2027-09-03'], 'Quốc khánh 2/9', true),
];

export function calendarOf(entries: readonly Pick<CalendarEntry, 'date' | 'kind'>[]): WorkingCalendar {
  return {
    daysOff: new Set(entries.filter((e) => e.kind === 'day_off').map((e) => e.date)),
    workedWeekendDays: new Set(entries.filter((e) => e.kind === 'worked_weekend').map((e) => e.date)),
  };
}
