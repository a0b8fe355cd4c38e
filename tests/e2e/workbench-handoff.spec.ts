/**
 * The sealed hand-off (issue 15, item 5): the client seals the workbench into a link (random key or
 * passphrase) or a file; the consultancy opens it in a fresh browser, sees it read-only, and imports
 * it only after a confirmation that says what goes. Damaged links change nothing.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { RESULTS_STEP } from '../../src/lib/assessment/steps';
import { JOURNEY_SCOPING, journeyAnswers, savedAssessment } from './support/assessment';
import { expect, test, type Site } from './support/fixture';

const WORKBENCH = '/assessment/workbench/';
const OPEN_PAGE = '/assessment/workbench/open/';
const WORKSPACE_KEY = 'iso42001:workspace';
const ASSESSMENT_KEY = 'iso42001:assessment';
const PASSPHRASE = 'orange lantern harbour quietly';

// Two browsers, several axe runs and PBKDF2 in each test: more than a minute on the shared machine.
test.slow();

const stored = (page: Page) =>
  page.evaluate((keys) => keys.map((key) => localStorage.getItem(key)), [WORKSPACE_KEY, ASSESSMENT_KEY]);
const linkField = (page: Page) => page.getByRole('textbox', { name: /^Sealed link \(\d+ characters\)$/ });

async function addSystem(page: Page, name: string, owner: string) {
  await page.getByRole('button', { name: 'Add a system' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Owner (a person or a role)').fill(owner);
  await page.getByRole('button', { name: 'Save the system' }).click();
  await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY)).toContain(name);
}

async function openShareView(site: Site) {
  await site.page.getByRole('tab', { name: 'Send to the consultancy' }).click();
  await expect(site.page.getByRole('heading', { name: 'Send your workspace to the consultancy' })).toBeVisible();
}

/** A colleague's browser: its own storage, with the consultant's own workspace already saved. */
async function consultantBrowser(site: Site, browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL: baseURL! });
  const consultant = site.watch(await context.newPage());
  await consultant.open(WORKBENCH);
  await addSystem(consultant.page, 'Consultancy demo system', 'Consultant');
  return { consultant, context, before: await stored(consultant.page) };
}

/** The body of a sealed link with one character changed in its middle. */
function tampered(link: string): string {
  const at = link.length - 60;
  return link.slice(0, at) + (link.charAt(at) === 'A' ? 'B' : 'A') + link.slice(at + 1);
}

