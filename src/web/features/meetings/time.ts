import dayjs, { type Dayjs } from 'dayjs';
import { vnDateOf } from '../../../domain/meeting-rules';

/**
 * Meetings happen in Vietnam: their dates and times are read and written in Asia/Ho_Chi_Minh (UTC+7 all
 * year), whatever the time zone of the browser.
 */
const VN_OFFSET_MS = 7 * 3_600_000;

/** 2026-03-05 (the meeting's local date). */
export const vnDate = (iso: string): string => vnDateOf(new Date(iso));

/** 19:30 (the local time of day). */
export const vnTime = (iso: string): string =>
  new Date(new Date(iso).getTime() + VN_OFFSET_MS).toISOString().slice(11, 16);

/** The ISO instant with its +07:00 offset that the API expects, from a picked date and a picked time. */
export const toInstant = (date: Dayjs, time: Dayjs): string =>
  `${date.format('YYYY-MM-DD')}T${time.format('HH:mm')}:00+07:00`;

/** A picker value for the local date of an instant. */
export const datePickerValue = (iso: string): Dayjs => dayjs(vnDate(iso));

/** A time picker value showing the local time of an instant (the picker only shows hours and minutes). */
export const timePickerValue = (iso: string): Dayjs => dayjs(`2000-01-01T${vnTime(iso)}:00`);

/** Today in Vietnam, as a picker value. */
export const vnToday = (): Dayjs => dayjs(vnDateOf(new Date()));

/** yyyy-mm of today in Vietnam. */
export const currentMonth = (): string => vnDateOf(new Date()).slice(0, 7);

/** First and last day (yyyy-mm-dd) of a month given as yyyy-mm. */
export function monthRange(month: string): { from: string; to: string } {
  const first = dayjs(`${month}-01`);
  return { from: first.format('YYYY-MM-DD'), to: first.endOf('month').format('YYYY-MM-DD') };
}

export const shiftMonth = (month: string, by: number): string =>
  dayjs(`${month}-01`).add(by, 'month').format('YYYY-MM');

/** Minutes between two instants. */
export const minutesBetween = (from: string, to: string): number =>
  Math.round((new Date(to).getTime() - new Date(from).getTime()) / 60_000);
