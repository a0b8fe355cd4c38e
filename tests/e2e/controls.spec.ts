import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { clauseAnchor, controlPath } from '../../src/lib/slugs';
import { parseCsv } from './support/parseCsv';

interface StandardFile {
  groups: { id: string; controls?: { id: string; title: string }[] }[];
}
// The facts file, not the pages: the tests check the pages against the standard.
const standard = parse(readFileSync('content/data/standard.yaml', 'utf8')) as StandardFile;
const annexA = standard.groups.flatMap((group) => group.controls ?? []);

test('the standard lists 38 Annex A controls', () => {
  expect(annexA).toHaveLength(38);
});

for (const control of annexA) {
  test(`${control.id} has a page with its ID, title, evidence and crosswalk`, async ({ page }) => {
    await page.goto(controlPath(control.id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${control.id} ${control.title}`);
    await expect(page.getByRole('heading', { name: 'Evidence an auditor expects' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'How to implement it' })).toBeVisible();
    await expect(page.getByRole('table', { name: `Crosswalk of ${control.id} to other frameworks` })).toBeVisible();
  });
}

test('the library lists every control, grouped, with links', async ({ page }) => {
  await page.goto('/controls/');
  for (const control of annexA) {
    await expect(page.getByRole('link', { name: `${control.id} ${control.title}`, exact: true })).toHaveCount(1);
  }
});

test('the EU AI Act Art. 10 filter shows exactly the controls the indicative mapping gives', async ({ page }) => {
  await page.goto('/controls/');
  await page.getByText('By EU AI Act article (indicative)').click();
  await page.getByRole('link', { name: /EU AI Act Art\. 10 Data and data governance/ }).click();
  await expect(page).toHaveURL(/\/controls\/filter\/eu-ai-act-art-10\/$/);
  const listed = await page.locator('main table tbody th a').allTextContents();
  const ids = listed.map((text) => text.trim().split(' ')[0]).sort();
  // Art. 10 in the reference mapping: A.4.3 and A.7.2 to A.7.6.
  expect(ids).toEqual(['A.4.3', 'A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6']);
  await expect(page.getByText('This mapping is indicative')).toBeVisible();
});

test('the NIST MEASURE filter lists only controls with a MEASURE subcategory', async ({ page }) => {
  await page.goto('/controls/filter/nist-measure/');
  const rows = page.locator('main table tbody th a');
  expect(await rows.count()).toBeGreaterThan(10);
  await rows.first().click();
  await expect(page.locator('table').filter({ hasText: 'NIST AI RMF 1.0' })).toContainText('MEASURE');
});

test('the Annex A checklist downloads as CSV with a header and 38 rows', async ({ page }) => {
  await page.goto('/controls/');
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

test('the compare page reads the crosswalk from the other direction', async ({ page }) => {
  await page.goto('/compare/');
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

test('every clause page has a section for each sub-clause, reachable by its anchor', async ({ page }) => {
  await page.goto('/clauses/6/#6-1-2');
  await expect(page.locator('[id="6-1-2"]')).toHaveText(/^6\.1\.2 AI risk assessment/);
  for (const id of ['6.1', '6.1.1', '6.1.3', '6.1.4', '6.2', '6.3']) {
    await expect(page.locator(`[id="${clauseAnchor(id)}"]`)).toBeVisible();
  }
  await page.goto('/clauses/');
  await expect(page.getByRole('heading', { name: 'Checklist: mandatory documented information' })).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(15);
});

test('search finds a control by its title words, filtered to controls', async ({ page }) => {
  await page.goto('/search/?q=recording+event+logs&type=Control');
  await expect(page.locator('[data-search-results] li').first().getByRole('link')).toHaveText(
    /A\.6\.2\.8 AI system recording of event logs/,
  );
});
