import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('a reported date on a guide leads to its timeline entry, which says what is not confirmed', async ({ page }) => {
  await page.goto('/industries/manufacturing/');
  const firstNote = page.getByRole('link', { name: 'reported, not yet confirmed' }).first();
  const target = (await firstNote.getAttribute('href')) ?? '';
  expect(target).toMatch(/^\/eu-ai-act\/timeline\/#[a-z0-9-]+$/);

  await firstNote.click();
  await expect(page).toHaveURL(new RegExp(`${target.replace(/[/#]/g, '\\$&')}$`));
  const entry = page.locator(`[id="${target.split('#')[1]}"]`);
  await expect(entry).toBeInViewport();
  await expect(entry.getByText(/not yet confirmed against/)).toBeVisible();
  await expect(entry.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
});

test('the timeline offers the calendar, served as text/calendar', async ({ page, request }) => {
  await page.goto('/eu-ai-act/timeline/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('EU AI Act and AI governance timeline');
  for (const name of [/^Next 12 months/, /^Later/, /^Already happened/]) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  const href = await page.getByRole('link', { name: 'Subscribe to the calendar (.ics)' }).getAttribute('href');
  const response = await request.get(href ?? '');
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  expect(await response.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
});

for (const path of ['/eu-ai-act/timeline/', '/updates/2026-11-20-eu-ai-act-high-risk-dates-moved/']) {
  test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
}
