import type { ChartOption } from '../../components/Chart';

export interface Breakdown {
  key: string | null;
  count: number;
}

export interface BreakdownRow {
  /** The code-list value; null for members whose record leaves it empty. */
  key: string | null;
  label: string;
  count: number;
  /** Share of `total`, 0-100 with one decimal. */
  percent: number;
}

interface RowOptions {
  /** The code list's order; values not in it follow, largest first. Without an order: largest first. */
  order?: readonly string[];
  label: (key: string) => string;
  notRecorded: string;
  total: number;
}

const share = (count: number, total: number) => (total > 0 ? Math.round((count / total) * 1000) / 10 : 0);

/**
 * The rows of one breakdown, in the order a reader expects: the code list's own order (age bands young to old,
 * degrees low to high), "not recorded" last. Values of the list that no member has are shown with 0 so that the
 * table always has the same lines.
 */
export function breakdownRows(data: readonly Breakdown[], { order, label, notRecorded, total }: RowOptions) {
  const counts = new Map<string | null, number>();
  for (const { key, count } of data) counts.set(key, (counts.get(key) ?? 0) + count);

  const listed = order ?? [];
  const rows: BreakdownRow[] = listed.map((key) => ({
    key,
    label: label(key),
    count: counts.get(key) ?? 0,
    percent: share(counts.get(key) ?? 0, total),
  }));
  const others = [...counts.entries()]
    .filter((entry): entry is [string, number] => entry[0] !== null && !listed.includes(entry[0]))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, count]) => ({ key, label: label(key), count, percent: share(count, total) }));
  rows.push(...others);
  const missing = counts.get(null) ?? 0;
  if (missing > 0)
    rows.push({ key: null, label: notRecorded, count: missing, percent: share(missing, total) });
  return rows;
}

/** "Nam 40, Nữ 20": the chart's content in words for screen readers. */
export const describeRows = (title: string, rows: readonly BreakdownRow[]) =>
  `${title}: ${rows.map((row) => `${row.label} ${row.count}`).join(', ')}`;

const textStyle = { fontSize: 14, color: 'rgba(0, 0, 0, 0.88)' };

export function pieOption(rows: readonly BreakdownRow[]): ChartOption {
  return {
    textStyle,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    // A plain legend wraps onto more lines when needed (a scrolling one hides entries behind arrows).
    legend: { bottom: 0, type: 'plain', textStyle },
    series: [
      {
        type: 'pie',
        radius: ['30%', '55%'],
        center: ['50%', '40%'],
        avoidLabelOverlap: true,
        label: { formatter: '{c}', fontSize: 14 },
        data: rows.filter((row) => row.count > 0).map((row) => ({ name: row.label, value: row.count })),
      },
    ],
  };
}

/** Horizontal bars: long Vietnamese labels stay readable on a phone. */
export function barOption(rows: readonly BreakdownRow[]): ChartOption {
  const reversed = [...rows].reverse(); // ECharts draws the first category at the bottom.
  return {
    textStyle,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 13 } },
    yAxis: {
      type: 'category',
      data: reversed.map((row) => row.label),
      axisLabel: { fontSize: 14, width: 150, overflow: 'break', lineHeight: 17 },
    },
    series: [
      {
        type: 'bar',
        data: reversed.map((row) => row.count),
        label: { show: true, position: 'right', fontSize: 14 },
        barMaxWidth: 28,
      },
    ],
  };
}

/** Enough height for every bar of a horizontal bar chart. */
export const barHeight = (rows: number) => Math.max(160, rows * 40 + 40);
