/**
 * Several workspaces in one browser (issue 15, item 1): made, renamed, duplicated, opened and
 * deleted in the manager, each keeping its own inventory under its own key; the selection survives
 * a reload; today's single workspace stays, untouched, as the first one; and a second tab is held
 * read-only only when the workspace it shows was saved elsewhere.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './support/fixture';

const WORKBENCH = '/assessment/workbench/';
const DEFAULT_KEY = 'iso42001:workspace';
const INDEX_KEY = 'iso42001:workspaces';
const TODAYS_WORKSPACE = readFileSync('tests/fixtures/saved/workspace-v3.json', 'utf8').trim();

// Each test walks a whole story through several workspaces (and tabs): more than a minute on a busy machine.
test.slow();

const inventory = (page: Page) => page.getByRole('table', { name: 'AI systems in the inventory' });
const systemNames = (page: Page) => inventory(page).getByRole('rowheader');
const workspaceTable = (page: Page) =>
  page.getByRole('table', { name: 'Workspaces, with their last change and readiness' });
const workspaceNames = (page: Page) => workspaceTable(page).getByRole('rowheader');
const openWorkspace = (page: Page, name: string) =>
  expect(page.getByText(`Workspace: ${name}`, { exact: true })).toBeVisible();
const status = (page: Page) => page.getByRole('region', { name: 'Workspaces in this browser' }).getByRole('status');
const stored = (page: Page, key: string) => page.evaluate((name) => localStorage.getItem(name), key);
/** Each workspace's key from the saved list, by name. */
const keysByName = (page: Page) =>
  page.evaluate((indexKey) => {
    const list = JSON.parse(localStorage.getItem(indexKey) ?? '{"workspaces":[]}') as {
      workspaces: { id: string; name: string }[];
    };
    return Object.fromEntries(
      list.workspaces.map(({ id, name }) => [name, id === 'default' ? 'iso42001:workspace' : `${indexKey}:${id}`]),
    );
  }, INDEX_KEY);

async function addSystem(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add a system' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Save the system' }).click();
  await expect(inventory(page).getByRole('rowheader', { name, exact: true })).toBeVisible();
}

async function showManager(page: Page) {
  await page.getByRole('button', { name: 'Manage workspaces' }).click();
  await expect(page.getByRole('heading', { name: 'Workspaces in this browser' })).toBeFocused();
}

async function createWorkspace(page: Page, name: string) {
  await page.getByLabel('Name of the new workspace').fill(name);
  await page.getByRole('button', { name: 'Create the workspace' }).click();
  await expect(status(page)).toHaveText(`${name} was created and is open.`);
  await openWorkspace(page, name);
}

