import { readFileSync } from 'node:fs';
import { clauseAnchor } from '../../src/lib/slugs';
import { annexA } from '../fixtures/annexA';
import { expect, test, type Page } from './support/fixture';
import { parseCsv } from './support/parseCsv';

/** The control links of a filtered list: the row headers of its table. */
const controlLinks = (page: Page) =>
  page
    .getByRole('table', { name: /^Controls for / })
    .getByRole('rowheader')
    .getByRole('link');

// Each control's own page is checked in its built HTML (tests/dist/controlPages.test.ts); one of
// them loads here in a browser through templates.spec.ts.
test('the library lists every control, grouped, with links', async ({ site, page }) => {
  await site.open('/controls/');
  for (const control of annexA) {
    await expect(page.getByRole('link', { name: `${control.id} ${control.title}`, exact: true })).toHaveCount(1);
  }
});

test('the EU AI Act Art. 10 filter shows exactly the controls the indicative mapping gives', async ({ site, page }) => {
  await site.open('/controls/');
  await page.getByText('By EU AI Act article (indicative)').click();
  await page.getByRole('link', { name: /EU AI Act Art\. 10 Data and data governance/ }).click();
  await expect(page).toHaveURL(/\/controls\/filter\/eu-ai-act-art-10\/$/);
  const listed = await controlLinks(page).allTextContents();
  const ids = listed.map((text) => text.trim().split(' ')[0]).sort();
  // Art. 10 in the reference mapping: A.4.3 and A.7.2 to A.7.6.
  expect(ids).toEqual(['A.4.3', 'A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6']);
  await expect(page.getByText('This mapping is indicative')).toBeVisible();
});

test('the NIST MEASURE filter lists only controls with a MEASURE subcategory', async ({ site, page }) => {
  await site.open('/controls/filter/nist-measure/');
  const links = controlLinks(page);
  expect(await links.count()).toBeGreaterThan(10);
  await links.first().click();
  const crosswalk = page.getByRole('table', { name: /^Crosswalk of A\.[\d.]+ to other frameworks$/ });
  await expect(crosswalk.getByRole('row', { name: /^NIST AI RMF 1\.0/ })).toContainText('MEASURE');
});

test('the Annex A checklist downloads as CSV with a header and 38 rows', async ({ site, page }) => {
  await site.open('/controls/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Annex A checklist (CSV)' }).first().click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  const rows = parseCsv(text);
  expect(rows[0]).toEqual(['id', 'group', 'title', 'summary', 'evidence', 'NIST AI RMF', 'EU AI Act', 'ISO 27001']);
  expect(rows.slice(1).map((row) => row[0])).toEqual(annexA.map((control) => control.id));
  for (const row of rows.slice(1)) {
    expect(row).toHaveLength(8);
    for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  }
  const a628 = rows.find((row) => row[0] === 'A.6.2.8')!;
  expect(a628[5]).toBe('MEASURE 2.4; MEASURE 2.6; MEASURE 3.2');
});

test('the JSON checklist has the same 38 controls', async ({ request }) => {
  const body = (await (await request.get('/downloads/annex-a-checklist.json')).json()) as {
    controls: { id: string }[];
  };
  expect(body.controls.map((control) => control.id)).toEqual(annexA.map((control) => control.id));
});

test('the compare page reads the crosswalk from the other direction', async ({ site, page }) => {
  await site.open('/compare/');
  const articleRow = page
    .getByRole('table', { name: /EU AI Act articles/ })
    .getByRole('row', { name: /Art\. 12 Record-keeping/ });
  await expect(articleRow.getByRole('link', { name: 'A.6.2.8' })).toBeVisible();
  const nistRow = page
    .getByRole('table', { name: /NIST AI RMF subcategories/ })
    .getByRole('row', { name: /^GOVERN 6\.1\b/ });
  await expect(nistRow.getByRole('link', { name: 'A.10.2' })).toBeVisible();
  await expect(nistRow.getByRole('link', { name: 'A.10.3' })).toBeVisible();
  await expect(page.getByText('no presumption of conformity').first()).toBeVisible();
});

test('every clause page has a section for each sub-clause, reachable by its anchor', async ({ site, page }) => {
  await site.open('/clauses/6/#6-1-2');
  const target = page.getByRole('heading', { name: /^6\.1\.2 AI risk assessment/ });
  await expect(target).toHaveAttribute('id', '6-1-2');
  await expect(target).toBeInViewport();
  for (const number of ['6.1', '6.1.1', '6.1.3', '6.1.4', '6.2', '6.3']) {
    const heading = page.getByRole('heading', { name: new RegExp(`^${number.replaceAll('.', '\\.')} `) });
    await expect(heading).toHaveAttribute('id', clauseAnchor(number));
  }
  await site.open('/clauses/');
  await expect(page.getByRole('heading', { name: 'Checklist: mandatory documented information' })).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(15);
});

test('search finds a control by its title words, filtered to controls', async ({ site, page }) => {
  await site.open('/search/?q=recording+event+logs&type=Control');
  await expect(page.getByRole('main').getByRole('listitem').first().getByRole('link')).toHaveText(
    /A\.6\.2\.8 AI system recording of event logs/,
  );
});
