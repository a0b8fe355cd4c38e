// The build-time charts in dist/: well-formed SVG, titled, and drawn from the content data they show.
import { describe, expect, it } from 'vitest';
import { chartSvg, contentData, findAll, numbersIn, percentAttribute, textOf, titleOf } from './support/charts';

interface CostsData {
  components: { id: string; name: string; low: number; high: number; recurring: boolean }[];
  typicalTotal: { low: number; high: number };
}

describe('/costs/ chart', () => {
  const costs = contentData<CostsData>('costs');
  const svg = chartSvg('/costs/', 'cost-chart');
  const axisMax = Number(svg.attributes['data-axis-max']);
  const rows = findAll(svg, (element) => element.name === 'g' && 'data-range-id' in element.attributes);
  const row = (id: string) => {
    const found = rows.find((candidate) => candidate.attributes['data-range-id'] === id);
    if (!found) throw new Error(`No bar for "${id}" in the cost chart`);
    return found;
  };
  const expectBar = (id: string, low: number, high: number) => {
    const group = row(id);
    const [bar] = findAll(group, (element) => element.name === 'rect');
    expect(percentAttribute(bar!, 'x'), `${id} starts at its low`).toBeCloseTo((low / axisMax) * 100, 1);
    expect(percentAttribute(bar!, 'width'), `${id} spans low to high`).toBeCloseTo(((high - low) / axisMax) * 100, 1);
    const value = findAll(group, (element) => element.attributes.class === 'chart-value')[0]!;
    expect(numbersIn(textOf(value)), `${id} is labelled with its range`).toEqual([low, high]);
  };

  it('has a title', () => {
    expect(titleOf(svg)).toMatch(/cost/i);
  });

  it('draws every component from its low to its high on one axis that holds them all', () => {
    expect(axisMax).toBeGreaterThanOrEqual(Math.max(...costs.components.map((component) => component.high)));
    for (const component of costs.components) {
      expectBar(component.id, component.low, component.high);
      expect(textOf(row(component.id))).toContain(component.name.split(' ')[0]);
    }
  });

  it('draws the first-year total as the sum of the first-year components, and the typical spend', () => {
    const firstYear = costs.components.filter((component) => !component.recurring);
    const sum = (key: 'low' | 'high') => firstYear.reduce((total, component) => total + component[key], 0);
    expectBar('first-year-total', sum('low'), sum('high'));
    expectBar('typical-total', costs.typicalTotal.low, costs.typicalTotal.high);
    expect(axisMax).toBeGreaterThanOrEqual(sum('high'));
  });

  it('marks the yearly surveillance as recurring', () => {
    for (const component of costs.components.filter((candidate) => candidate.recurring)) {
      expect(row(component.id).attributes['data-kind']).toBe('recurring');
    }
  });
});
