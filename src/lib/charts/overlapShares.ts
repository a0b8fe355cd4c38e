import { wrapLabel } from './labels';
import { axisTicks, percentOf, type AxisTick } from './scale';

export interface OverlapInput {
  framework: string;
  /** Indicative share of ISO/IEC 42001 work reusable for the framework; undefined when no single figure is given. */
  percent?: number | undefined;
}

export interface OverlapRow extends OverlapInput {
  labelLines: string[];
  labelY: number;
  barY: number;
  /** Width of the bar as a percentage of the plot, or null for a framework with no single figure. */
  widthPercent: number | null;
}

export interface OverlapChartLayout {
  rows: OverlapRow[];
  ticks: AxisTick[];
  axisY: number;
  height: number;
}

/** Vertical rhythm in px, as in the cost chart: a label line, then the bar. */
export const OVERLAP_ROW = { label: 18, bar: 16, after: 14, axis: 30 } as const;

/** Shares on an axis from 0 to 100%, so a bar's length reads as a share of the whole. */
const SHARE_TICKS = [0, 25, 50, 75, 100];

/**
 * Lays out one bar per framework, its name above it (the figure goes at the right end of that line, where
 * it never collides with the bar); a framework without a figure keeps its row, with no bar.
 */
export function layoutOverlapChart(overlaps: readonly OverlapInput[]): OverlapChartLayout {
  if (overlaps.length === 0) throw new Error('An overlap chart needs at least one framework');
  let y = 0;
  const rows = overlaps.map((overlap): OverlapRow => {
    if (overlap.percent !== undefined && !(overlap.percent >= 0 && overlap.percent <= 100))
      throw new Error(`The overlap with ${overlap.framework} is ${overlap.percent}%, outside 0-100`);
    const labelLines = wrapLabel(overlap.framework);
    const labelY = y;
    const barY = labelY + OVERLAP_ROW.label * labelLines.length;
    y = barY + OVERLAP_ROW.bar + OVERLAP_ROW.after;
    const widthPercent = overlap.percent === undefined ? null : percentOf(overlap.percent, 100);
    return { ...overlap, labelLines, labelY, barY, widthPercent };
  });
  return { rows, ticks: axisTicks(SHARE_TICKS), axisY: y, height: y + OVERLAP_ROW.axis };
}
