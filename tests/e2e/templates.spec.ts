// One page of every kind in a browser (light theme): served, hydrated, one h1, no cookie, no error or
// request to another origin (the fixture). Axe on these pages, in the light theme (the sweep over
// every page) and in the dark one, is `npm run test:a11y` (tests/a11y), which CI also runs.
import { readdirSync } from 'node:fs';
import { expect, test } from './support/fixture';
import { expectCleanTemplatePage } from './support/templateCheck';
import { ENDPOINTS, PAGE_TEMPLATES, templatePages } from './support/templates';

test('every file in src/pages has a page or address checked here or in routes.spec.ts', () => {
  const files = readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => /\.(astro|ts)$/.test(file));
  expect(files.sort()).toEqual([...Object.keys(PAGE_TEMPLATES), ...Object.keys(ENDPOINTS)].sort());
});

test.describe('light theme', () => {
  test.use({ colorScheme: 'light' });
  for (const { file, path, status } of templatePages()) {
    test(`${path} (${file}) loads cleanly`, async ({ site, page }) => {
      await expectCleanTemplatePage(site, page, path, status);
    });
  }
});
