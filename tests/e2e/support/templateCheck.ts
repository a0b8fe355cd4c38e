import { expect, type Page } from '@playwright/test';
import type { Site } from './fixture';

/**
 * What one page of a template must be in a browser: served with its status, one h1, a title, no
 * cookie (the fixture adds: no page error and no request to another origin). Axe is the caller's:
 * the light theme's pages all go through it in the sweep (tests/a11y/pages.spec.ts).
 */
export async function expectCleanTemplatePage(site: Site, page: Page, path: string, status: number): Promise<void> {
  await site.open(path, { status });
  // Search results arrive after the load event.
  if (path.includes('?q=')) await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  expect(await page.title()).not.toBe('');
  expect(await page.context().cookies()).toEqual([]);
}
