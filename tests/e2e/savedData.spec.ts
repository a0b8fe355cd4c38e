/**
 * No saved answer is ever lost: two tabs, a full store, unreadable data, "Delete all" and shared
 * links, for every tool that stores data. Each test failed on the site before the shared
 * persistence layer (2026-12); they pass now.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { expect, test, type Page, type Site } from './support/fixture';

const ASSESSMENT_KEY = 'iso42001:assessment';
const ESTIMATOR_KEY = 'iso42001:estimator';
/** A saved assessment exactly as the site wrote it before 2026-12 (format version 2). */
const SAVED_ASSESSMENT = readFileSync('tests/fixtures/saved/assessment-v2.json', 'utf8').trim();
const UNREADABLE = '{"version":2,"scoping":{"role":"admin"},"answers":{}}';

const saved = (page: Page, key: string) => page.evaluate((name) => localStorage.getItem(name), key);
const setAsideCopies = (page: Page, key: string) =>
  page.evaluate((name) => Object.keys(localStorage).filter((item) => item.startsWith(`${name}:invalid`)).length, key);

/** A tab of this test's browser context, opened on `path`, with the fixture's checks. */
async function tab(site: Site, context: BrowserContext, path: string): Promise<Page> {
  const opened = site.watch(await context.newPage());
  await opened.open(path);
  return opened.page;
}

/** Stores values before any page of the context loads (each new tab would store them again). */
async function seed(context: BrowserContext, items: Record<string, string>) {
  await context.addInitScript((values) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, items);
}

