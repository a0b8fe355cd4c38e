// Reads the build-time SVG charts out of built pages, for tests/dist/charts.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseXml, type XmlElement } from './xml';
import { distDir } from './builtSite';

/** The `tag` element inside `<figure data-chart="id">` of a built page, parsed as XML (it must be well-formed). */
function chartElement(sitePath: string, chartId: string, tag: 'svg' | 'table'): XmlElement {
  const html = readFileSync(path.join(distDir, sitePath, 'index.html'), 'utf8');
  const figure = new RegExp(`<figure[^>]*data-chart="${chartId}"[^>]*>([\\s\\S]*?)</figure>`).exec(html);
  if (!figure) throw new Error(`${sitePath} has no figure with data-chart="${chartId}"`);
  const element = new RegExp(`<${tag}[\\s\\S]*</${tag}>`).exec(figure[1]!);
  if (!element) throw new Error(`The ${chartId} figure on ${sitePath} has no <${tag}>`);
  try {
    return parseXml(element[0]);
  } catch (cause) {
    throw new Error(`The ${chartId} chart on ${sitePath} is not well-formed ${tag === 'svg' ? 'SVG' : 'XML'}`, { cause });
  }
}

/** The <svg> of a chart on a built page. */
export function chartSvg(sitePath: string, chartId: string): XmlElement {
  return chartElement(sitePath, chartId, 'svg');
}

/** The <table> of a matrix on a built page. */
export function chartTable(sitePath: string, chartId: string): XmlElement {
  return chartElement(sitePath, chartId, 'table');
}

/** Every control page's frontmatter, read directly from content/controls. */
export function controlsFromContent(): {
  id: string;
  group: string;
  crosswalk: { nistAiRmf?: string[]; euAiAct?: string[]; iso27001?: string[] };
}[] {
  const folder = path.resolve(import.meta.dirname, '../../../content/controls');
  return readdirSync(folder)
    .filter((file) => /^[^_].*\.mdx?$/.test(file))
    .map((file) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(folder, file), 'utf8'))![1]!));
}

/** Every element below `root` (itself included) for which `match` holds, in document order. */
export function findAll(root: XmlElement, match: (element: XmlElement) => boolean): XmlElement[] {
  return [...(match(root) ? [root] : []), ...root.children.flatMap((child) => findAll(child, match))];
}

/** All text inside an element, its descendants' included. */
export function textOf(element: XmlElement): string {
  return (element.text + element.children.map(textOf).join(' ')).replace(/\s+/g, ' ').trim();
}

/** Whole numbers written in a text, thousands separators removed: "$10,000–$30,000" gives [10000, 30000]. */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d[\d,]*/g)].map((match) => Number(match[0].replaceAll(',', '')));
}

/** A percentage attribute ("12.5%") as a number. */
export function percentAttribute(element: XmlElement, name: string): number {
  const value = element.attributes[name];
  if (!value?.endsWith('%')) throw new Error(`<${element.name}> ${name}="${value}" is not a percentage`);
  return Number(value.slice(0, -1));
}

/** A content data file, read directly so the test does not trust the code that drew the chart. */
export function contentData<T>(name: string): T {
  return parse(readFileSync(path.resolve(import.meta.dirname, '../../../content/data', `${name}.yaml`), 'utf8')) as T;
}

/** Checks common to every chart: an <svg> root with a non-empty <title> its aria-labelledby points at. */
export function titleOf(svg: XmlElement): string {
  if (svg.name !== 'svg') throw new Error(`Chart root is <${svg.name}>, not <svg>`);
  const title = svg.children.find((child) => child.name === 'title');
  if (!title) throw new Error('Chart has no <title> as its first-level child');
  const labelledBy = svg.attributes['aria-labelledby'] ?? '';
  if (!labelledBy.split(' ').includes(title.attributes.id ?? '')) {
    throw new Error(`aria-labelledby="${labelledBy}" does not name the <title> (id "${title.attributes.id}")`);
  }
  return textOf(title);
}
