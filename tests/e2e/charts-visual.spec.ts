// Visual regression of every chart: a screenshot of the chart element only, in the light and dark
// themes, at desktop width and at 320 px, against baselines made on the machine type CI runs on. One
// page load per page, theme and width; every chart on that page is compared from it. The
// threshold lets through a few anti-aliased pixels, not a bar that moved (a bar moved by 1% of its
// axis changes well over a hundred pixels).
import { expect, test, type Locator, type Page } from './support/fixture';

/** Each page with charts, the `data-chart` of each chart on it, and whether they are printed. */
const CHART_PAGES: { path: string; charts: string[]; printed?: false }[] = [
  { path: '/costs/', charts: ['cost-chart'] },
  { path: '/certification/', charts: ['phase-timeline', 'certification-cycle'] },
  { path: '/clauses/', charts: ['management-cycle'] },
  { path: '/compare/', charts: ['overlap-chart', 'control-matrix'] },
  { path: '/eu-ai-act/timeline/', charts: ['regulatory-timeline'] },
  // The estimate prints on one page with its table of the same ranges; the bars are for the screen.
  { path: '/estimate/', charts: ['estimate-cost-chart'], printed: false },
];

const WIDTHS = { desktop: { width: 1280, height: 900 }, '320': { width: 320, height: 800 } } as const;

/**
 * Holds still what moves from one build or screenshot to the next, through the CSSOM (the pages' CSP
 * blocks an injected stylesheet). The today mark moves with the build day, so it is hidden (its
 * position is checked against the build day in tests/dist/charts.test.ts). The matrix's sticky column
 * is drawn on its own layer, whose text anti-aliasing varies between screenshots: it is put in place.
 * Tables laid out only near the viewport (`.render-when-visible`) are laid out at once, for the same
 * reason: when the browser lays them out is not what the screenshot compares.
 */
async function holdStill(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const mark of document.querySelectorAll<SVGElement>('[data-today-mark]')) mark.style.visibility = 'hidden';
    for (const cell of document.querySelectorAll<HTMLElement>('.matrix-control')) cell.style.position = 'static';
    for (const box of document.querySelectorAll<HTMLElement>('.render-when-visible')) {
      box.style.contentVisibility = 'visible';
    }
  });
}

const chart = (scope: { locator: (selector: string) => Locator }, id: string) => scope.locator(`[data-chart="${id}"]`);

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    test.describe(`${colorScheme} theme, ${widthName}`, () => {
      test.use({ colorScheme, viewport });
      for (const { path, charts } of CHART_PAGES) {
        test(`charts on ${path}`, async ({ site, page }) => {
          await site.open(path);
          await holdStill(page);
          for (const id of charts) {
            await expect(chart(page, id), `${id} on ${path}`).toHaveScreenshot(
              `${id}-${colorScheme}-${widthName}.png`,
              {
                maxDiffPixels: 20,
                threshold: 0.2,
                animations: 'disabled',
              },
            );
          }
        });
      }
    });
  }
}

/** About the printable width of an A4 or Letter page at 96 px per inch, with the usual margins. */
const PAPER = { width: 700, height: 1000 };
/** The marks of each kind of chart and the property that carries their colour. */
const INKED = '.chart-bar, .chart-event-solid, .chart-clause-text, .chart-milestone-title, .matrix-table td a';

test.describe('print', () => {
  test.use({ viewport: PAPER });
  for (const { path, charts } of CHART_PAGES.filter((entry) => entry.printed !== false)) {
    test(`charts on ${path} print in black on white, whole`, async ({ site, page }) => {
      await site.open(path);
      await page.emulateMedia({ media: 'print' });
      for (const id of charts) {
        const figure = chart(page, id);
        await expect(figure, `${id} prints`).toBeVisible();
        // Print colours from src/styles/print.css: black ink, whatever the screen theme.
        const ink = await figure.evaluate((element, selector) => {
          const marks = [...element.querySelectorAll(selector)];
          const colourOf = (mark: Element) => {
            const style = getComputedStyle(mark);
            if (!(mark instanceof SVGElement)) return style.color;
            return mark instanceof SVGTextElement ? style.fill : style.stroke;
          };
          return { marks: marks.length, colours: [...new Set(marks.map(colourOf))] };
        }, INKED);
        expect(ink.marks, `${id} has marks to print`).toBeGreaterThan(0);
        expect(ink.colours, `${id} marks in print`).toEqual(['rgb(0, 0, 0)']);
        // Nothing runs past the paper or hides in a scroll box: the whole chart is on the page.
        const overflow = await figure.evaluate((element) =>
          [element, ...element.querySelectorAll('section')].map((box) => box.scrollWidth - box.clientWidth),
        );
        expect(Math.max(...overflow), `${id} is wider than the paper`).toBeLessThanOrEqual(1);
      }
    });
  }
});
