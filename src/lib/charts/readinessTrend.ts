import { round } from './scale';

/**
 * Overall readiness per snapshot as a line of points on a 0-100 % scale, in the order the snapshots
 * were taken, for the workbench's progress view (src/islands/workbench/ReadinessTrendChart.tsx).
 * As in the other charts, horizontal positions are percentages of the drawing's width (text keeps
 * its size on a phone) and vertical ones are pixels. Points are evenly spaced, numbered below the
 * axis; the first and last dates are written under the numbers; the table beside the chart gives
 * every name, date and figure.
 */

export interface TrendInput {
  id: string;
  /** The snapshot's name. */
  label: string;
  /** The day it was taken (YYYY-MM-DD). */
  date: string;
  /** Overall readiness from 0 to 100, or null when nothing counted (every question N/A). */
  percent: number | null;
  /** Its content version differs from the previous snapshot's: drawn as an open point, not colour alone. */
  contentChanged: boolean;
}

export interface TrendPoint extends TrendInput {
  /** 1 for the first snapshot: the number printed under the axis and in the table. */
  number: number;
  xPercent: number;
  /** Centre of the point; a point with no figure sits on the axis and draws no marker. */
  y: number;
  marker: 'solid' | 'open' | 'none';
  /** Where the value ("45%", or "N/A") is printed above the point, or null when it is left to the table. */
  valueY: number | null;
  /** Whether the point's number is printed under the axis (every one, or every k-th of many). */
  numbered: boolean;
}

export interface TrendSegment {
  x1Percent: number;
  y1: number;
  x2Percent: number;
  y2: number;
}

export interface TrendChartLayout {
  points: TrendPoint[];
  /** Lines between consecutive points that both have a figure: a gap in the figures is a gap in the line. */
  segments: TrendSegment[];
  /** Grid lines at 0, 25, 50, 75 and 100 %; their labels sit just above them at the left edge. */
  ticks: { value: number; y: number; labelY: number }[];
  axisY: number;
  /** Baseline of the points' numbers, and of the first and last dates under them. */
  numberY: number;
  dateY: number;
  dates: { text: string; xPercent: number; anchor: 'start' | 'middle' | 'end' }[];
  height: number;
}

/** Vertical rhythm in px: room above 100 % for a value, the plot, then the numbers and the dates. */
export const TREND_ROWS = { top: 28, plot: 180, number: 20, date: 20, bottom: 8 } as const;

/**
 * Where the first and last points sit (percent of the width). The left 16 % keeps the tick labels
 * ("100%" is about 33 px at 13 px) clear of the first point's value on a 320 px screen (288 px).
 */
export const TREND_X = { start: 16, end: 94 } as const;

/** Values are printed above every point up to this many snapshots (45 px apart at 320 px); beyond, only the first and last. */
export const TREND_MAX_VALUE_LABELS = 6;
/** Points are numbered up to this many (20 px apart at 320 px); beyond, every k-th and the last. */
export const TREND_MAX_NUMBERS = 12;

const VALUE_ABOVE = 12;
const TICK_LABEL_ABOVE = 5;

const yOf = (percent: number) => round(TREND_ROWS.top + TREND_ROWS.plot * (1 - percent / 100));

function xOf(index: number, count: number): number {
  if (count === 1) return round((TREND_X.start + TREND_X.end) / 2);
  return round(TREND_X.start + ((TREND_X.end - TREND_X.start) * index) / (count - 1));
}

/** Indexes whose number is printed: all of few; of many, every k-th and the last, never two too close. */
function numberedIndexes(count: number): Set<number> {
  if (count <= TREND_MAX_NUMBERS) return new Set(Array.from({ length: count }, (_, index) => index));
  const step = Math.ceil(count / TREND_MAX_NUMBERS);
  const shown = Array.from({ length: count }, (_, index) => index).filter((index) => index % step === 0);
  const last = count - 1;
  // The last number replaces a k-th one closer to it than a whole step (two numbers would touch).
  if (shown.at(-1)! !== last && last - shown.at(-1)! < step && shown.length > 1) shown.pop();
  if (shown.at(-1)! !== last) shown.push(last);
  return new Set(shown);
}

/** Lays out one point per snapshot, oldest first (the caller's order). */
export function layoutReadinessTrend(inputs: readonly TrendInput[]): TrendChartLayout {
  if (inputs.length === 0) throw new Error('A readiness trend needs at least one snapshot');
  for (const input of inputs) {
    if (input.percent !== null && !(input.percent >= 0 && input.percent <= 100))
      throw new Error(`Readiness of snapshot "${input.id}" must be from 0 to 100, got ${input.percent}`);
  }
  const count = inputs.length;
  const axisY = yOf(0);
  const numbered = numberedIndexes(count);
  const valued = (index: number) => count <= TREND_MAX_VALUE_LABELS || index === 0 || index === count - 1;
  const points = inputs.map((input, index): TrendPoint => {
    const y = input.percent === null ? axisY : yOf(input.percent);
    return {
      ...input,
      number: index + 1,
      xPercent: xOf(index, count),
      y,
      marker: input.percent === null ? 'none' : input.contentChanged ? 'open' : 'solid',
      valueY: valued(index) ? y - VALUE_ABOVE : null,
      numbered: numbered.has(index),
    };
  });
  const segments: TrendSegment[] = [];
  for (let index = 1; index < count; index += 1) {
    const from = points[index - 1]!;
    const to = points[index]!;
    if (from.percent === null || to.percent === null) continue;
    segments.push({ x1Percent: from.xPercent, y1: from.y, x2Percent: to.xPercent, y2: to.y });
  }
  const numberY = axisY + TREND_ROWS.number;
  const dateY = numberY + TREND_ROWS.date;
  const first = points[0]!;
  const last = points.at(-1)!;
  const dates: TrendChartLayout['dates'] =
    count === 1
      ? [{ text: first.date, xPercent: first.xPercent, anchor: 'middle' }]
      : [
          { text: first.date, xPercent: first.xPercent, anchor: 'start' },
          { text: last.date, xPercent: last.xPercent, anchor: 'end' },
        ];
  return {
    points,
    segments,
    ticks: [0, 25, 50, 75, 100].map((value) => ({ value, y: yOf(value), labelY: yOf(value) - TICK_LABEL_ABOVE })),
    axisY,
    numberY,
    dateY,
    dates,
    height: dateY + TREND_ROWS.bottom,
  };
}
