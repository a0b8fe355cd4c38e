import { wrapLabel } from './labels';
import { axisTicks, niceTicks, percentOf, round, type AxisTick } from './scale';

/** How a bar is drawn: each kind has its own fill pattern and legend entry, never colour alone. */
export type CostBarKind = 'component' | 'total' | 'typical' | 'recurring';

export interface CostRangeInput {
  id: string;
  label: string;
  low: number;
  high: number;
  kind: CostBarKind;
}

export interface CostBar extends CostRangeInput {
  /** The label broken into lines that fit a 320 px screen. */
  labelLines: string[];
  /** Top of the row's first label line, in px. */
  labelY: number;
  /** Top of the bar, in px. */
  barY: number;
  /** Start and width of the bar as percentages of the plot width. */
  startPercent: number;
  widthPercent: number;
  /** Where the range text goes: beside the bar where there is room on a 320 px screen, else below it. */
  value: { anchor: 'start' | 'end'; xPercent: number; y: number };
}

export interface CostChartLayout {
  bars: CostBar[];
  ticks: AxisTick[];
  /** The value at the right end of the axis. */
  axisMax: number;
  /** y of the axis line and of the tick labels' baseline, in px. */
  axisY: number;
  tickLabelY: number;
  height: number;
}

/** Vertical rhythm in px: a label line, then the bar; a gap before each new group of bars. */
export const COST_ROW = { label: 18, bar: 16, valueLine: 18, after: 14, groupGap: 12, axis: 30 } as const;

/**
 * Share of the plot width a range such as "$100,000–$295,000" needs at 13 px on a 320 px screen
 * (about 105 of 288 px), plus a small gap: beside a bar only when this much room is left.
 */
export const VALUE_ROOM_PERCENT = 40;
const VALUE_GAP_PERCENT = 1;

function placeValue(startPercent: number, endPercent: number, barY: number): CostBar['value'] {
  const middle = barY + COST_ROW.bar / 2;
  if (100 - endPercent >= VALUE_ROOM_PERCENT)
    return { anchor: 'start', xPercent: endPercent + VALUE_GAP_PERCENT, y: middle };
  if (startPercent >= VALUE_ROOM_PERCENT)
    return { anchor: 'end', xPercent: startPercent - VALUE_GAP_PERCENT, y: middle };
  return { anchor: 'start', xPercent: startPercent, y: barY + COST_ROW.bar + COST_ROW.valueLine / 2 + 2 };
}

/**
 * Lays out cost ranges as bars on one shared scale from 0, each with its label on the line above
 * so long names fit a 320 px screen. A gap separates consecutive bars of different kinds.
 */
export function layoutCostChart(ranges: readonly CostRangeInput[]): CostChartLayout {
  if (ranges.length === 0) throw new Error('A cost chart needs at least one range');
  for (const range of ranges) {
    if (range.low > range.high)
      throw new Error(`Cost range "${range.id}" has low ${range.low} above high ${range.high}`);
  }
  const ticks = niceTicks(Math.max(...ranges.map((range) => range.high)));
  const axisMax = ticks.at(-1)!;
  let y = 0;
  const bars = ranges.map((range, index): CostBar => {
    if (index > 0 && ranges[index - 1]!.kind !== range.kind) y += COST_ROW.groupGap;
    const labelY = y;
    const labelLines = wrapLabel(range.label);
    const barY = labelY + COST_ROW.label * labelLines.length;
    const startPercent = percentOf(range.low, axisMax);
    const endPercent = percentOf(range.high, axisMax);
    const value = placeValue(startPercent, endPercent, barY);
    const belowBar = value.y > barY + COST_ROW.bar;
    y = barY + COST_ROW.bar + (belowBar ? COST_ROW.valueLine : 0) + COST_ROW.after;
    return { ...range, labelLines, labelY, barY, startPercent, widthPercent: round(endPercent - startPercent), value };
  });
  const axisY = y;
  return {
    bars,
    ticks: axisTicks(ticks),
    axisMax,
    axisY,
    tickLabelY: axisY + 18,
    height: axisY + COST_ROW.axis,
  };
}
