// The build-time charts in dist/: well-formed SVG, titled, and drawn from the content data they show.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from './support/builtSite';
import { controlFilterKey, controlFilterPath, controlPath } from '../../src/lib/slugs';
import {
  chartSvg,
  chartTable,
  contentData,
  controlsFromContent,
  findAll,
  numbersIn,
  percentAttribute,
  textOf,
  titleOf,
} from './support/charts';

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

describe('/compare/ control matrix', () => {
  const table = chartTable('/compare/', 'control-matrix');
  const controls = controlsFromContent();
  const rows = findAll(table, (element) => element.name === 'tr' && 'data-control' in element.attributes);
  const cellsOf = (row: (typeof rows)[number]) => findAll(row, (element) => element.name === 'td');
  // ISO/IEC 27001:2022 Annex A numbers its controls by theme: 5 organizational ... 8 technological.
  const themes: Record<string, string> = { '5': 'Organizational', '6': 'People', '7': 'Physical', '8': 'Technological' };
  const expected = (control: (typeof controls)[number], framework: string, column: string) => {
    if (framework === 'nist') return (control.crosswalk.nistAiRmf ?? []).filter((item) => item.startsWith(`${column} `));
    if (framework === 'eu-ai-act') return (control.crosswalk.euAiAct ?? []).filter((item) => item === column);
    return (control.crosswalk.iso27001 ?? []).filter((item) => themes[item.split('.')[0]!] === column);
  };
  const hrefOf = (framework: string, column: string) =>
    controlFilterPath(
      framework === 'nist'
        ? controlFilterKey.nistFunction(column)
        : framework === 'eu-ai-act'
          ? controlFilterKey.euAiActArticle(column)
          : controlFilterKey.iso27001,
    );

  it('has one row per control in the content, under its Annex A group, each linking to its page', () => {
    expect(rows.map((row) => row.attributes['data-control']).sort()).toEqual(controls.map((control) => control.id).sort());
    for (const body of findAll(table, (element) => element.name === 'tbody')) {
      const group = body.attributes['data-group']!;
      for (const row of findAll(body, (element) => 'data-control' in element.attributes)) {
        const control = controls.find((candidate) => candidate.id === row.attributes['data-control'])!;
        expect(control.group === group || control.group.startsWith(`${group}.`), `${control.id} under ${group}`).toBe(true);
        const [link] = findAll(row, (element) => element.name === 'a');
        expect(link!.attributes.href).toBe(controlPath(control.id));
      }
    }
  });

  it('marks a cell exactly where the content maps the control to that column, with what it maps to', () => {
    let marked = 0;
    for (const row of rows) {
      const control = controls.find((candidate) => candidate.id === row.attributes['data-control'])!;
      for (const cell of cellsOf(row)) {
        const { 'data-framework': framework, 'data-column': column } = cell.attributes;
        const mappings = expected(control, framework!, column!);
        const [link] = findAll(cell, (element) => element.name === 'a');
        expect(link?.attributes['data-mappings']?.split('|') ?? [], `${control.id} × ${column}`).toEqual(mappings);
        if (link) marked += 1;
      }
    }
    const total = controls.reduce(
      (sum, control) =>
        sum +
        new Set((control.crosswalk.nistAiRmf ?? []).map((item) => item.split(' ')[0])).size +
        (control.crosswalk.euAiAct ?? []).length +
        new Set((control.crosswalk.iso27001 ?? []).map((item) => item.split('.')[0])).size,
      0,
    );
    expect(marked, 'every mapping in the content has its cell').toBe(total);
  });

  it("links each mark to the built filter view of its column, which lists the row's control", () => {
    for (const row of rows) {
      for (const cell of cellsOf(row)) {
        const [link] = findAll(cell, (element) => element.name === 'a');
        if (!link) continue;
        const href = hrefOf(cell.attributes['data-framework']!, cell.attributes['data-column']!);
        expect(link.attributes.href).toBe(href);
        const view = readFileSync(path.join(distDir, href, 'index.html'), 'utf8');
        expect(view, `${href} lists ${row.attributes['data-control']}`).toContain(`href="${controlPath(row.attributes['data-control']!)}"`);
      }
    }
  });

  it('says the EU AI Act and ISO/IEC 27001 mappings are indicative', () => {
    const html = readFileSync(path.join(distDir, 'compare/index.html'), 'utf8');
    expect(/<h2 id="matrix">[\s\S]*?<\/h2>/.exec(html)?.[0]).toMatch(/Indicative/);
    expect(textOf(findAll(table, (element) => element.name === 'caption')[0]!)).toMatch(/indicative/);
  });
});

