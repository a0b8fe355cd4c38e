// Every page the build published, plus the 404 page, through axe (WCAG 2.2 AA) in the theme of the
// light project (see playwright.a11y.config.ts). The fixture also fails a page on page
// errors, console errors (CSP violations included) and requests to other origins.
import { expect, test } from '../e2e/support/fixture';
import { sitemapPaths } from '../e2e/support/sitemap';

const pages = [...sitemapPaths().map((path) => ({ path, status: 200 })), { path: '/no-such-page/', status: 404 }];

for (const { path, status } of pages) {
  test(`${path} has no axe violations, errors, cookies or requests to other origins`, async ({ site, page }) => {
    await site.open(path, { status });
    expect(await page.context().cookies()).toEqual([]);
    await site.expectNoAxeViolations();
  });
}
