/**
 * The workbench's evidence register and its results and gaps (issue 14, items 3 and 4): items added
 * with the keyboard, the form and a control page's suggestion, their states on the test's own day,
 * the results' figures and gap items following them, and a deletion.
 */
import { expect, test, type Page } from './support/fixture';

const WORKBENCH = '/assessment/workbench/';
const WORKSPACE_KEY = 'iso42001:workspace';

/** `day` (YYYY-MM-DD) moved by `days` calendar days. */
function shiftDay(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** The browser's own day, which the page judges states on. */
const browserToday = (page: Page) =>
  page.evaluate(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });

const register = (page: Page) => page.getByRole('table', { name: 'Evidence in the register' });
const controlTable = (page: Page) => page.getByRole('table', { name: 'Evidence state of each applicable control' });
const rowOf = (table: ReturnType<typeof register>, header: string | RegExp) =>
  table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: header }) });
const controlRow = (page: Page, controlId: string) =>
  rowOf(controlTable(page), new RegExp(`^${controlId.replaceAll('.', '\\.')} `));
const gapList = (page: Page) => page.getByRole('list', { name: 'What to do next' });
const savedWorkspace = (page: Page) => page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY);

interface ItemInput {
  title: string;
  location: string;
  owner: string;
  controls: string;
  lastReviewed: string;
  reviewBy: string;
}

async function fillItem(page: Page, item: Partial<ItemInput>) {
  if (item.title !== undefined) await page.getByLabel('Title', { exact: true }).fill(item.title);
  if (item.location !== undefined) await page.getByLabel('Where it lives (a URL or a path)').fill(item.location);
  if (item.owner !== undefined) await page.getByLabel('Owner (a person or a role)').fill(item.owner);
  if (item.controls !== undefined)
    await page.getByLabel('Annex A controls it supports (separate with ;)').fill(item.controls);
  if (item.lastReviewed !== undefined) await page.getByLabel('Last reviewed').fill(item.lastReviewed);
  if (item.reviewBy !== undefined) await page.getByLabel('Review by').fill(item.reviewBy);
}

async function addItem(page: Page, item: ItemInput) {
  await page.getByRole('button', { name: 'Add an evidence item' }).click();
  await fillItem(page, item);
  await page.getByRole('button', { name: 'Save the evidence item' }).click();
  await expect(rowOf(register(page), item.title)).toBeVisible();
}