describe('/compare/ overlap chart', () => {
  const compare = contentData<{ overlaps: { framework: string; percent?: number }[] }>('compare');
  const svg = chartSvg('/compare/', 'overlap-chart');

  it('draws each overlap in the content as a bar of its percentage, and none where there is no figure', () => {
    expect(titleOf(svg)).toMatch(/share/i);
    const rows = findAll(svg, (element) => element.name === 'g' && 'data-framework' in element.attributes);
    expect(rows.map((row) => row.attributes['data-framework'])).toEqual(compare.overlaps.map((overlap) => overlap.framework));
    for (const [index, overlap] of compare.overlaps.entries()) {
      const bars = findAll(rows[index]!, (element) => element.name === 'rect');
      if (overlap.percent === undefined) {
        expect(bars, `${overlap.framework} has no bar`).toEqual([]);
        continue;
      }
      expect(percentAttribute(bars[0]!, 'width'), overlap.framework).toBeCloseTo(overlap.percent, 1);
      expect(numbersIn(textOf(rows[index]!)).at(-1)).toBe(overlap.percent);
    }
  });
});

describe('/eu-ai-act/timeline/ chart', () => {
  const { milestones } = contentData<{ milestones: { id: string; date: string; confidence: string }[] }>(
    'regulatory-timeline',
  );
  const svg = chartSvg('/eu-ai-act/timeline/', 'regulatory-timeline');
  const marks = findAll(svg, (element) => 'data-milestone' in element.attributes);
  const markY = (mark: (typeof marks)[number]) => {
    const shape = findAll(mark, (element) => element.name === 'circle' || element.name === 'path')[0]!;
    return shape.name === 'circle' ? Number(shape.attributes.cy) : Number(/M[\d.]+,([\d.]+)/.exec(shape.attributes.d!)![1]) + 6;
  };

  it('has one mark per milestone, at its date, shaped by how sure the date is', () => {
    expect(titleOf(svg)).toMatch(/today/i);
    expect(marks.map((mark) => mark.attributes['data-milestone']).sort()).toEqual(milestones.map((item) => item.id).sort());
    for (const milestone of milestones) {
      const mark = marks.find((candidate) => candidate.attributes['data-milestone'] === milestone.id)!;
      expect(mark.attributes['data-date'], milestone.id).toBe(String(milestone.date));
      const shape = findAll(mark, (element) => element.name === 'circle' || element.name === 'path')[0]!;
      expect(shape.name, `${milestone.id} is ${milestone.confidence}`).toBe(milestone.confidence === 'confirmed' ? 'circle' : 'path');
      const [link] = findAll(mark, (element) => element.name === 'a');
      expect(link!.attributes.href).toBe(`#${milestone.id}`);
    }
  });

  it('orders the marks by date down the axis, and marks today among them', () => {
    const byDate = [...marks].sort((a, b) => a.attributes['data-date']!.localeCompare(b.attributes['data-date']!));
    const ys = byDate.map(markY);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    const [today] = findAll(svg, (element) => 'data-today-mark' in element.attributes);
    const day = today!.attributes['data-date']!;
    const html = readFileSync(path.join(distDir, 'eu-ai-act/timeline/index.html'), 'utf8');
    expect(html, 'the page says which day it was built').toMatch(new RegExp(`Sorted from <time datetime="${day}"`));
    const todayY = Number(findAll(today!, (element) => element.name === 'line')[0]!.attributes.y1);
    for (const mark of byDate) {
      const date = mark.attributes['data-date']!;
      if (date < day) expect(markY(mark), `${date} is above today`).toBeLessThanOrEqual(todayY);
      if (date > day) expect(markY(mark), `${date} is below today`).toBeGreaterThanOrEqual(todayY);
    }
  });
});
