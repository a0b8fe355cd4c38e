import { describe, expect, it } from 'vitest';
import { COST_ROW, layoutCostChart, type CostRangeInput } from '../../../src/lib/charts/costRanges';

// Fixture figures chosen for easy arithmetic: the axis closes at 100.
const fixture: CostRangeInput[] = [
  { id: 'small', label: 'Small', low: 10, high: 20, kind: 'component' },
  { id: 'large', label: 'Large', low: 20, high: 50, kind: 'component' },
  { id: 'total', label: 'Total', low: 30, high: 100, kind: 'total' },
  { id: 'yearly', label: 'Yearly', low: 5, high: 8, kind: 'recurring' },
];
const barOf = (ranges: CostRangeInput[], id: string) => layoutCostChart(ranges).bars.find((bar) => bar.id === id)!;

describe('layoutCostChart', () => {
  it('puts every range on one scale from zero to a round value past the largest high', () => {
    const layout = layoutCostChart(fixture);
    expect(layout.axisMax).toBe(100);
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 25, 50, 75, 100]);
    const large = barOf(fixture, 'large');
    expect([large.startPercent, large.widthPercent]).toEqual([20, 30]);
  });

  it('moves and stretches the bar when a range in the data changes', () => {
    const changed = fixture.map((range) => (range.id === 'small' ? { ...range, low: 40, high: 60 } : range));
    const before = barOf(fixture, 'small');
    const after = barOf(changed, 'small');
    expect([before.startPercent, before.widthPercent]).toEqual([10, 10]);
    expect([after.startPercent, after.widthPercent]).toEqual([40, 20]);
  });

  it('rescales every bar when the largest value grows', () => {
    const wider = [...fixture, { id: 'huge', label: 'Huge', low: 100, high: 200, kind: 'total' as const }];
    expect(layoutCostChart(wider).axisMax).toBe(200);
    expect(barOf(wider, 'large').startPercent).toBe(10);
  });

  it('writes the range beside a bar where it fits a phone and below it where it does not', () => {
    const narrow = barOf(fixture, 'large');
    expect(narrow.value).toMatchObject({ anchor: 'start', xPercent: 51 });
    const late = barOf([...fixture, { id: 'late', label: 'Late', low: 60, high: 100, kind: 'typical' }], 'late');
    expect(late.value).toMatchObject({ anchor: 'end', xPercent: 59 });
    const wide = barOf([{ id: 'wide', label: 'Wide', low: 20, high: 90, kind: 'total' }], 'wide');
    expect(wide.value.anchor).toBe('start');
    expect(wide.value.xPercent).toBe(wide.startPercent);
    expect(wide.value.y).toBeGreaterThan(wide.barY + COST_ROW.bar);
  });

  it('stacks rows without overlap and leaves a gap between kinds', () => {
    const bars = layoutCostChart(fixture).bars;
    for (let index = 1; index < bars.length; index++) {
      expect(bars[index]!.labelY).toBeGreaterThanOrEqual(bars[index - 1]!.barY + COST_ROW.bar);
    }
    const sameKindGap = bars[1]!.labelY - bars[0]!.labelY;
    expect(bars[2]!.labelY - bars[1]!.labelY).toBe(sameKindGap + COST_ROW.groupGap);
  });

  it('gives a long label more lines and pushes its bar down', () => {
    const long = 'A component name that is far too long for one line on a phone';
    const bar = barOf([{ id: 'long', label: long, low: 1, high: 2, kind: 'component' }], 'long');
    expect(bar.labelLines.length).toBeGreaterThan(1);
    expect(bar.barY).toBe(bar.labelY + COST_ROW.label * bar.labelLines.length);
  });

  it('refuses a range whose low is above its high', () => {
    expect(() => layoutCostChart([{ id: 'odd', label: 'Odd', low: 5, high: 1, kind: 'component' }])).toThrow(
      /"odd" has low 5/,
    );
  });
});
