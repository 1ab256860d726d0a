/**
 * A work-program item is due in a month or a quarter of the program's year; it is late once that period has
 * ended without it being done, and on time when it was done by the period's last day.
 */
export type DuePeriod = { month: number; quarter?: undefined } | { quarter: number; month?: undefined };

const lastDayOfMonth = (year: number, month: number): string =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** The last day of the month or quarter an item is due in. */
export function dueDateOf(year: number, period: DuePeriod): string {
  if (period.month !== undefined) return lastDayOfMonth(year, period.month);
  return lastDayOfMonth(year, (period.quarter as number) * 3);
}

export function quarterOf(isoDate: string): number {
  return Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1;
}

/** The quarter an item counts in: its month's quarter, or its quarter. */
export function quarterOfPeriod(period: DuePeriod): number {
  return period.month !== undefined ? Math.floor((period.month - 1) / 3) + 1 : (period.quarter as number);
}

export interface ItemOutcome {
  dueOn: string;
  status: 'planned' | 'in_progress' | 'done' | 'cancelled';
  doneOn: string | null;
}

export function isLate(item: ItemOutcome, today: string): boolean {
  if (item.status === 'cancelled') return false;
  if (item.status === 'done') return (item.doneOn as string) > item.dueOn;
  return today > item.dueOn;
}

export function isDoneOnTime(item: ItemOutcome): boolean {
  return item.status === 'done' && item.doneOn !== null && item.doneOn <= item.dueOn;
}

/**
 * The share of a quarter's items done on time, counted once the items are due (items of a quarter still
 * running that are not yet done do not lower the share); cancelled items do not count. Null when none counts.
 */
export function onTimeShare(items: readonly ItemOutcome[], today: string): number | null {
  const counted = items.filter((i) => i.status !== 'cancelled' && (i.status === 'done' || i.dueOn < today));
  if (counted.length === 0) return null;
  return counted.filter(isDoneOnTime).length / counted.length;
}
