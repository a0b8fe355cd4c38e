/**
 * One inventory, not two (issues 13 and 14): the EU AI Act check classifies the records of the
 * workbench's inventory, whose tiers then come from the check; a system added in the check joins
 * the inventory when asked; the assessment's scoping count comes from the inventory; and the check
 * deletes all it saved, after confirmation, without touching the workbench's data.
 */
import { CHECK_KEY, CHECK_PATH, answerThrough } from './support/aiActCheck';
import { expect, test, type Page } from './support/fixture';
import { ordinarySystem } from '../fixtures/aiActCheck/ordinarySystem';

const WORKBENCH = '/assessment/workbench/';
const WORKSPACE_KEY = 'iso42001:workspace';
const cvScreening = { ...ordinarySystem, 'annex-iii': 'employment', profiling: 'yes' };

const stored = (page: Page, key: string) => page.evaluate((name) => localStorage.getItem(name), key);
const rowOf = (page: Page, name: string) =>
  page
    .getByRole('table', { name: 'AI systems in the inventory' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
const checkSystems = (page: Page) => page.getByRole('region', { name: 'Your AI systems' }).getByRole('listitem');

async function addToInventory(page: Page, name: string, inScope = true) {
  await page.getByRole('button', { name: 'Add a system' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  if (!inScope) await page.getByLabel('In scope of the management system').uncheck();
  await page.getByRole('button', { name: 'Save the system' }).click();
  await expect(rowOf(page, name)).toBeVisible();
}

async function inventoryOfTwo(site: { open: (path: string) => Promise<unknown>; page: Page }, inScope = true) {
  await site.open(WORKBENCH);
  await addToInventory(site.page, 'CV screening');
  await addToInventory(site.page, 'Support chatbot', inScope);
  await expect.poll(() => stored(site.page, WORKSPACE_KEY)).toContain('Support chatbot');
}

test("the check classifies the inventory's records, and the workbench takes their tiers", async ({ site }) => {
  // Three pages, two tools and axe: a long journey on a busy machine.
  test.slow();
  const { page } = site;
  await inventoryOfTwo(site);
  const workspaceBefore = await stored(page, WORKSPACE_KEY);

  await site.open(CHECK_PATH);
  await expect(checkSystems(page)).toHaveCount(2);
  await expect(checkSystems(page).nth(0)).toContainText('CV screening (open): Not finished (in your inventory)');
  await expect(checkSystems(page).nth(1)).toContainText('Support chatbot');
  await expect(page.getByRole('button', { name: 'Rename CV screening' })).toHaveCount(0);
  await site.expectNoAxeViolations('/eu-ai-act/check/ with the inventory');
  await answerThrough(page, cvScreening);
  await expect(page.getByRole('heading', { name: 'Outcome for CV screening' })).toBeVisible();
  await expect.poll(() => stored(page, CHECK_KEY)).toContain('"tier":"high-risk"');
  // The check never writes the workbench's data.
  expect(await stored(page, WORKSPACE_KEY)).toBe(workspaceBefore);

  // A name the inventory holds opens its record; a new one can be sent to the inventory.
  await page.getByLabel('Name of the new system').fill('support  CHATBOT');
  await page.getByRole('button', { name: 'Add a system' }).click();
  await expect(page.getByTestId('tool-notice')).toContainText('Support chatbot is already in your inventory');
  await expect(checkSystems(page)).toHaveCount(2);
  await page.getByLabel('Name of the new system').fill('Credit scoring');
  await page.getByRole('button', { name: 'Add a system' }).click();
  await expect(checkSystems(page)).toHaveCount(3);
  await page.getByRole('button', { name: 'Add to the inventory Credit scoring' }).click();
  await expect(checkSystems(page).nth(2)).toContainText('Joins the inventory when you next open the workbench.');
  await expect.poll(() => stored(page, CHECK_KEY)).toContain('"toInventory":true');

  await site.open(WORKBENCH);
  await expect(page.getByTestId('tool-notice')).toContainText(
    'Taken from the EU AI Act check in this browser: 2 systems updated with their tier, 1 added to the inventory.',
  );
  await expect(rowOf(page, 'CV screening')).toContainText(/High-risk \(From the EU AI Act check, \d{4}-\d\d-\d\d\)/);
  await expect(rowOf(page, 'Support chatbot')).toContainText('Not set');
  await expect(rowOf(page, 'Credit scoring')).toBeVisible();
  await expect.poll(() => stored(page, WORKSPACE_KEY)).toContain('Credit scoring');

  // Nothing new on the next visit, and the check now lists three inventory records.
  await site.reload();
  await expect(page.getByTestId('tool-notice')).toHaveCount(0);
  await site.open(CHECK_PATH);
  await expect(checkSystems(page)).toHaveCount(3);
  await expect(checkSystems(page).nth(2)).toContainText(/^Credit scoring\b.*\(in your inventory\)/);
  await expect(checkSystems(page).nth(0)).toContainText(/^CV screening\s*: High-risk \(in your inventory\)/);
});

test("the assessment's scoping count comes from the inventory, and can be taken again", async ({ site }) => {
  test.slow();
  const { page } = site;
  await inventoryOfTwo(site, false);
  await site.open('/assessment/');
  const count = page.getByLabel('How many AI systems would the management system cover?');
  const note = page.getByTestId('inventory-count-note');
  await expect(count).toHaveValue('1');
  await expect(note).toContainText('lists 2 systems. Systems in scope: 1. Your answer matches it.');
  await site.expectNoAxeViolations('/assessment/ with the inventory note');
  await count.fill('5');
  await expect.poll(() => stored(page, 'iso42001:assessment')).toContain('"aiSystemCount":5');
  await site.reload();
  // The visitor's own answer stays: the inventory only fills an unanswered question.
  await expect(count).toHaveValue('5');
  await note.getByRole('button', { name: "Use the inventory's count" }).click();
  await expect(count).toHaveValue('1');
  await expect(note).toContainText('Your answer matches it.');
  await expect(note.getByRole('link', { name: 'Open the inventory' })).toHaveAttribute(
    'href',
    '/assessment/workbench/#inventory',
  );
});

test('the check deletes all it saved after confirmation, and leaves the inventory alone', async ({ site }) => {
  const { page } = site;
  await inventoryOfTwo(site);
  const workspace = await stored(page, WORKSPACE_KEY);
  await site.open(CHECK_PATH);
  await answerThrough(page, ordinarySystem);
  await expect.poll(() => stored(page, CHECK_KEY)).not.toBeNull();

  await page.getByRole('button', { name: 'Delete all systems' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all systems and answers?' });
  await expect(dialog).toContainText('the check’s saved systems and answers');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await site.expectNoAxeViolations('/eu-ai-act/check/ delete all dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await stored(page, CHECK_KEY)).not.toBeNull();

  await page.getByRole('button', { name: 'Delete all systems' }).click();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByTestId('tool-notice')).toContainText('All systems and answers of the check were deleted');
  await expect.poll(() => stored(page, CHECK_KEY)).toBeNull();
  await expect(checkSystems(page).nth(0)).toContainText('CV screening (open): Not finished');
  expect(await stored(page, WORKSPACE_KEY)).toBe(workspace);
  await site.reload();
  await expect(checkSystems(page)).toHaveCount(2);
  await expect(checkSystems(page).nth(0)).toContainText('Not finished');
});