async function showView(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

test('evidence that is current, due soon and overdue moves the states, the figures and the gaps', async ({ site }) => {
  // One story through both views with two axe runs: longer than one minute on a busy machine.
  test.slow();
  const { page } = site;
  await site.open(`${WORKBENCH}#results`);
  const today = await browserToday(page);
  const applicable = async () => {
    await showView(page, 'Evidence');
    await expect(controlTable(page)).toBeVisible();
    return controlTable(page)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader') })
      .count();
  };

  // With no answers and an empty register, the figure comes from the answers and nothing is a gap.
  await expect(page.getByTestId('documented-evidenced')).toContainText('from your assessment answers');
  await expect(page.getByText('No gaps:')).toBeVisible();
  const controls = await applicable();
  expect(controls).toBeGreaterThan(4);
  await expect(page.getByText('No evidence yet.')).toBeVisible();
  await expect(controlRow(page, 'A.2.2')).toContainText('Missing');

  // The first item with the keyboard only: no review-by date, so it is current.
  await site.tabUntil(page.getByRole('button', { name: 'Add an evidence item' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Add an evidence item' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Title', { exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Enter what the evidence is.')).toBeVisible();
  await page.keyboard.type('AI policy v2, signed');
  await page.keyboard.press('Tab');
  await page.keyboard.type('https://intranet.example/policies/ai-policy.pdf');
  await page.keyboard.press('Tab');
  await page.keyboard.type('CISO');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Annex A controls it supports (separate with ;)')).toBeFocused();
  await page.keyboard.type('a.2.2; A.99.9');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Not an Annex A control: A.99.9.')).toBeVisible();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Evidence register', exact: true })).toBeFocused();
  const policy = rowOf(register(page), 'AI policy v2, signed');
  await expect(policy).toContainText('A.2.2');
  await expect(policy).toContainText('Current');
  const link = policy.getByRole('link', { name: 'https://intranet.example/policies/ai-policy.pdf' });
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

  await addItem(page, {
    title: 'Risk assessment records 2026',
    location: '\\\\fileserver\\risk\\2026',
    owner: 'Risk office',
    controls: 'A.6.1.2',
    lastReviewed: shiftDay(today, -300),
    reviewBy: shiftDay(today, 10),
  });
  const overdueOn = shiftDay(today, -5);
  await addItem(page, {
    title: 'Event log sample',
    location: 'SharePoint > Operations > Logs',
    owner: 'Platform lead',
    controls: 'A.6.2.8',
    lastReviewed: shiftDay(today, -400),
    reviewBy: overdueOn,
  });
  const risk = rowOf(register(page), 'Risk assessment records 2026');
  await expect(risk).toContainText('Due within 30 days');
  await expect(risk.getByRole('link')).toHaveCount(0);
  await expect(rowOf(register(page), 'Event log sample')).toContainText('Overdue');

  // A suggestion from the A.5.2 control page opens the form with its title and control.
  await page.getByLabel('Control', { exact: true }).selectOption('A.5.2');
  const suggestions = page.getByRole('list', { name: 'What an auditor expects for A.5.2' });
  const firstSuggestion = suggestions.getByRole('button', { name: /^Add this suggestion: / }).first();
  const suggested = (await firstSuggestion.getAttribute('aria-label'))!.replace('Add this suggestion: ', '');
  await firstSuggestion.click();
  await expect(page.getByRole('heading', { name: 'Add an evidence item' })).toBeFocused();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(suggested);
  await expect(page.getByLabel('Annex A controls it supports (separate with ;)')).toHaveValue('A.5.2');
  await fillItem(page, { lastReviewed: shiftDay(today, -1), reviewBy: shiftDay(today, 200) });
  await page.getByRole('button', { name: 'Save the evidence item' }).click();
  await expect(rowOf(register(page), suggested)).toContainText('Current');
  await expect(suggestions.getByRole('listitem').filter({ hasText: suggested })).toContainText('In the register');

  await expect(page.getByTestId('evidence-summary')).toHaveText(
    '4 items: 2 current, 1 due for review within 30 days, 1 overdue.',
  );
  await expect(controlRow(page, 'A.2.2')).toContainText('Current');
  await expect(controlRow(page, 'A.6.1.2')).toContainText('Due within 30 days');
  await expect(controlRow(page, 'A.6.2.8')).toContainText('Overdue');
  await expect(controlRow(page, 'A.5.2')).toContainText('Current');
  await expect(controlRow(page, 'A.2.3')).toContainText('Missing');
  await expect.poll(async () => JSON.parse((await savedWorkspace(page)) ?? '{}').evidence?.items?.length).toBe(4);
  await site.expectNoAxeViolations('/assessment/workbench/#evidence with four items');

  // Evidenced: reviewed and not overdue (A.6.1.2 and A.5.2); A.2.2 was never reviewed, A.6.2.8 is overdue.
  await showView(page, 'Results and gaps');
  await expect(page.getByTestId('documented-evidenced')).toHaveText(
    `2 of ${controls} applicable controls are documented and evidenced, from the evidence register. 2 are documented but not yet evidenced.`,
  );
  await expect(page.getByTestId('control-states')).toContainText(
    `2 current, 1 due within 30 days, 1 overdue, ${controls - 4} missing.`,
  );
  const overdueGap = gapList(page).getByRole('listitem').filter({ hasText: 'Evidence overdue for review' });
  await expect(overdueGap).toContainText(`“Event log sample” was due for review on ${overdueOn}.`);
  await expect(gapList(page).getByRole('listitem').filter({ hasText: 'Control without evidence' })).toHaveCount(
    controls - 4,
  );
  await expect(gapList(page).getByRole('listitem')).toHaveCount(controls - 3);
  const missingPolicyAlignment = gapList(page)
    .getByRole('listitem')
    .filter({ hasText: /^.*A\.2\.3 .*no item in the register supports it/ });
  await expect(missingPolicyAlignment.getByRole('link', { name: 'What an auditor expects for A.2.3' })).toHaveAttribute(
    'href',
    '/controls/a-2-3/',
  );
  await site.expectNoAxeViolations('/assessment/workbench/#results with gaps');

  // The overdue gap's link leads to the register, with focus on its heading.
  await overdueGap.getByRole('link', { name: 'Review it in the evidence register' }).click();
  await expect(page.getByRole('heading', { name: 'Evidence register', exact: true })).toBeFocused();

  // Deleting the overdue item: asked first, then A.6.2.8 has no evidence at all.
  await page.getByRole('button', { name: 'Delete Event log sample' }).click();
  const confirm = page.getByRole('group', { name: 'Delete' });
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText('Delete “Event log sample” from the register?');
  await confirm.getByRole('button', { name: 'Yes, delete “Event log sample”' }).click();
  await expect(rowOf(register(page), 'Event log sample')).toHaveCount(0);
  await expect(page.getByTestId('evidence-summary')).toHaveText(
    '3 items: 2 current, 1 due for review within 30 days, 0 overdue.',
  );
  await expect(controlRow(page, 'A.6.2.8')).toContainText('Missing');

  await showView(page, 'Results and gaps');
  await expect(gapList(page).getByRole('listitem').filter({ hasText: 'Evidence overdue for review' })).toHaveCount(0);
  await expect(gapList(page).getByRole('listitem')).toHaveCount(controls - 3);
  await expect(page.getByTestId('control-states')).toContainText(
    `2 current, 1 due within 30 days, 0 overdue, ${controls - 3} missing.`,
  );

  // Editing the item due soon: reviewed again today, next review in 60 days, so it is current.
  await showView(page, 'Evidence');
  await page.getByRole('button', { name: 'Edit Risk assessment records 2026' }).click();
  await expect(page.getByRole('heading', { name: 'Edit “Risk assessment records 2026”' })).toBeFocused();
  await expect(page.getByLabel('Where it lives (a URL or a path)')).toHaveValue('\\\\fileserver\\risk\\2026');
  await fillItem(page, { lastReviewed: today, reviewBy: shiftDay(today, 60) });
  await page.getByRole('button', { name: 'Save the evidence item' }).click();
  await expect(rowOf(register(page), 'Risk assessment records 2026')).toContainText('Current');
  await expect(page.getByTestId('evidence-summary')).toHaveText(
    '3 items: 3 current, 0 due for review within 30 days, 0 overdue.',
  );
  await showView(page, 'Results and gaps');
  await expect(page.getByTestId('control-states')).toContainText(
    `3 current, 0 due within 30 days, 0 overdue, ${controls - 3} missing.`,
  );

  // Kept across a reload.
  await expect.poll(async () => JSON.parse((await savedWorkspace(page)) ?? '{}').evidence?.items?.length).toBe(3);
  await site.reload();
  await expect(page.getByRole('tab', { name: 'Results and gaps' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('documented-evidenced')).toContainText(`2 of ${controls} applicable controls`);
});
