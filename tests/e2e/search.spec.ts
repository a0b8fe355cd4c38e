import { expect, test } from '@playwright/test';

test('the "/" shortcut opens search, which finds a page by a word from its body', async ({ page }) => {
  await page.goto('/certification/');
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/search\/$/);
  const box = page.getByRole('searchbox', { name: 'Search the guidance' });
  await expect(box).toBeFocused();
  // "surveillance" appears in the body of the certification page.
  await box.fill('surveillance');
  await expect(page.getByRole('status')).toContainText(/\d+ results? for “surveillance”/);
  await expect(page.getByRole('link', { name: /Path to certification|certification/i }).first()).toBeVisible();
});

test('a control is findable by its ID and the type filter narrows results', async ({ page }) => {
  await page.goto('/search/?q=A.6.2.8');
  const results = page.locator('[data-search-results] li');
  await expect(results.first()).toBeVisible();
  await expect(results.first().getByRole('link')).toHaveText(/A\.6\.2\.8/);

  await page.getByRole('combobox', { name: 'Type' }).selectOption('Clause');
  await expect(page.getByRole('status')).toContainText('in Clause');
  for (const label of await page.locator('[data-search-results] .result-type').allTextContents()) {
    expect(label).toBe('Clause');
  }
});

test('search works without the header: the form submits as a plain GET', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: 'Search the guidance' }).fill('impact assessment');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/q=impact\+assessment|q=impact%20assessment/);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
});
