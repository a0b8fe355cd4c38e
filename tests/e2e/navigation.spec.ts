import { expect, test } from './support/fixture';

test('the skip link is the first stop and moves focus to the content', async ({ site, page }) => {
  await site.open('/costs/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.getByRole('main')).toBeFocused();
});

test('the main navigation reaches a section by keyboard alone', async ({ site, page }) => {
  await site.open('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await site.tabUntil(nav.getByRole('link', { name: 'Certification' }), { maxPresses: 30 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/certification\/$/);
  await expect(nav.getByRole('link', { name: 'Certification' })).toHaveAttribute('aria-current', 'page');
});

test('breadcrumbs lead back up the hierarchy', async ({ site, page }) => {
  await site.open('/controls/a-6-2-8/');
  const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
  await trail.getByRole('link', { name: 'Controls' }).click();
  await expect(page).toHaveURL(/\/controls\/$/);
});

test('the theme toggle switches to dark and remembers it on the next page', async ({ site, page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await site.open('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  // The theme is an attribute of the document element, which has no role to find it by.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await site.open('/faq/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('the layout fits a 320 px wide screen without horizontal scrolling', async ({ site, page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of ['/', '/controls/a-6-2-8/', '/costs/', '/compare/', '/assessment/', '/estimate/']) {
    await site.open(route);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, route).toBeLessThanOrEqual(0);
  }
});
