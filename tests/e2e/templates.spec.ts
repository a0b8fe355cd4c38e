// One page of every kind in a browser, in light and dark: served, hydrated, one h1, no cookie, no
// error or request to another origin (the fixture), and no axe violation. The sweep over every page
// is `npm run test:a11y` (tests/a11y).
import { readdirSync } from 'node:fs';
import { expect, test } from './support/fixture';
import { ENDPOINTS, PAGE_TEMPLATES, templatePages } from './support/templates';

test('every file in src/pages has a page or address checked here or in routes.spec.ts', () => {
  const files = readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => /\.(astro|ts)$/.test(file));
  expect(files.sort()).toEqual([...Object.keys(PAGE_TEMPLATES), ...Object.keys(ENDPOINTS)].sort());
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    // axe on the largest page (/compare/, with its control matrix of some 900 cells) took 85 s when
    // other jobs shared the two cores.
    test.describe.configure({ timeout: 150_000 });
    for (const { file, path, status } of templatePages()) {
      test(`${path} (${file}) loads cleanly and passes axe`, async ({ site, page }) => {
        await site.open(path, { status });
        // Search results arrive after the load event.
        if (path.includes('?q=')) await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        expect(await page.title()).not.toBe('');
        expect(await page.context().cookies()).toEqual([]);
        await site.expectNoAxeViolations();
      });
    }
  });
}
