// Every published page and file, fetched without a browser: what each answers with and what its HTML
// asks the browser to load. Loading pages in a browser (errors, hydration) is templates.spec.ts for
// one page of each kind, and tests/a11y (with axe) for every page.
import { expect, test } from './support/fixture';
import { readPageHtml } from './support/html';
import { sitemapPaths } from './support/sitemap';
import { ENDPOINTS } from './support/templates';

// The stable routes of PRODUCT.md that tests and links rely on.
const productRoutes = [
  '/',
  '/controls/',
  '/controls/a-6-2-8/',
  '/clauses/',
  '/clauses/4/',
  '/clauses/10/',
  '/industries/',
  '/industries/technology-saas/',
  '/industries/financial-services/',
  '/industries/healthcare/',
  '/industries/enterprise-ai/',
  '/industries/manufacturing/',
  '/platforms/',
  '/platforms/aws/',
  '/platforms/azure/',
  '/platforms/google-cloud/',
  '/services/',
  '/services/vanta-implementation/',
  '/services/drata-implementation/',
  '/services/devsecops-consulting/',
  '/services/evidence-automation/',
  '/costs/',
  '/compare/',
  '/mistakes/',
  '/certification/',
  '/faq/',
  '/assessment/',
  '/assessment/workbench/open/',
  '/estimate/',
  '/updates/',
  '/search/',
];

test('every product route is in the sitemap', () => {
  const published = new Set(sitemapPaths());
  const missing = productRoutes.filter((route) => !published.has(route));
  expect(missing).toEqual([]);
});

for (const route of sitemapPaths()) {
  test(`${route} answers 200 without a cookie, with a title, one h1, a CSP and nothing from another origin`, async ({
    request,
    baseURL,
  }) => {
    const response = await request.get(route);
    expect(response.status()).toBe(200);
    expect(response.headers()['set-cookie'], 'Set-Cookie header').toBeUndefined();
    const html = await readPageHtml(await response.text());
    expect(html.titles, '<title> elements').toHaveLength(1);
    expect(html.titles[0]).not.toBe('');
    expect(html.h1Count, '<h1> elements').toBe(1);
    expect(html.cspMetaCount, 'Content-Security-Policy <meta> elements').toBe(1);
    const page = new URL(route, baseURL);
    const foreign = html.resourceAddresses.filter((address) => {
      const url = new URL(address, page);
      return url.origin !== page.origin && url.protocol !== 'data:';
    });
    expect(foreign, 'addresses on other origins the page would load').toEqual([]);
  });
}

test('the data files and feeds are served', async ({ request }) => {
  for (const path of [...Object.values(ENDPOINTS), '/sitemap-index.xml']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['set-cookie'], `Set-Cookie header of ${path}`).toBeUndefined();
  }
});

test('an unknown address shows the useful 404 page', async ({ site, page }) => {
  await site.open('/no-such-page/', { status: 404 });
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search the guidance' })).toBeVisible();
});
