// The build-time charts in dist/: well-formed SVG, titled, and drawn from the content data they show.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from './support/builtSite';
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

interface CertificationData {
  phases: { id: string; name: string; minWeeks: number; maxWeeks: number }[];
  auditStages: { name: string }[];
  cycle: { when: string }[];
}

describe('/certification/ charts', () => {
  const certification = contentData<CertificationData>('certification');
  const timeline = chartSvg('/certification/', 'phase-timeline');
  const cycle = chartSvg('/certification/', 'certification-cycle');
  const axisMax = Number(timeline.attributes['data-axis-max']);

  it('have titles', () => {
    expect(titleOf(timeline)).toMatch(/phases/i);
    expect(titleOf(cycle)).toMatch(/cycle/i);
  });

  it('draw every phase, in order, with its weeks from the data', () => {
    const rows = findAll(timeline, (element) => 'data-phase-id' in element.attributes);
    expect(rows.map((row) => row.attributes['data-phase-id'])).toEqual(certification.phases.map((phase) => phase.id));
    let earliestStart = 0;
    for (const [index, phase] of certification.phases.entries()) {
      const row = rows[index]!;
      expect(textOf(row)).toContain(phase.name.split(' ')[0]);
      const value = findAll(row, (element) => element.attributes.class === 'chart-value')[0]!;
      expect(numbersIn(textOf(value)), `${phase.id} weeks`).toEqual([phase.minWeeks, phase.maxWeeks]);
      const shortest = findAll(row, (element) => element.attributes['data-part'] === 'shortest')[0]!;
      expect(percentAttribute(shortest, 'x'), `${phase.id} starts after the earlier phases`).toBeCloseTo((earliestStart / axisMax) * 100, 1);
      expect(percentAttribute(shortest, 'width')).toBeCloseTo((phase.minWeeks / axisMax) * 100, 1);
      earliestStart += phase.minWeeks;
    }
  });

  it('ends at the certification decision after the sum of the phases', () => {
    const [decision] = findAll(timeline, (element) => 'data-decision-min-weeks' in element.attributes);
    const sum = (key: 'minWeeks' | 'maxWeeks') => certification.phases.reduce((total, phase) => total + phase[key], 0);
    expect(numbersIn(textOf(decision!))).toEqual([sum('minWeeks'), sum('maxWeeks')]);
  });

  it('marks both audit stages by name', () => {
    const markers = findAll(timeline, (element) => 'data-audit-stage' in element.attributes).map(textOf);
    expect(markers).toEqual(certification.auditStages.map((stage) => stage.name));
  });

  it('shows the three-year cycle with its surveillance audits', () => {
    const events = findAll(cycle, (element) => 'data-cycle-kind' in element.attributes);
    expect(events.map(textOf)).toEqual(certification.cycle.map((step) => step.when));
    expect(events.filter((event) => event.attributes['data-cycle-kind'] === 'surveillance')).toHaveLength(certification.cycle.length - 2);
  });
});

describe('/clauses/ chart', () => {
  const svg = chartSvg('/clauses/', 'management-cycle');

  it('has a title', () => {
    expect(titleOf(svg)).toMatch(/plan-do-check-act/i);
  });

  it('links every clause from 4 to 10 to its built page, under its plan-do-check-act step', () => {
    const links = findAll(svg, (element) => element.name === 'a');
    expect(links.map((link) => link.attributes['data-clause'])).toEqual(['4', '5', '6', '7', '8', '9', '10']);
    for (const link of links) {
      const number = link.attributes['data-clause']!;
      expect(link.attributes.href).toBe(`/clauses/${number}/`);
      expect(existsSync(path.join(distDir, 'clauses', number, 'index.html')), `/clauses/${number}/ is built`).toBe(true);
      const title = /^title:\s*(.+)$/m.exec(readFileSync(path.resolve('content/clauses', `${number}.mdx`), 'utf8'))?.[1];
      expect(textOf(link)).toContain(title);
      const [numberText] = findAll(link, (element) => element.attributes.class === 'chart-clause-number');
      expect(textOf(numberText!)).toBe(number);
    }
    const stageOf = (number: string) =>
      findAll(svg, (element) => 'data-stage' in element.attributes).find((stage) =>
        findAll(stage, (element) => element.attributes['data-clause'] === number).length > 0,
      )?.attributes['data-stage'];
    expect(['4', '6', '7', '9', '10'].map(stageOf)).toEqual(['Plan', 'Plan', 'Do', 'Check', 'Act']);
  });
});
