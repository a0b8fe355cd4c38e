import { wrapLabel } from './labels';
import { round } from './scale';

/**
 * Readiness per area as horizontal bars on a 0-100 % scale, the overall figure as a last, hatched
 * bar, and the readiness bands' thresholds as reference lines. Used by the assessment's results
 * (src/islands/assessment/ReadinessChart.tsx); the row rhythm follows the cost charts (costRanges.ts).
 */

/** `area` bars are solid; the `overall` bar is hatched and set apart by a gap, never colour alone. */
export type ReadinessBarKind = 'area' | 'overall';

export interface ReadinessInput {
  id: string;
  label: string;
  /** Readiness from 0 to 100, or null when nothing in the area counts (every question N/A). */
  percent: number | null;
}

export interface ReadinessThreshold {
  /** The band's name, shown at the top of its line. */
  label: string;
  /** The band's lowest overall readiness, 0-100. */
  percent: number;
}

export interface ReadinessBar extends ReadinessInput {
  kind: ReadinessBarKind;
  labelLines: string[];
  /** Top of the row's first label line and of the bar, in px. */
  labelY: number;
  barY: number;
  /** Bar length as a percentage of the drawing's width (0 when percent is null). */
  widthPercent: number;
  /** The value is printed just past the bar's end, vertically centred on it. */
  value: { xPercent: number; y: number };
}

/**
 * A band's threshold as a line across the bars, with its percentage on the axis. Band names are too
 * long to sit beside their lines on a 320 px screen ("Ready to book a certification audit"): the
 * chart's caption names them.
 */
export interface ReadinessReferenceLine extends ReadinessThreshold {
  xPercent: number;
}

export interface ReadinessChartLayout {
  bars: ReadinessBar[];
  references: ReadinessReferenceLine[];
  /**
   * The axis: 0 %, each threshold and 100 %. The 100 % label is centred on its tick, into the room
   * kept for values, so it stays clear of a threshold close to it (85 % is 38 px away at 320 px).
   */
  ticks: { value: number; xPercent: number; anchor: 'start' | 'middle' }[];
  /** Where 100 % readiness sits: the width left over is room for the value "100%" past the bar. */
  plotEndPercent: number;
  /** y of the axis line and of the tick labels' baseline. */
  axisY: number;
  tickLabelY: number;
  height: number;
}

/** Vertical rhythm in px, as in the cost charts: a label line, the bar, a gap; a gap before the overall bar. */
export const READINESS_ROW = { label: 18, bar: 16, after: 14, groupGap: 12, axis: 30 } as const;

/**
 * Share of the width that 100 % readiness takes. The rest holds "100%" at 13 px (about 33 px) past a
 * full bar on a 320 px screen (288 px of drawing): 14 % of 288 px is 40 px.
 */
export const READINESS_PLOT_END_PERCENT = 86;
const VALUE_GAP_PERCENT = 1;

const xOf = (percent: number) => round((Math.min(Math.max(percent, 0), 100) / 100) * READINESS_PLOT_END_PERCENT);

/**
 * Lays out one bar per area then the overall bar. Thresholds at 0 % or 100 % and repeats are left
 * out: a line on the axis's own ends marks nothing.
 */
export function layoutReadinessChart(
  areas: readonly ReadinessInput[],
  overall: ReadinessInput,
  thresholds: readonly ReadinessThreshold[],
): ReadinessChartLayout {
  if (areas.length === 0) throw new Error('A readiness chart needs at least one area');
  for (const input of [...areas, overall]) {
    if (input.percent !== null && !(input.percent >= 0 && input.percent <= 100))
      throw new Error(`Readiness of "${input.id}" must be from 0 to 100, got ${input.percent}`);
  }
  const inner = [
    ...new Map(thresholds.filter((t) => t.percent > 0 && t.percent < 100).map((t) => [t.percent, t])).values(),
  ];
  inner.sort((a, b) => a.percent - b.percent);
  const references = inner.map((threshold): ReadinessReferenceLine => ({
    ...threshold,
    xPercent: xOf(threshold.percent),
  }));
  let y = 0;
  const rows = [...areas.map((area) => ({ ...area, kind: 'area' as const })), { ...overall, kind: 'overall' as const }];
  const bars = rows.map((row): ReadinessBar => {
    if (row.kind === 'overall') y += READINESS_ROW.groupGap;
    const labelLines = wrapLabel(row.label);
    const labelY = y;
    const barY = labelY + READINESS_ROW.label * labelLines.length;
    const widthPercent = xOf(row.percent ?? 0);
    y = barY + READINESS_ROW.bar + READINESS_ROW.after;
    return {
      ...row,
      labelLines,
      labelY,
      barY,
      widthPercent,
      value: { xPercent: round(widthPercent + VALUE_GAP_PERCENT), y: barY + READINESS_ROW.bar / 2 },
    };
  });
  const tickValues = [0, ...inner.map((threshold) => threshold.percent), 100];
  return {
    bars,
    references,
    ticks: tickValues.map((value, index) => ({
      value,
      xPercent: xOf(value),
      anchor: index === 0 ? 'start' : 'middle',
    })),
    plotEndPercent: READINESS_PLOT_END_PERCENT,
    axisY: y,
    tickLabelY: y + 18,
    height: y + READINESS_ROW.axis,
  };
}
