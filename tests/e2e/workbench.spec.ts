/**
 * The readiness workbench's AI system inventory (issue 14, item 1): built through the form, kept
 * across reloads, exported and imported as CSV and JSON, tiers taken from the EU AI Act check, and
 * a second tab that must not overwrite the first.
 */
import { readFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import { CHECK_PATH, answerThrough } from './support/aiActCheck';
import { expect, test, type Page } from './support/fixture';
import { ordinarySystem } from '../fixtures/aiActCheck/ordinarySystem';

const WORKBENCH = '/assessment/workbench/';
const WORKSPACE_KEY = 'iso42001:workspace';

interface SystemInput {
  name: string;
  owner: string;
  role?: string;
  lifecycle?: string;
  tier?: string;
  impact?: string;
  impactDate?: string;
  inScope?: boolean;
}

const inventory = (page: Page) => page.getByRole('table', { name: 'AI systems in the inventory' });
const rowOf = (page: Page, name: string) =>
  inventory(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
const notice = (page: Page) => page.getByTestId('tool-notice');
const savedWorkspace = (page: Page) => page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY);

async function fillSystem(page: Page, system: SystemInput) {
  await page.getByLabel('Name', { exact: true }).fill(system.name);
  await page.getByLabel('Owner (a person or a role)').fill(system.owner);
  if (system.role) await page.getByRole('group', { name: 'Our role for this system' }).getByLabel(system.role).check();
  if (system.lifecycle) await page.getByLabel('Lifecycle stage').selectOption({ label: system.lifecycle });
  if (system.tier) await page.getByLabel('EU AI Act tier').selectOption({ label: system.tier });
  if (system.impact) await page.getByLabel('Impact assessment status').selectOption({ label: system.impact });
  if (system.impactDate) await page.getByLabel('Impact assessment date').fill(system.impactDate);
  if (system.inScope === false) await page.getByLabel('In scope of the management system').uncheck();
}

async function addSystem(page: Page, system: SystemInput) {
  await page.getByRole('button', { name: 'Add a system' }).click();
  await fillSystem(page, system);
  await page.getByRole('button', { name: 'Save the system' }).click();
  await expect(rowOf(page, system.name)).toBeVisible();
}

const fileText = async (download: Promise<Download>) => readFileSync((await (await download).path())!, 'utf8');

async function chooseFile(page: Page, button: string, name: string, text: string, mimeType: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name, mimeType, buffer: Buffer.from(text, 'utf8') });
}

const FORM_SYSTEMS: SystemInput[] = [
  {
    name: 'CV screening',
    owner: 'Head of HR',
    role: 'We use AI systems built by others',
    lifecycle: 'Deployed',
    tier: 'High-risk',
    impact: 'Done',
    impactDate: '2026-11-30',
  },
  {
    name: 'Support chatbot',
    owner: 'Customer care lead',
    role: 'We provide AI systems or AI-based services to others',
    lifecycle: 'In development',
    tier: 'Transparency duties only',
    impact: 'In progress',
  },
];