test('workspaces are made, renamed, duplicated and opened, each with its own inventory, and deleted after confirmation', async ({
  site,
}) => {
  const { page } = site;
  await site.open(WORKBENCH);
  await openWorkspace(page, 'Main workspace');
  await addSystem(page, 'Group HR screening');

  await showManager(page);
  await expect(workspaceNames(page)).toHaveText(['Main workspace (open)']);
  await expect(page.getByRole('button', { name: 'Delete Main workspace' })).toHaveCount(0);
  await site.expectNoAxeViolations('/assessment/workbench/ workspace manager');

  await page.getByRole('button', { name: 'Create the workspace' }).click();
  await expect(page.getByText('Enter a name.')).toBeVisible();
  await expect(page.getByLabel('Name of the new workspace')).toHaveAttribute('aria-invalid', 'true');
  await createWorkspace(page, 'Retail banking');
  await expect(page.getByText('No AI systems yet.')).toBeVisible();
  await addSystem(page, 'Branch chatbot');

  // Each workspace under its own key: the new one's system is not in the default's.
  await expect.poll(async () => (await keysByName(page))['Retail banking']).toBeTruthy();
  const retailKey = (await keysByName(page))['Retail banking']!;
  await expect.poll(() => stored(page, retailKey)).toContain('Branch chatbot');
  expect(await stored(page, DEFAULT_KEY)).toContain('Group HR screening');
  expect(await stored(page, DEFAULT_KEY)).not.toContain('Branch chatbot');

  await page.getByRole('button', { name: 'Rename Retail banking' }).click();
  await expect(page.getByRole('heading', { name: 'Rename Retail banking' })).toBeFocused();
  await page.getByLabel('New name').fill('main WORKSPACE');
  await page.getByRole('button', { name: 'Save the name' }).click();
  await expect(page.getByText('Another workspace has this name: choose another.')).toBeVisible();
  await page.getByLabel('New name').fill('Retail');
  await page.getByRole('button', { name: 'Save the name' }).click();
  await expect(status(page)).toHaveText('The workspace is now called Retail.');
  await openWorkspace(page, 'Retail');

  await page.getByRole('button', { name: 'Duplicate Retail' }).click();
  await expect(status(page)).toHaveText('Retail was duplicated as Copy of Retail.');
  await expect(workspaceNames(page)).toHaveText(['Main workspace', 'Retail (open)', 'Copy of Retail']);

  await page.getByRole('button', { name: 'Open Main workspace' }).click();
  await openWorkspace(page, 'Main workspace');
  await expect(systemNames(page)).toHaveText(['Group HR screening']);
  await page.getByRole('button', { name: 'Open Copy of Retail' }).click();
  await openWorkspace(page, 'Copy of Retail');
  await expect(systemNames(page)).toHaveText(['Branch chatbot']);
  await addSystem(page, 'Copy-only pilot');
  await page.getByRole('button', { name: 'Open Retail' }).click();
  await expect(systemNames(page)).toHaveText(['Branch chatbot']);

  // The list shows each one's inventory size as last saved.
  await expect(workspaceTable(page).getByRole('row').filter({ hasText: 'Copy of Retail' })).toContainText('2');

  await site.reload();
  await openWorkspace(page, 'Retail');
  await expect(systemNames(page)).toHaveText(['Branch chatbot']);

  await showManager(page);
  const copyKey = (await keysByName(page))['Copy of Retail']!;
  await page.getByRole('button', { name: 'Delete Copy of Retail' }).click();
  await expect(page.getByRole('group', { name: 'Delete' })).toBeFocused();
  await site.expectNoAxeViolations('/assessment/workbench/ confirming a workspace deletion');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(workspaceNames(page)).toHaveText(['Main workspace', 'Retail (open)', 'Copy of Retail']);
  await page.getByRole('button', { name: 'Delete Copy of Retail' }).click();
  await page.getByRole('button', { name: 'Yes, delete Copy of Retail' }).click();
  await expect(status(page)).toHaveText('Copy of Retail was deleted.');
  await expect(workspaceNames(page)).toHaveText(['Main workspace', 'Retail (open)']);
  expect(await stored(page, copyKey)).toBeNull();

  await page.getByRole('button', { name: 'Close the workspace manager' }).click();
  await expect(page.getByRole('button', { name: 'Manage workspaces' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Manage workspaces' })).toHaveAttribute('aria-expanded', 'false');
});

test('the workspace saved before several were possible stays, unchanged, as the first one', async ({ site }) => {
  const { page } = site;
  await site.storeBeforeLoad({ [DEFAULT_KEY]: TODAYS_WORKSPACE });
  await site.open(WORKBENCH);
  await openWorkspace(page, 'Main workspace');
  await expect(systemNames(page)).toHaveText(['CV screening', 'Support chatbot']);
  await showManager(page);
  const row = workspaceTable(page).getByRole('row').filter({ hasText: 'Main workspace (open)' });
  await expect(row).toContainText('2026-12-01');
  await expect(row).toContainText(/\d+ % \(4 of \d+ questions answered\)/);

  await createWorkspace(page, 'Subsidiary');
  await expect.poll(() => stored(page, INDEX_KEY)).toContain('Subsidiary');
  expect(await stored(page, DEFAULT_KEY)).toBe(TODAYS_WORKSPACE);
  await page.getByRole('button', { name: 'Open Main workspace' }).click();
  await expect(systemNames(page)).toHaveText(['CV screening', 'Support chatbot']);
});

test('a second tab is held read-only only when its own workspace was saved elsewhere', async ({ site, context }) => {
  const { page } = site;
  await site.open(WORKBENCH);
  await showManager(page);
  await createWorkspace(page, 'Retail');
  const other = site.watch(await context.newPage());
  await other.open(WORKBENCH);
  await openWorkspace(other.page, 'Retail');
  await showManager(other.page);
  await other.page.getByRole('button', { name: 'Open Main workspace' }).click();
  await openWorkspace(other.page, 'Main workspace');

  // The first tab saves Retail: the second, showing the main workspace, may go on.
  await addSystem(page, 'Branch chatbot');
  await expect.poll(async () => stored(page, (await keysByName(page))['Retail']!)).toContain('Branch chatbot');
  await other.page.bringToFront();
  await addSystem(other.page, 'Group HR screening');
  await expect(other.page.getByText('changed in another tab or window')).toHaveCount(0);

  // The second tab opens Retail, then the first saves it again: now the second must reload.
  await other.page.getByRole('button', { name: 'Open Retail' }).click();
  await expect(systemNames(other.page)).toHaveText(['Branch chatbot']);
  await page.bringToFront();
  await addSystem(page, 'Card fraud scoring');
  await expect.poll(async () => stored(page, (await keysByName(page))['Retail']!)).toContain('Card fraud scoring');
  await other.page.bringToFront();
  await expect(other.page.getByText('changed in another tab or window')).toBeVisible();
  await expect(other.page.getByRole('button', { name: 'Add a system' })).toBeDisabled();
  await other.expectNoAxeViolations('/assessment/workbench/ read-only workspace');
  await other.page.getByRole('button', { name: 'Reload' }).click();
  await other.waitForIslands();
  await openWorkspace(other.page, 'Retail');
  await expect(systemNames(other.page)).toHaveText(['Branch chatbot', 'Card fraud scoring']);
});