/** Fills this origin's storage with other data until fewer than `leave` characters fit. */
async function fillStorage(page: Page, leave: number) {
  await page.evaluate((room) => {
    let size = 1 << 22;
    let index = 0;
    while (size >= room) {
      try {
        localStorage.setItem(`filler-${index}`, 'x'.repeat(size));
        index += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
  }, leave);
}

const role = (page: Page, name: string) => page.getByRole('radio', { name });
const stepList = (page: Page) => page.getByRole('navigation', { name: 'Assessment steps' }).getByRole('button');
const changedElsewhere = (page: Page) => page.getByText('changed in another tab or window');

test.describe('two tabs on the assessment', () => {
  test('a blank tab left open never deletes what another tab saved', async ({ site, context }) => {
    const blank = await tab(site, context, '/assessment/');
    const other = await tab(site, context, '/assessment/');
    await role(other, 'We use AI systems built by others').check();
    await expect.poll(() => saved(other, ASSESSMENT_KEY)).toContain('"role":"user"');

    await blank.bringToFront();
    await stepList(blank).nth(1).click();
    await stepList(blank).nth(0).click();
    await expect(changedElsewhere(blank)).toBeVisible();
    expect(await saved(blank, ASSESSMENT_KEY)).toContain('"role":"user"');
  });

  test('a stale tab neither reverts nor overwrites newer answers, and says to reload', async ({ site, context }) => {
    await seed(context, { [ASSESSMENT_KEY]: SAVED_ASSESSMENT });
    const stale = await tab(site, context, '/assessment/');
    const fresh = await tab(site, context, '/assessment/');
    await stepList(fresh).nth(0).click();
    await role(fresh, 'We develop AI systems (build or train models)').check();
    await expect.poll(() => saved(fresh, ASSESSMENT_KEY)).toContain('"role":"developer"');

    await stale.bringToFront();
    await expect(changedElsewhere(stale)).toBeVisible();
    await stepList(stale).nth(2).click();
    await stepList(stale).nth(0).click();
    // Read-only until reloaded: the stale tab cannot change an answer, so nothing is lost by typing.
    await expect(role(stale, 'We use AI systems built by others')).toBeDisabled();
    expect(await saved(stale, ASSESSMENT_KEY)).toContain('"role":"developer"');

    await stale.getByRole('button', { name: 'Reload' }).click();
    await expect(stale.locator('[data-ready="true"]')).toHaveCount(1);
    await stepList(stale).nth(0).click();
    await expect(role(stale, 'We develop AI systems (build or train models)')).toBeChecked();
  });

  test('"Delete all answers" in one tab is not undone by another', async ({ site, context }) => {
    await seed(context, { [ASSESSMENT_KEY]: SAVED_ASSESSMENT });
    const other = await tab(site, context, '/assessment/');
    const deleting = await tab(site, context, '/assessment/');
    await deleting.getByRole('button', { name: 'Delete all answers' }).click();
    await expect(deleting.getByRole('dialog').getByText('your saved answers')).toBeVisible();
    await deleting.getByRole('button', { name: 'Delete everything' }).click();
    // Deleting waits for the storage lock like any write.
    await expect.poll(() => saved(deleting, ASSESSMENT_KEY)).toBeNull();

    await other.bringToFront();
    await expect(changedElsewhere(other)).toBeVisible();
    await stepList(other).nth(1).click();
    expect(await saved(other, ASSESSMENT_KEY)).toBeNull();
  });
});

test.describe('a full or broken store on the assessment', () => {
  test('unreadable answers that cannot be copied aside stay in place until the visitor chooses', async ({
    site,
    context,
  }) => {
    const page = await tab(site, context, '/assessment/');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [ASSESSMENT_KEY, UNREADABLE] as const);
    await fillStorage(page, 100);
    await page.reload();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.getByText('no room to keep a copy aside')).toBeVisible();
    await expect(role(page, 'We use AI systems built by others')).toBeDisabled();
    await stepList(page).nth(1).click();
    expect(await saved(page, ASSESSMENT_KEY)).toBe(UNREADABLE);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the unreadable copy' }).click();
    expect(readFileSync(await (await download).path(), 'utf8')).toBe(UNREADABLE);

    await page.getByRole('button', { name: 'Delete it and start fresh' }).click();
    // Deleting is asynchronous (a Web Lock, then the removal).
    await expect.poll(() => saved(page, ASSESSMENT_KEY)).toBeNull();
    await stepList(page).nth(0).click();
    await expect(role(page, 'We use AI systems built by others')).toBeEnabled();
  });

  test('each unreadable value is kept aside, dated, and the page says how many', async ({ site, context }) => {
    const page = await tab(site, context, '/assessment/');
    for (const [index, value] of ['{broken', UNREADABLE].entries()) {
      await page.evaluate(([key, text]) => localStorage.setItem(key, text), [ASSESSMENT_KEY, value] as const);
      await page.reload();
      await expect(page.getByText(`(${index + 1} unreadable copies kept in all)`)).toBeVisible();
    }
    expect(await setAsideCopies(page, ASSESSMENT_KEY)).toBe(2);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the unreadable copy' }).click();
    expect(readFileSync(await (await download).path(), 'utf8')).toBe(UNREADABLE);

    await page.getByRole('button', { name: 'Delete all answers' }).click();
    await expect(page.getByRole('dialog').getByText('2 unreadable copies kept aside')).toBeVisible();
  });

  test('a full store at page load shows the saved answers read-only instead of a blank form', async ({
    site,
    context,
  }) => {
    const page = await tab(site, context, '/assessment/');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      ASSESSMENT_KEY,
      SAVED_ASSESSMENT,
    ] as const);
    await fillStorage(page, 1);
    await page.reload();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.getByText("This browser's storage for this site is full")).toBeVisible();
    await expect(page.getByText('this browser blocks local storage')).toHaveCount(0);
    await stepList(page).nth(0).click();
    await expect(role(page, 'We provide AI systems or AI-based services to others')).toBeChecked();
    await expect(role(page, 'We provide AI systems or AI-based services to others')).toBeDisabled();
    expect(await saved(page, ASSESSMENT_KEY)).toBe(SAVED_ASSESSMENT);
  });
});

test.describe('the estimator', () => {
  const count = (page: Page) => page.getByLabel('Number of AI systems in scope');

  test("an edit in a second tab does not overwrite the first tab's save", async ({ site, context }) => {
    const first = await tab(site, context, '/estimate/');
    const second = await tab(site, context, '/estimate/');
    await count(first).fill('12');
    await expect.poll(() => saved(first, ESTIMATOR_KEY)).toContain('"aiSystemCount":12');

    await second.bringToFront();
    await expect(changedElsewhere(second)).toBeVisible();
    await expect(count(second)).toBeDisabled();
    expect(await saved(second, ESTIMATOR_KEY)).toContain('"aiSystemCount":12');
  });

  test("a shared link keeps the visitor's own estimate restorable", async ({ site, context }) => {
    const page = await tab(site, context, '/estimate/');
    await count(page).fill('12');
    await expect.poll(() => saved(page, ESTIMATOR_KEY)).toContain('"aiSystemCount":12');

    const link = 'v=1&size=under-50&systems=3&risk=0&role=user&certs=&inventory=1&services=gap-analysis&target=';
    await page.goto('/');
    await page.goto(`/estimate/#${link}`);
    await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
    await expect(count(page)).toHaveValue('3');
    await expect(page.getByText('Your own previous estimate is kept')).toBeVisible();

    await page.getByRole('button', { name: 'Go back to my previous estimate' }).click();
    await expect(count(page)).toHaveValue('12');
    await expect.poll(() => saved(page, ESTIMATOR_KEY)).toContain('"aiSystemCount":12');
  });
});

