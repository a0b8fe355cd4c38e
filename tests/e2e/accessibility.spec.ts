import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    // Every page in light; a sample of templates in dark, where only colours change.
    const routes = theme === 'light' ? sitemapPaths() : ['/', '/controls/', '/controls/a-6-2-8/', '/clauses/6/', '/costs/', '/updates/', '/search/'];
    for (const route of routes) {
      test(`axe finds no WCAG 2.2 AA violations on ${route}`, async ({ page }) => {
        await page.goto(route);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}