test('an inventory of three systems: built with the form and the keyboard, kept, edited, deleted', async ({ site }) => {
  const { page } = site;
  await site.open(WORKBENCH);
  await expect(page.getByText('No AI systems yet.')).toBeVisible();

  // The first system with the keyboard only: Add, then type, then Enter submits the form.
  await site.tabUntil(page.getByRole('button', { name: 'Add a system' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Add an AI system' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Enter the system’s name.')).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.type('Fraud scoring');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Owner (a person or a role)')).toBeFocused();
  await page.keyboard.type('Risk office');
  await page.keyboard.press('Enter');
  await expect(rowOf(page, 'Fraud scoring')).toContainText('Risk office');
  await expect(page.getByRole('heading', { name: 'AI system inventory', exact: true })).toBeFocused();

  for (const system of FORM_SYSTEMS) await addSystem(page, system);
  await expect(page.getByTestId('in-scope-count')).toHaveText(/^3 of 3 systems in scope/);
  await site.expectNoAxeViolations('/assessment/workbench/ with three systems');

  await site.reload();
  await expect(inventory(page).getByRole('rowheader')).toHaveText(['Fraud scoring', 'CV screening', 'Support chatbot']);
  await expect(rowOf(page, 'CV screening')).toContainText('High-risk (Chosen by hand)');
  await expect(rowOf(page, 'CV screening')).toContainText('Done (2026-11-30)');
  await expect(rowOf(page, 'Support chatbot')).toContainText('In development');

  await page.getByRole('button', { name: 'Edit Support chatbot' }).click();
  await expect(page.getByLabel('Owner (a person or a role)')).toHaveValue('Customer care lead');
  await site.expectNoAxeViolations('/assessment/workbench/ editing a system');
  await page.getByLabel('Owner (a person or a role)').fill('Head of support');
  await page.getByLabel('In scope of the management system').uncheck();
  await page.getByLabel('Why it is in or out of scope').fill('Pilot only, outside the certified scope');
  await page.getByRole('button', { name: 'Save the system' }).click();
  await expect(rowOf(page, 'Support chatbot')).toContainText('Head of support');
  await expect(page.getByTestId('in-scope-count')).toHaveText(/^2 of 3 systems in scope/);

  await page.getByRole('button', { name: 'Delete Fraud scoring' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(rowOf(page, 'Fraud scoring')).toBeVisible();
  await page.getByRole('button', { name: 'Delete Fraud scoring' }).click();
  await page.getByRole('button', { name: 'Yes, delete Fraud scoring' }).click();
  await expect(rowOf(page, 'Fraud scoring')).toHaveCount(0);
  await site.reload();
  await expect(inventory(page).getByRole('rowheader')).toHaveText(['CV screening', 'Support chatbot']);
  await expect(page.getByTestId('in-scope-count')).toHaveText(/^1 of 2 systems in scope/);
});

test('CSV and JSON exports, start fresh, import back; a CSV with a bad row changes nothing', async ({ site }) => {
  const { page } = site;
  await site.open(WORKBENCH);
  for (const system of FORM_SYSTEMS) await addSystem(page, system);

  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the inventory (CSV)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^iso42001-ai-system-inventory-\d{4}-\d\d-\d\d\.csv$/);
  const csv = await fileText(download);
  expect(csv.split(/\r?\n/)[0]).toContain('Name');
  expect(csv).toContain('CV screening');
  expect(csv).toContain('2026-11-30');

  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the inventory (JSON)' }).click();
  const json = JSON.parse(await fileText(download)) as { systems: { name: string; owner: string }[] };
  expect(json.systems.map((system) => [system.name, system.owner])).toEqual(
    FORM_SYSTEMS.map((system) => [system.name, system.owner]),
  );

  await page.getByRole('button', { name: 'Delete all and start fresh' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('No AI systems yet.')).toBeVisible();
  await site.reload();
  await expect(page.getByText('No AI systems yet.')).toBeVisible();

  await chooseFile(
    page,
    'Import an inventory (CSV or JSON)',
    'inventory.json',
    JSON.stringify(json),
    'application/json',
  );
  await expect(notice(page)).toContainText('2 systems imported');
  await expect(inventory(page).getByRole('rowheader')).toHaveText(FORM_SYSTEMS.map((system) => system.name));
  await expect(rowOf(page, 'CV screening')).toContainText('Head of HR');

  // CV screening is the first data row, on line 2: its impossible date refuses the whole file.
  const badCsv = csv.replace('2026-11-30', '2026-02-30').replace('Support chatbot', 'Renamed chatbot');
  const before = await savedWorkspace(page);
  await chooseFile(page, 'Import an inventory (CSV or JSON)', 'inventory.csv', badCsv, 'text/csv');
  await expect(notice(page)).toContainText('The file was refused and nothing was changed');
  await expect(notice(page)).toContainText('line 2');
  await expect(rowOf(page, 'Support chatbot')).toBeVisible();
  expect(await savedWorkspace(page)).toBe(before);

  await chooseFile(
    page,
    'Import an inventory (CSV or JSON)',
    'inventory.csv',
    csv.replace('Support chatbot', 'Renamed chatbot'),
    'text/csv',
  );
  await expect(notice(page)).toContainText('2 systems imported');
  await expect(rowOf(page, 'Renamed chatbot')).toBeVisible();
});

test('the whole workspace goes out and comes back as one file; a foreign file is refused', async ({ site }) => {
  const { page } = site;
  await site.open(WORKBENCH);
  await addSystem(page, FORM_SYSTEMS[0]!);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the whole workspace (JSON)' }).click();
  const exported = await fileText(download);
  expect(JSON.parse(exported)).toMatchObject({ format: 'iso42001-readiness-workspace', version: 3 });

  await page.getByRole('button', { name: 'Delete all and start fresh' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('No AI systems yet.')).toBeVisible();
  await chooseFile(page, 'Import a workspace (JSON)', 'other.json', '{"format":"something-else"}', 'application/json');
  await expect(notice(page)).toContainText('Your workspace has not been changed.');
  await expect(page.getByText('No AI systems yet.')).toBeVisible();
  await chooseFile(page, 'Import a workspace (JSON)', 'workspace.json', exported, 'application/json');
  await expect(notice(page)).toContainText('The workspace was imported (1 systems)');
  await site.reload();
  await expect(rowOf(page, 'CV screening')).toContainText('Head of HR');
});

test('tiers come from the EU AI Act check: a system of the same name is linked, the others added', async ({ site }) => {
  const { page } = site;
  await site.open(CHECK_PATH);
  await answerThrough(page, ordinarySystem);
  await site.open(WORKBENCH);
  await addSystem(page, { name: 'AI system 1', owner: 'Data team' });
  await expect(rowOf(page, 'AI system 1')).toContainText('Not set');
  await page.getByRole('button', { name: 'Take tiers from the EU AI Act check' }).click();
  await expect(notice(page)).toContainText('From the EU AI Act check: 0 added, 1 updated, 1 linked by name.');
  await expect(rowOf(page, 'AI system 1')).toContainText(/Minimal risk \(From the EU AI Act check, \d{4}-\d\d-\d\d\)/);
  await expect(rowOf(page, 'AI system 1')).toContainText('Data team');
  await site.reload();
  await expect(rowOf(page, 'AI system 1')).toContainText('Minimal risk (From the EU AI Act check');
});

test('a second tab becomes read-only with the reload notice when the first one saves', async ({ site, context }) => {
  const { page } = site;
  await site.open(WORKBENCH);
  const other = site.watch(await context.newPage());
  await other.open(WORKBENCH);
  await addSystem(page, FORM_SYSTEMS[0]!);
  await expect.poll(() => savedWorkspace(page)).toContain('CV screening');

  await other.page.bringToFront();
  await expect(other.page.getByText('changed in another tab or window')).toBeVisible();
  await expect(other.page.getByRole('button', { name: 'Add a system' })).toBeDisabled();
  await expect(other.page.getByRole('button', { name: 'Import a workspace (JSON)' })).toBeDisabled();
  await other.expectNoAxeViolations('/assessment/workbench/ read-only');
  await other.page.getByRole('button', { name: 'Reload' }).click();
  await other.waitForIslands();
  await expect(rowOf(other.page, 'CV screening')).toBeVisible();
  await expect(other.page.getByRole('button', { name: 'Add a system' })).toBeEnabled();
});
