// The results' readiness chart: its bars draw the figures the readiness table shows, it passes axe in
// both themes, it prints in black, and it looks as its baselines at desktop width and at 320 px.
import type { Answer, AnswerStatus } from '../../src/lib/assessment/types';
import {
  JOURNEY_SCOPING,
  areas,
  assessmentData,
  journeyAnswers,
  questionsOf,
  savedAssessment,
} from './support/assessment';
import { expect, test, type Page, type Site } from './support/fixture';

/** The keyboard journey's mixed answers, with the first area all implemented and the second all not started: the 100 % and 0 % edges. */
function answersWithEdges(): Record<string, Answer> {
  const everyQuestion = (areaId: string, status: AnswerStatus) =>
    questionsOf(areaId).map((question) => [
      question.id,
      { status, justification: '', documented: false, evidenced: false, note: '' },
    ]);
  return {
    ...journeyAnswers(),
    ...Object.fromEntries(everyQuestion(areas[0]!.id, 'implemented')),
    ...Object.fromEntries(everyQuestion(areas[1]!.id, 'not-started')),
  };
}

async function openResults(site: Site, page: Page) {
  await site.storeBeforeLoad(
    savedAssessment({ scoping: JOURNEY_SCOPING, answers: answersWithEdges(), step: 'results' }),
  );
  await site.open('/assessment/');
  const chart = page.getByRole('img', { name: 'Readiness by area, 0 to 100%' });
  await expect(chart).toBeVisible();
  return chart;
}

/** The readiness table's rows as shown: row name and its Readiness cell. */
async function tableFigures(page: Page): Promise<[string, string][]> {
  const table = page.getByRole('table', { name: 'Readiness by area' });
  const rows = await table.getByRole('row').all();
  const figures: [string, string][] = [];
  for (const row of rows.slice(1)) {
    const name = (await row.getByRole('rowheader').innerText()).trim();
    figures.push([name, (await row.getByRole('cell').first().innerText()).trim()]);
  }
  return figures;
}

test('the bars draw the readiness the table shows for every area and overall', async ({ site, page }) => {
  const chart = await openResults(site, page);
  const table = new Map(await tableFigures(page));
  // Each bar's label, printed value and length as a share of the axis from 0 % to 100 %.
  const bars = await chart.evaluate((svg) => {
    const axis = svg.querySelector<SVGLineElement>('.chart-axis')!.getBoundingClientRect();
    return [...svg.querySelectorAll('[data-area]')].map((bar) => ({
      label: [...bar.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
      value: bar.querySelector('.chart-value')!.textContent,
      share: bar.querySelector('rect')!.getBoundingClientRect().width / axis.width,
    }));
  });
  const areaLabels = [...table.keys()].filter((name) => !['Clauses 4-10', 'Annex A'].includes(name));
  expect(bars.map((bar) => bar.label)).toEqual(areaLabels);
  for (const bar of bars) {
    const shown = table.get(bar.label)!;
    expect(bar.value, `value printed for ${bar.label}`).toBe(shown);
    const percent = shown === 'N/A' ? 0 : Number.parseFloat(shown);
    // A bar's outline adds about a pixel either side: allow 1 % of the axis.
    expect(bar.share, `bar length for ${bar.label} (${shown})`).toBeCloseTo(percent / 100, 1.7);
  }
  expect(table.get(areaLabels[0]!)).toBe('100%');
  expect(table.get(areaLabels[1]!)).toBe('0%');
  // The figures in words for a screen reader, and the band thresholds from content as lines.
  const description = await chart
    .getAttribute('aria-describedby')
    .then((id) => page.locator(`[id="${id}"]`).textContent());
  for (const [label, shown] of table)
    if (areaLabels.includes(label)) expect(description).toContain(`${label}: ${shown}.`);
  for (const band of assessmentData.bands.filter((band: { minPercent: number }) => band.minPercent > 0))
    expect(description).toContain(`${band.label} from ${band.minPercent}%.`);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`results with the chart pass axe in the ${colorScheme} theme`, async ({ site, page }) => {
    await page.emulateMedia({ colorScheme });
    await openResults(site, page);
    await site.expectNoAxeViolations();
  });
}

test('the chart prints in black on white, whole, with the results', async ({ site, page }) => {
  await page.setViewportSize({ width: 700, height: 1000 });
  const chart = await openResults(site, page);
  await page.emulateMedia({ media: 'print' });
  await expect(chart).toBeVisible();
  const strokes = await chart.evaluate((svg) => [
    ...new Set([...svg.querySelectorAll('.chart-bar, .chart-reference')].map((mark) => getComputedStyle(mark).stroke)),
  ]);
  expect(strokes).toEqual(['rgb(0, 0, 0)']);
  const figure = page.getByRole('figure', { name: /Readiness by area/ });
  expect(await figure.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1);
});

const WIDTHS = { desktop: { width: 1280, height: 900 }, '320': { width: 320, height: 800 } } as const;
for (const colorScheme of ['light', 'dark'] as const) {
  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    test.describe(`${colorScheme} theme, ${widthName}`, () => {
      test.use({ colorScheme, viewport });
      test('the readiness chart looks as its baseline', async ({ site, page }) => {
        await openResults(site, page);
        await expect(page.getByRole('figure', { name: /Readiness by area/ })).toHaveScreenshot(
          `readiness-chart-${colorScheme}-${widthName}.png`,
          { maxDiffPixels: 20, threshold: 0.2, animations: 'disabled' },
        );
      });
    });
  }
}
