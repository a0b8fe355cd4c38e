import { expect, test } from '@playwright/test';

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/costs/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
});

test('the main navigation reaches a section by keyboard alone', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const target = nav.getByRole('link', { name: 'Certification' });
  for (
    let presses = 0;
    presses < 30 && !(await target.evaluate((node) => node === document.activeElement));
    presses += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/certification\/$/);
  await expect(nav.getByRole('link', { name: 'Certification' })).toHaveAttribute('aria-current', 'page');
});

test('breadcrumbs lead back up the hierarchy', async ({ page }) => {
  await page.goto('/controls/a-6-2-8/');
  const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
  await trail.getByRole('link', { name: 'Controls' }).click();
  await expect(page).toHaveURL(/\/controls\/$/);
});

test('the theme toggle switches to dark and remembers it on the next page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/faq/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('the layout fits a 320 px wide screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of ['/', '/controls/a-6-2-8/', '/costs/', '/compare/']) {
    await page.goto(route);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, route).toBeLessThanOrEqual(0);
  }
});
