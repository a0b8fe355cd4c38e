import { describe, expect, it } from 'vitest';
import { layoutReadinessTrend, type TrendInput } from '../../../src/lib/charts/readinessTrend';

// The plot is 180 px high under 28 px kept for values: 100 % sits at y 28, 0 % at y 208, so p %
// sits at 28 + 180 × (1 − p/100). Points spread evenly from 16 % to 94 % of the width.
const snapshot = (id: string, percent: number | null, contentChanged = false): TrendInput => ({
  id,
  label: `Snapshot ${id}`,
  date: `2027-01-${id.padStart(2, '0')}`,
  percent,
  contentChanged,
});

describe('layoutReadinessTrend', () => {
  it('places each snapshot at its readiness, evenly from left to right in the order given', () => {
    const layout = layoutReadinessTrend([snapshot('1', 0), snapshot('2', 50), snapshot('3', 100)]);
    expect(layout.points.map((point) => [point.number, point.xPercent, point.y])).toEqual([
      [1, 16, 208],
      [2, 55, 118],
      [3, 94, 28],
    ]);
    expect(layout.axisY).toBe(208);
    expect(layout.ticks.map((tick) => [tick.value, tick.y])).toEqual([
      [0, 208],
      [25, 163],
      [50, 118],
      [75, 73],
      [100, 28],
    ]);
  });

  it('joins consecutive points with a line and prints each value above its point', () => {
    const layout = layoutReadinessTrend([snapshot('1', 45), snapshot('2', 60)]);
    expect(layout.segments).toEqual([{ x1Percent: 16, y1: 127, x2Percent: 94, y2: 100 }]);
    expect(layout.points.map((point) => point.valueY)).toEqual([115, 88]);
  });

  it('centres a single snapshot and writes its date under it', () => {
    const layout = layoutReadinessTrend([snapshot('7', 30)]);
    expect(layout.points[0]!.xPercent).toBe(55);
    expect(layout.segments).toEqual([]);
    expect(layout.dates).toEqual([{ text: '2027-01-07', xPercent: 55, anchor: 'middle' }]);
  });

  it('writes the first and last dates aligned inwards so they stay on a narrow screen', () => {
    const layout = layoutReadinessTrend([snapshot('1', 10), snapshot('2', 20), snapshot('3', 30)]);
    expect(layout.dates).toEqual([
      { text: '2027-01-01', xPercent: 16, anchor: 'start' },
      { text: '2027-01-03', xPercent: 94, anchor: 'end' },
    ]);
    // Numbers 20 px under the axis, dates 20 px under the numbers.
    expect([layout.numberY, layout.dateY]).toEqual([228, 248]);
    expect(layout.height).toBeGreaterThan(layout.dateY);
  });

  it('draws a snapshot whose content version changed as an open point, not by colour', () => {
    const layout = layoutReadinessTrend([snapshot('1', 40), snapshot('2', 55, true)]);
    expect(layout.points.map((point) => point.marker)).toEqual(['solid', 'open']);
  });

  it('leaves a gap in the line where a snapshot had nothing applicable, and no marker there', () => {
    const layout = layoutReadinessTrend([snapshot('1', 40), snapshot('2', null), snapshot('3', 70)]);
    expect(layout.segments).toEqual([]);
    expect(layout.points[1]).toMatchObject({ marker: 'none', y: 208 });
  });

  it('prints values and numbers for a few snapshots, and only some of them for many', () => {
    const few = layoutReadinessTrend(Array.from({ length: 6 }, (_, index) => snapshot(String(index + 1), 50)));
    expect(few.points.every((point) => point.valueY !== null && point.numbered)).toBe(true);

    const many = layoutReadinessTrend(Array.from({ length: 30 }, (_, index) => snapshot(String(index + 1), 50)));
    expect(many.points.filter((point) => point.valueY !== null).map((point) => point.number)).toEqual([1, 30]);
    // 30 snapshots: every 3rd is numbered (10 numbers at most 12), and the last; 28 is dropped as
    // too close to 30.
    expect(many.points.filter((point) => point.numbered).map((point) => point.number)).toEqual([
      1, 4, 7, 10, 13, 16, 19, 22, 25, 30,
    ]);
  });

  it('refuses no snapshot and a readiness outside 0-100 %', () => {
    expect(() => layoutReadinessTrend([])).toThrow('at least one snapshot');
    expect(() => layoutReadinessTrend([snapshot('1', 101)])).toThrow('from 0 to 100');
  });
});
