// Every page the build published, the 404 page and a search with results, through axe (WCAG 2.2 AA)
// in the theme of the light project (see playwright.a11y.config.ts), after the checks the e2e run
// makes on one page of each template (one h1, a title, no cookie). The fixture also fails a page on
// page errors, console errors (CSP violations included) and requests to other origins.
import { test } from '../e2e/support/fixture';
import { sitemapPaths } from '../e2e/support/sitemap';
import { expectCleanTemplatePage } from '../e2e/support/templateCheck';

const pages = [
  ...sitemapPaths().map((path) => ({ path, status: 200 })),
  { path: '/no-such-page/', status: 404 },
  { path: '/search/?q=risk', status: 200 },
];

for (const { path, status } of pages) {
  test(`${path} has no axe violations, errors, cookies or requests to other origins`, async ({ site, page }) => {
    await expectCleanTemplatePage(site, page, path, status);
    await site.expectNoAxeViolations();
  });
}
