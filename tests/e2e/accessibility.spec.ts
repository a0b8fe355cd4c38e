import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';

// Every page is checked in the light theme by routes.spec.ts; here a page of each template in dark,
// where only colours change.
const templates = [
  '/',
  '/controls/',
  '/controls/a-6-2-8/',
  '/controls/filter/nist-map/',
  '/clauses/6/',
  '/industries/healthcare/',
  '/costs/',
  '/compare/',
  '/faq/',
  '/updates/',
  '/search/?q=risk',
  '/assessment/',
  '/estimate/',
];

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  for (const route of templates) {
    test(`axe finds no WCAG 2.2 AA violations on ${route}`, async ({ page }) => {
      await page.goto(route);
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
