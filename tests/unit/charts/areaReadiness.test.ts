import { describe, expect, it } from 'vitest';
import {
  READINESS_PLOT_END_PERCENT,
  READINESS_ROW,
  layoutReadinessChart,
  type ReadinessInput,
} from '../../../src/lib/charts/areaReadiness';

// 100 % readiness sits at 86 % of the drawing's width (room for "100%" past the bar), so a readiness
// of p % gives a bar p × 0.86 % of the width long.
const areas: ReadinessInput[] = [
  { id: 'context', label: 'Context', percent: 50 },
  { id: 'leadership', label: 'Leadership', percent: 25 },
  { id: 'planning', label: 'Planning', percent: 100 },
];
const overall: ReadinessInput = { id: 'overall', label: 'Overall', percent: 60 };
const bands = [
  { label: 'Early stage', percent: 0 },
  { label: 'Foundations in place', percent: 40 },
  { label: 'Nearly ready', percent: 70 },
];
const widthOf = (layout: ReturnType<typeof layoutReadinessChart>, id: string) =>
  layout.bars.find((bar) => bar.id === id)!.widthPercent;

describe('layoutReadinessChart', () => {
  it('makes each bar as long as its readiness on a 0-100 % scale', () => {
    const layout = layoutReadinessChart(areas, overall, bands);
    expect(READINESS_PLOT_END_PERCENT).toBe(86);
    expect(widthOf(layout, 'context')).toBe(43);
    expect(widthOf(layout, 'leadership')).toBe(21.5);
    expect(widthOf(layout, 'overall')).toBe(51.6);
  });

  it('draws 0 % as no bar and 100 % as a bar to the end of the scale, with the value just past the end', () => {
    const edges = [
      { id: 'none', label: 'None yet', percent: 0 },
      { id: 'all', label: 'All of it', percent: 100 },
    ];
    const layout = layoutReadinessChart(edges, overall, []);
    const [none, all] = layout.bars;
    expect(none!.widthPercent).toBe(0);
    expect(none!.value.xPercent).toBe(1);
    expect(all!.widthPercent).toBe(86);
    expect(all!.value.xPercent).toBe(87);
    expect(layout.ticks.map((tick) => [tick.value, tick.xPercent])).toEqual([
      [0, 0],
      [100, 86],
    ]);
  });

  it('draws an area with nothing to count (every question N/A) as no bar', () => {
    const layout = layoutReadinessChart([{ id: 'na', label: 'All N/A', percent: null }], overall, []);
    expect(layout.bars[0]!.widthPercent).toBe(0);
  });

  it('puts one bar per area in order, then the overall bar after a gap', () => {
    const layout = layoutReadinessChart(areas, overall, []);
    expect(layout.bars.map((bar) => [bar.id, bar.kind])).toEqual([
      ['context', 'area'],
      ['leadership', 'area'],
      ['planning', 'area'],
      ['overall', 'overall'],
    ]);
    const row = READINESS_ROW.label + READINESS_ROW.bar + READINESS_ROW.after;
    expect(layout.bars.map((bar) => bar.labelY)).toEqual([0, row, 2 * row, 3 * row + READINESS_ROW.groupGap]);
    expect(layout.axisY).toBe(4 * row + READINESS_ROW.groupGap);
  });

  it('draws the bands above 0 % as reference lines and axis ticks', () => {
    const layout = layoutReadinessChart(areas, overall, bands);
    expect(layout.references.map((line) => [line.label, line.xPercent])).toEqual([
      ['Foundations in place', 34.4],
      ['Nearly ready', 60.2],
    ]);
    expect(layout.ticks.map((tick) => [tick.value, tick.anchor])).toEqual([
      [0, 'start'],
      [40, 'middle'],
      [70, 'middle'],
      [100, 'middle'],
    ]);
  });

  it('moves a reference line when the band threshold in content changes', () => {
    const moved = layoutReadinessChart(areas, overall, [{ label: 'Nearly ready', percent: 80 }]);
    expect(moved.references.map((line) => line.xPercent)).toEqual([68.8]);
  });

  it('wraps long area names onto more lines and pushes the bar down', () => {
    const long = 'Annex A.6: AI system life cycle and its many stages';
    const layout = layoutReadinessChart([{ id: 'long', label: long, percent: 10 }], overall, []);
    expect(layout.bars[0]!.labelLines.length).toBe(2);
    expect(layout.bars[0]!.barY).toBe(2 * READINESS_ROW.label);
  });

  it('refuses a readiness outside 0-100 or no area at all', () => {
    expect(() => layoutReadinessChart([{ id: 'x', label: 'X', percent: 101 }], overall, [])).toThrow(/"x".*101/);
    expect(() => layoutReadinessChart([], overall, [])).toThrow(/at least one area/);
  });
});
