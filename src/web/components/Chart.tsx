import { BarChart, type BarSeriesOption, PieChart, type PieSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, type EChartsType, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the app draws, so the bundle carries these chart types and nothing else.
use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** Colours for categories: distinct from each other, each at least 3:1 against white (WCAG 1.4.11). */
export const chartPalette = [
  '#c00000',
  '#0b57d0',
  '#1e7b34',
  '#b35c00',
  '#6b3fa0',
  '#00767a',
  '#8a4b00',
  '#b0186c',
  '#4a5a6a',
  '#5b6b00',
];

interface ChartProps {
  option: ChartOption;
  /** What the chart shows in words ("Đảng viên theo giới tính: Nam 40, Nữ 20"); read instead of the drawing. */
  label: string;
  height?: number;
}

/**
 * An ECharts chart drawn as SVG, sized to its container and redrawn when the container resizes. Screen readers
 * get `label` (the drawing is one image to them), so callers also show the numbers as a table.
 */
export function Chart({ option, label, height = 280 }: ChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ color: chartPalette, animation: false, ...option }, { notMerge: true });
  }, [option]);

  return (
    <div ref={container} role="img" aria-label={label} className="chart" style={{ height, width: '100%' }} />
  );
}
