import { expect, test, type Page } from './support/fixture';

/** The result list: the only list inside the search page's main content. */
const results = (page: Page) => page.getByRole('main').getByRole('listitem');

test('the "/" shortcut opens search, which finds a page by a word from its body', async ({ site, page }) => {
  await site.open('/certification/');
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/search\/$/);
  const box = page.getByRole('searchbox', { name: 'Search the guidance' });
  await expect(box).toBeFocused();
  // "surveillance" appears in the body of the certification page.
  await box.fill('surveillance');
  await expect(page.getByRole('main').getByRole('status')).toContainText(/\d+ results? for “surveillance”/);
  await expect(results(page).getByRole('link', { name: 'The path to ISO 42001 certification' })).toBeVisible();
});

test('a control is findable by its ID and the type filter narrows results', async ({ site, page }) => {
  await site.open('/search/?q=A.6.2.8');
  await expect(results(page).first().getByRole('link')).toHaveText(/A\.6\.2\.8/);

  // Words found on control and clause pages alike, narrowed to clauses.
  await page.getByRole('searchbox', { name: 'Search the guidance' }).fill('impact assessment');
  await expect(
    results(page)
      .getByRole('heading', { name: /\sControl$/ })
      .first(),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Type' }).selectOption('Clause');
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    /\d+ results? for “impact assessment” in Clause/,
  );
  // Each result's heading ends with its type label.
  const headings = results(page).getByRole('heading');
  await expect(headings.first()).toBeVisible();
  for (const heading of await headings.allInnerTexts()) expect(heading).toMatch(/\sClause$/);
});

test('search works without the header: the form submits as a plain GET', async ({ site, page }) => {
  await site.open('/search/');
  await page.getByRole('searchbox', { name: 'Search the guidance' }).fill('impact assessment');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/q=impact\+assessment|q=impact%20assessment/);
  await expect(results(page).first()).toBeVisible();
});
