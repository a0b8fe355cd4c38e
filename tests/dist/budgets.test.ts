// Page weight budgets, checked against the built site in dist/ (run after `npm run build`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, formatKilobytes, IMAGE_FILE, imageBudgetFailures, isToolPage, pageBudgetFailures, TOOL_PAGES } from '../../scripts/lib/budgets/budgets';
import { measurePage, sitePathOfHtmlFile, type PageWeights } from '../../scripts/lib/budgets/pageWeights';
import { builtFiles, distDir, htmlFiles, readSiteFile } from './support/builtSite';

let pages: PageWeights[] = [];

beforeAll(() => {
  pages = htmlFiles().map((file) => measurePage(sitePathOfHtmlFile(file), readFileSync(path.join(distDir, file), 'utf8'), readSiteFile));
});

const failuresOf = (selected: PageWeights[], kind: RegExp) => selected.flatMap(pageBudgetFailures).filter((message) => kind.test(message));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const largest = (selected: PageWeights[], figure: (page: PageWeights) => number) =>
  selected.reduce((top, page) => (figure(page) > figure(top) ? page : top));

describe('page budgets', () => {
  it(`content pages load at most ${formatKilobytes(BUDGETS.contentPageScriptGzip)} of JavaScript (gzip) before interaction`, () => {
    const content = pages.filter((page) => !isToolPage(page.page));
    expect(content.length).toBeGreaterThan(0);
    expect(failuresOf(content, /JavaScript/), 'content pages over the JavaScript budget').toEqual([]);
  });

  it.each(TOOL_PAGES)(`%s loads under ${formatKilobytes(BUDGETS.toolPageScriptGzip)} of JavaScript (gzip)`, (toolPage) => {
    const tool = pages.find((page) => page.page === toolPage);
    expect(tool, `${toolPage} is not in the build`).toBeDefined();
    // The island itself must be among the counted files, or the figure measures nothing.
    expect(tool?.scriptFiles.some((file) => file.path.startsWith('/_astro/')), `${toolPage} loads no island module`).toBe(true);
    expect(failuresOf(tool ? [tool] : [], /JavaScript/)).toEqual([]);
  });

  it(`no page's HTML is over ${formatKilobytes(BUDGETS.htmlGzip)} gzip`, () => {
    expect(failuresOf(pages, /HTML/)).toEqual([]);
  });

  it(`no page loads over ${formatKilobytes(BUDGETS.cssGzipPerPage)} of CSS (gzip)`, () => {
    expect(failuresOf(pages, /CSS/)).toEqual([]);
  });

  it(`no image is over ${formatKilobytes(BUDGETS.imageBytes)}`, () => {
    const images = builtFiles().filter((entry) => IMAGE_FILE.test(entry.file));
    expect(imageBudgetFailures(images)).toEqual([]);
  });

  it('every script and stylesheet a page references is in the build', () => {
    expect(failuresOf(pages, /not in the build/)).toEqual([]);
  });

  it('reports the figures', () => {
    const content = pages.filter((page) => !isToolPage(page.page));
    const figures = [
      `pages: ${pages.length}`,
      `largest HTML (gzip): ${largest(pages, (page) => page.htmlGzipBytes).page} ${formatKilobytes(largest(pages, (page) => page.htmlGzipBytes).htmlGzipBytes)}`,
      `content page JavaScript (gzip), most: ${largest(content, (page) => page.scriptGzipBytes).page} ${formatKilobytes(largest(content, (page) => page.scriptGzipBytes).scriptGzipBytes)}, median: ${formatKilobytes(median(content.map((page) => page.scriptGzipBytes)))}`,
      ...TOOL_PAGES.map((toolPage) => {
        const tool = pages.find((page) => page.page === toolPage);
        return `${toolPage} JavaScript (gzip): ${tool ? formatKilobytes(tool.scriptGzipBytes) : 'not built'}`;
      }),
      `CSS per page (gzip), most: ${largest(pages, (page) => page.cssGzipBytes).page} ${formatKilobytes(largest(pages, (page) => page.cssGzipBytes).cssGzipBytes)}`,
    ];
    console.log(`Budget figures\n  ${figures.join('\n  ')}`);
    expect(pages.length).toBeGreaterThan(0);
  });
});