test('a link with a random key: sealed, opened read-only in a fresh browser, damaged copies refused, then imported', async ({
  site,
  browser,
  baseURL,
  context,
}) => {
  const { page } = site;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await site.storeBeforeLoad(
    savedAssessment({ scoping: JOURNEY_SCOPING, answers: journeyAnswers(), step: RESULTS_STEP }),
  );
  await site.open(WORKBENCH);
  await addSystem(page, 'Claims triage', 'Risk office');
  await openShareView(site);
  await expect(page.getByRole('radio', { name: /A random key inside the link/ })).toBeChecked();
  await site.expectNoAxeViolations('share view');

  await page.getByRole('button', { name: 'Create a sealed link' }).click();
  await expect(page.getByRole('heading', { name: 'Your sealed link' })).toBeFocused();
  const link = await linkField(page).inputValue();
  expect(link.startsWith(`${new URL(baseURL!).origin}${OPEN_PAGE}#h1k.`)).toBe(true);
  expect(link.length).toBeLessThanOrEqual(2000);
  for (const clear of ['Claims', 'Risk office', 'provider', '50-500']) expect(link).not.toContain(clear);
  const mailto = new URL(
    (await page.getByRole('link', { name: 'Write an e-mail with the link' }).getAttribute('href'))!,
  );
  expect(mailto.protocol).toBe('mailto:');
  expect(mailto.searchParams.get('body')).toContain(link);
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await expect(page.getByText('The link was copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await site.expectNoAxeViolations('share view with a link');

  const { consultant, context: consultantContext, before } = await consultantBrowser(site, browser, baseURL);
  const other = consultant.page;
  await consultant.open(tampered(link));
  await expect(other.getByRole('heading', { name: 'The hand-off could not be opened' })).toBeFocused();
  await expect(other.getByRole('alert')).toContainText('changed or damaged after it was sealed');
  await expect(other.getByRole('alert')).toContainText('Nothing in this browser was changed.');
  await consultant.expectNoAxeViolations('open page, tampered link');
  // Only the fragment differs: the page follows it without a reload.
  await other.goto(link.slice(0, -40));
  await expect(other.getByRole('alert')).toContainText('This link is incomplete: its end was cut off');
  expect(await stored(other)).toEqual(before);

  await consultant.open(link);
  await expect(other.getByRole('heading', { name: 'Received workspace (read-only)' })).toBeFocused();
  const answers = Object.values(journeyAnswers());
  const credit = answers.reduce(
    (sum, answer) => sum + (answer.status === 'implemented' ? 1 : answer.status === 'partial' ? 0.5 : 0),
    0,
  );
  const applicable = answers.filter((answer) => answer.status !== 'not-applicable').length;
  await expect(other.getByTestId('received-readiness')).toContainText(
    `Overall readiness: ${Math.round((credit / applicable) * 100)}% (${answers.length} of ${answers.length} questions answered).`,
  );
  const inventory = other.getByRole('table', { name: 'AI systems in the received inventory' });
  await expect(inventory.getByRole('rowheader')).toHaveText(['Claims triage']);
  await expect(inventory.getByRole('row', { name: /Claims triage/ })).toContainText('Risk office');
  await expect(other.getByRole('table', { name: /^The most urgent gaps, 10 of \d+$/ })).toBeVisible();
  const estimate = await other.getByRole('link', { name: 'Open a pre-filled estimate' }).getAttribute('href');
  expect(Object.fromEntries(new URLSearchParams(estimate!.split('#')[1]))).toMatchObject({
    size: '50-500',
    systems: '4',
    role: 'provider',
  });
  await consultant.expectNoAxeViolations('open page, received workspace');
  expect(await stored(other), 'opening writes nothing').toEqual(before);

  await other.getByRole('button', { name: 'Import into this browser' }).click();
  await expect(
    other.getByText(/^Importing replaces what this browser holds: its workspace \(AI systems: 1; answers: 0;/),
  ).toBeFocused();
  await other.getByRole('button', { name: 'Cancel' }).click();
  expect(await stored(other)).toEqual(before);
  await other.getByRole('button', { name: 'Import into this browser' }).click();
  await consultant.expectNoAxeViolations('open page, import confirmation');
  await other.getByRole('button', { name: 'Yes, replace my workspace' }).click();
  await expect(other.getByText('The workspace was imported into this browser.')).toBeVisible();
  await expect.poll(async () => (await stored(other))[0]).toContain('Claims triage');
  expect((await stored(other))[0]).not.toContain('Consultancy demo system');

  await other.getByRole('link', { name: 'Open it in the workbench' }).click();
  await consultant.waitForIslands();
  await expect(other.getByRole('rowheader', { name: 'Claims triage', exact: true })).toBeVisible();
  await expect(other.getByRole('rowheader', { name: 'Consultancy demo system' })).toHaveCount(0);
  await consultant.open(estimate!);
  await expect(other.getByLabel('Number of AI systems in scope')).toHaveValue('4');
  await consultantContext.close();
});

test('a passphrase given separately: weak hint, wrong passphrase refused and retried, then opened', async ({
  site,
  browser,
  baseURL,
}) => {
  const { page } = site;
  await site.open(WORKBENCH);
  await addSystem(page, 'Fraud scoring', 'Risk office');
  await openShareView(site);
  await page.getByRole('radio', { name: /A passphrase I give separately/ }).check();
  await page.getByRole('button', { name: 'Create a sealed link' }).click();
  await expect(page.getByRole('textbox', { name: 'Passphrase' })).toBeFocused();
  await expect(page.getByText('Type the passphrase you will give the consultancy.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Passphrase' }).fill('abc123');
  await expect(page.getByText(/^Strength: weak/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Passphrase' }).fill(PASSPHRASE);
  await expect(page.getByText(/^Strength: strong/)).toBeVisible();
  await site.expectNoAxeViolations('share view, passphrase');
  await page.getByRole('button', { name: 'Create a sealed link' }).click();
  await expect(page.getByRole('heading', { name: 'Your sealed link' })).toBeFocused();
  await expect(page.getByText('Give the passphrase to the consultancy separately')).toBeVisible();
  const link = await linkField(page).inputValue();
  expect(link).toContain(`${OPEN_PAGE}#h1p.`);
  for (const clear of ['orange', 'lantern', 'Fraud']) expect(link).not.toContain(clear);

  const { consultant, context, before } = await consultantBrowser(site, browser, baseURL);
  const other = consultant.page;
  await consultant.open(link);
  await expect(other.getByRole('heading', { name: 'Enter the passphrase' })).toBeVisible();
  await expect(other.getByRole('textbox', { name: 'Passphrase' })).toBeFocused();
  await other.getByRole('button', { name: 'Open' }).click();
  await expect(other.getByText('Type the passphrase.')).toBeVisible();
  await other.getByRole('textbox', { name: 'Passphrase' }).fill('orange lantern harbour quietly!');
  await other.getByRole('button', { name: 'Open' }).click();
  await expect(other.getByRole('alert')).toContainText('This passphrase does not open the hand-off');
  await expect(other.getByRole('textbox', { name: 'Passphrase' })).toBeFocused();
  await consultant.expectNoAxeViolations('open page, wrong passphrase');
  expect(await stored(other)).toEqual(before);

  await other.getByRole('textbox', { name: 'Passphrase' }).fill(PASSPHRASE);
  await other.getByRole('button', { name: 'Open' }).click();
  await expect(other.getByRole('heading', { name: 'Received workspace (read-only)' })).toBeFocused();
  await expect(other.getByRole('rowheader', { name: 'Fraud scoring' })).toBeVisible();
  await expect(other.getByText('The sender has not finished the scoping step')).toBeVisible();
  expect(await stored(other)).toEqual(before);
  await context.close();
});

/** Purposes of seeded random letters, which compress poorly: enough of them make the link too long for e-mail. */
function largeInventoryCsv(count: number): string {
  let seed = 42;
  const letter = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return 'abcdefghijklmnopqrstuvwxyz '[seed % 27];
  };
  const rows = Array.from({ length: count }, (_, index) => {
    const purpose = Array.from({ length: 80 }, letter).join('');
    return `System ${index + 1},${purpose},Owner ${index + 1}`;
  });
  return ['Name,Purpose,Owner', ...rows].join('\n');
}

test('a workspace too large for an e-mail link becomes an encrypted file, which the open page reads', async ({
  site,
  browser,
  baseURL,
}) => {
  const { page } = site;
  await site.open(WORKBENCH);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import an inventory (CSV or JSON)' }).click();
  await (
    await chooser
  ).setFiles({ name: 'inventory.csv', mimeType: 'text/csv', buffer: Buffer.from(largeInventoryCsv(60), 'utf8') });
  await expect(page.getByText('60 systems imported; they replace the inventory.')).toBeVisible();
  await openShareView(site);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Create a sealed link' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^iso42001-sealed-handoff-\d{4}-\d\d-\d\d\.json$/);
  await expect(page.getByRole('heading', { name: 'Your sealed file' })).toBeFocused();
  await expect(
    page.getByText(/^The link would be \d+ characters long: mail programs break links longer than 2000/),
  ).toBeVisible();
  const fileText = readFileSync((await file.path())!, 'utf8');
  expect(JSON.parse(fileText)).toMatchObject({ type: 'iso42001-sealed-handoff', version: 1 });
  for (const clear of ['System 1', 'Owner 1']) expect(fileText).not.toContain(clear);
  await site.expectNoAxeViolations('share view with a file');

  const { consultant, context, before } = await consultantBrowser(site, browser, baseURL);
  const other = consultant.page;
  await consultant.open(OPEN_PAGE);
  await expect(other.getByRole('heading', { name: 'Open a sealed hand-off' })).toBeVisible();
  await consultant.expectNoAxeViolations('open page, nothing to open');
  await other.getByLabel('Open a sealed hand-off file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await expect(other.getByRole('alert')).toContainText('This file is not a hand-off file');
  await other.getByLabel('Open a sealed hand-off file').setInputFiles({
    name: file.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(fileText, 'utf8'),
  });
  await expect(other.getByRole('heading', { name: 'Received workspace (read-only)' })).toBeFocused();
  await expect(
    other.getByRole('table', { name: 'AI systems in the received inventory' }).getByRole('rowheader'),
  ).toHaveCount(60);
  expect(await stored(other)).toEqual(before);
  await context.close();
});
