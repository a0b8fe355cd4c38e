import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';
import { sitemapPaths, watchPage } from './support/site';

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
  test(`${route} answers 200 with one h1, a CSP, no axe violations, no errors or foreign requests`, async ({
    page,
    baseURL,
  }) => {
    const watcher = watchPage(page, baseURL!);
    const response = await page.goto(route);
    expect(response?.status()).toBe(200);
    // Islands hydrate before the checks, so a hydration error or an inaccessible widget is caught.
    await page.waitForLoadState('networkidle');
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    expect(await page.title()).not.toBe('');
    const cookies = await page.context().cookies();
    expect(cookies).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    watcher.expectClean();
  });
}

test('the data files and feeds are served', async ({ request }) => {
  for (const path of [
    '/rss.xml',
    '/feed.json',
    '/sitemap-index.xml',
    '/robots.txt',
    '/downloads/annex-a-checklist.csv',
    '/downloads/annex-a-checklist.json',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
});

test('an unknown address shows the useful 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search the guidance' })).toBeVisible();
});