test.describe('the EU AI Act check', () => {
  const CHECK_KEY = 'iso42001:ai-act-check';
  /** The check's list exactly as it wrote it before outcomes were kept (format version 1). */
  const SAVED_CHECK = readFileSync('tests/fixtures/saved/ai-act-check-v1.json', 'utf8').trim();
  const systems = (page: Page) => page.getByRole('region', { name: 'Your AI systems' }).getByRole('listitem');
  const firstAnswer = (page: Page) => page.locator('form').getByRole('radio').first();

  test('a full store at page load shows the saved systems read-only, and nothing is written', async ({
    site,
    context,
  }) => {
    const page = await tab(site, context, '/eu-ai-act/check/');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [CHECK_KEY, SAVED_CHECK] as const);
    await fillStorage(page, 1);
    await page.reload();
    await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
    await expect(page.getByText("This browser's storage for this site is full")).toBeVisible();
    await expect(systems(page)).toHaveText([/CV screening.*High-risk/, /Support chatbot/]);
    await expect(page.getByRole('button', { name: 'Add a system' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Export systems (JSON)' })).toBeEnabled();
    await page.getByRole('button', { name: 'Open Support chatbot' }).click();
    await expect(firstAnswer(page)).toBeDisabled();
    expect(await saved(page, CHECK_KEY)).toBe(SAVED_CHECK);
  });

  test('a tab left open stops taking answers once another tab saved', async ({ site, context }) => {
    const first = await tab(site, context, '/eu-ai-act/check/');
    const second = await tab(site, context, '/eu-ai-act/check/');
    await first.bringToFront();
    await firstAnswer(first).check();
    await first.getByRole('button', { name: 'Next', exact: true }).click();
    await expect.poll(() => saved(first, CHECK_KEY)).not.toBeNull();

    await second.bringToFront();
    await expect(changedElsewhere(second)).toBeVisible();
    await expect(firstAnswer(second)).toBeDisabled();
    await expect(second.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
  });
});

test.describe('the workbench', () => {
  const WORKSPACE_KEY = 'iso42001:workspace';
  /** A workspace exactly as the workbench wrote it before several workspaces (format version 3). */
  const SAVED_WORKSPACE = readFileSync('tests/fixtures/saved/workspace-v3.json', 'utf8').trim();
  const inventory = (page: Page) => page.getByRole('table', { name: 'AI systems in the inventory' });

  test('a full store at page load shows the inventory read-only, and nothing is written', async ({ site, context }) => {
    const page = await tab(site, context, '/assessment/workbench/');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSPACE_KEY, SAVED_WORKSPACE] as const);
    await fillStorage(page, 1);
    await page.reload();
    await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
    await expect(page.getByText('The browser store is full, so this page is read-only')).toBeVisible();
    await expect(inventory(page)).toContainText('CV screening');
    await expect(page.getByRole('button', { name: 'Add a system' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Edit CV screening' })).toBeDisabled();
    expect(await saved(page, WORKSPACE_KEY)).toBe(SAVED_WORKSPACE);
  });

  test('a change the full store cannot take is reported, and what was saved before stays', async ({
    site,
    context,
  }) => {
    const page = await tab(site, context, '/assessment/workbench/');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSPACE_KEY, SAVED_WORKSPACE] as const);
    await page.reload();
    await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
    await expect(inventory(page)).toContainText('Support chatbot');
    // Room for nothing more: a third system cannot fit.
    await fillStorage(page, 1);
    await page.getByRole('button', { name: 'Add a system' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Hiring assistant');
    await page.getByRole('button', { name: 'Save the system' }).click();
    await expect(page.getByText('The browser store is full, so your last change was not saved')).toBeVisible();
    expect(await saved(page, WORKSPACE_KEY)).toBe(SAVED_WORKSPACE);
  });
});
