/** The program view by month: twelve groups, each quarter's own items shown after its last month. */
export interface MonthGroup<T> {
  key: string;
  month?: number;
  quarter?: number;
  items: T[];
}

export function groupByMonth<T extends { dueMonth: number | null; dueQuarter: number | null }>(
  items: readonly T[],
): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (let quarter = 1; quarter <= 4; quarter++) {
    for (let month = quarter * 3 - 2; month <= quarter * 3; month++)
      groups.push({ key: `m${month}`, month, items: items.filter((i) => i.dueMonth === month) });
    groups.push({ key: `q${quarter}`, quarter, items: items.filter((i) => i.dueQuarter === quarter) });
  }
  // Quarter groups show only when the quarter has items of its own; the twelve months always show.
  return groups.filter((g) => g.month !== undefined || g.items.length > 0);
}
