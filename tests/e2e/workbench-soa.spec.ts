/**
 * The workbench's editable Statement of Applicability (issue 14, item 2): a control excluded with
 * the keyboard after a too-short and a generic reason were refused, versions approved (and refused
 * without a label), a change seen in the change log, a stale exclusion re-confirmed, evidence
 * linked by title, and a control reset to the derived draft.
 */
import { expect, test, type Page } from './support/fixture';

// axe over a table of 38 controls with their buttons takes tens of seconds on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

const SOA = '/assessment/workbench/#soa';
const WORKSPACE_KEY = 'iso42001:workspace';
/** Annex A of ISO/IEC 42001:2023 has 38 controls, every one included by the draft of empty answers. */
const ANNEX_A_CONTROLS = 38;
const SUPPLIER_REASON = 'We build no AI system with suppliers: every model is trained in house.';
const GENERIC = 'Included: addresses risks of the AI systems in scope; no exclusion recorded.';

const controls = (page: Page) =>
  page.getByRole('table', { name: 'Annex A controls in the Statement of Applicability' });
const rowOf = (page: Page, controlId: string) =>
  controls(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${controlId.replaceAll('.', '\\.')} `) }) });
const flagCount = (page: Page) => page.getByTestId('soa-flag-count');
const notice = (page: Page) => page.getByTestId('tool-notice');
const savedWorkspace = (page: Page) => page.evaluate((key) => localStorage.getItem(key) ?? '', WORKSPACE_KEY);

async function excludeWithMouse(page: Page, controlId: string, reason: string) {
  await page.getByRole('button', { name: `Edit ${controlId}` }).click();
  await page.getByRole('group', { name: 'Decision' }).getByLabel('Excluded').check();
  await page.getByLabel('Justification').fill(reason);
  await page.getByRole('button', { name: 'Save the control' }).click();
  await expect(rowOf(page, controlId)).toContainText('Excluded (edited)');
}

async function approve(page: Page, label: string, approver: string, date: string) {
  await page.getByLabel('Version label (for example v1.0)').fill(label);
  await page.getByLabel('Approver (name and role)').fill(approver);
  await page.getByLabel('Approval date').fill(date);
  await page.getByRole('button', { name: 'Approve this version' }).click();
}

test('exclude a control by keyboard, approve, change a control and read the change in the log', async ({ site }) => {
  const { page } = site;
  await site.open(SOA);
  await expect(page.getByRole('tab', { name: 'Statement of Applicability' })).toHaveAttribute('aria-selected', 'true');
  await expect(controls(page).getByRole('rowheader')).toHaveCount(ANNEX_A_CONTROLS);
  // Every draft inclusion keeps the generic text, and each is flagged for it.
  await expect(flagCount(page)).toHaveText(
    new RegExp(`^${ANNEX_A_CONTROLS} flags on ${ANNEX_A_CONTROLS} controls: 0 exclusions need`),
  );
  await expect(rowOf(page, 'A.10.3')).toContainText('Still the generic text of the draft');
  await expect(page.getByRole('link', { name: 'A.6.2.8', exact: true })).toHaveAttribute('href', '/controls/a-6-2-8/');

  await page.getByLabel('Annex A area').selectOption('A.10');
  await expect(controls(page).getByRole('rowheader')).toHaveText([
    'A.10.2 Allocating responsibilities',
    'A.10.3 Suppliers',
    'A.10.4 Customers',
  ]);

  // The exclusion with the keyboard only; a reason that is too short, then the generic one, are refused.
  await site.tabUntil(page.getByRole('button', { name: 'Edit A.10.3' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Edit A.10.3 Suppliers' })).toBeFocused();
  await site.chooseRadioByKeyboard(page.getByRole('group', { name: 'Decision' }), 'Excluded');
  const justification = page.getByLabel('Justification');
  await site.tabUntil(justification);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Not relevant');
  await site.tabUntil(page.getByRole('button', { name: 'Save the control' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Too short' })).toBeVisible();
  await expect(justification).toHaveAttribute('aria-invalid', 'true');
  await expect(justification).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(GENERIC);
  await site.tabUntil(page.getByRole('button', { name: 'Save the control' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'generic text' })).toBeVisible();
  await site.expectNoAxeViolations('/assessment/workbench/#soa with a refused justification');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(SUPPLIER_REASON);
  await site.tabUntil(page.getByRole('button', { name: 'Save the control' }));
  await page.keyboard.press('Enter');
  await expect(rowOf(page, 'A.10.3')).toContainText('Excluded (edited)');
  await expect(rowOf(page, 'A.10.3')).toContainText('None');
  await expect(page.getByRole('heading', { name: 'Statement of Applicability', level: 2 })).toBeFocused();
  await expect(flagCount(page)).toHaveText(/^37 flags on 37 controls: 0 exclusions need/);
  await page.getByLabel('Annex A area').selectOption('');

  // Approval is refused without a label, with the reason shown; then v1.0 is approved.
  await page.getByLabel('Approver (name and role)').fill('Dana Reyes, CEO');
  await page.getByRole('button', { name: 'Approve this version' }).click();
  await expect(page.getByRole('alert')).toHaveText(/^Not approved: The version needs a label/);
  await approve(page, 'v1.0', 'Dana Reyes, CEO', '2026-11-30');
  await expect(notice(page)).toContainText('Version v1.0 was approved.');
  const versions = page.getByRole('table', { name: 'Approved versions' });
  // Approver, date and the one excluded control.
  await expect(versions.getByRole('row', { name: /v1\.0/ }).getByRole('cell')).toHaveText([
    'Dana Reyes, CEO',
    '2026-11-30',
    '1',
  ]);
  await expect(page.getByText('No control changed since v1.0.')).toBeVisible();
  await site.expectNoAxeViolations('/assessment/workbench/#soa with an approved version');

  // A change after approval shows in the log, then in the log between v1.0 and v1.1.
  await page.getByRole('button', { name: 'Edit A.2.2' }).click();
  await page.getByLabel('Implementation status').selectOption({ label: 'Implemented' });
  await page.getByLabel('Owner (a person or a role)').fill('Head of compliance');
  await page.getByRole('button', { name: 'Save the control' }).click();
  const sinceV1 = page.getByRole('heading', { name: 'Changes since v1.0' }).locator('xpath=following-sibling::ul[1]');
  await expect(sinceV1.getByRole('listitem')).toHaveText([
    /^A\.2\.2: implementation status: Not assessed yet → Implemented; owner: none → Head of compliance \(changed /,
  ]);
  await approve(page, 'v1.1', 'Dana Reyes, CEO', '2026-12-01');
  await expect(page.getByRole('heading', { name: 'v1.0 to v1.1, approved on 2026-12-01' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^A\.2\.2: implementation status/ })).toHaveCount(1);
  await expect(page.getByText('No control changed since v1.1.')).toBeVisible();

  await expect.poll(() => savedWorkspace(page)).toContain('"label":"v1.1"');
  await site.reload();
  await expect(rowOf(page, 'A.10.3')).toContainText('Excluded (edited)');
  await expect(rowOf(page, 'A.2.2')).toContainText('Head of compliance');
  await expect(page.getByRole('heading', { name: 'v1.0 to v1.1, approved on 2026-12-01' })).toBeVisible();
});

test('a stale exclusion is re-confirmed, evidence is linked by title, and a control goes back to the draft', async ({
  site,
}) => {
  const { page } = site;
  await site.open(SOA);
  await excludeWithMouse(page, 'A.10.3', SUPPLIER_REASON);

  // The inventory changes after the exclusion was justified: the exclusion is flagged as stale.
  await page.getByRole('tab', { name: 'AI systems' }).click();
  await page.getByRole('button', { name: 'Add a system' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Supplier risk scoring');
  await page.getByRole('button', { name: 'Save the system' }).click();
  await page.getByRole('tab', { name: 'Statement of Applicability' }).click();
  await expect(rowOf(page, 'A.10.3')).toContainText('Stale exclusion: the inventory or scoping changed on');
  await expect(flagCount(page)).toContainText('1 exclusions are stale');

  // Evidence items in the register (written as another view would), linked to the control by title.
  await expect.poll(() => savedWorkspace(page)).toContain('Supplier risk scoring');
  await page.evaluate((key) => {
    const workspace = JSON.parse(localStorage.getItem(key)!);
    const item = (id: string, title: string, controlIds: string[]) => ({
      id,
      title,
      location: 'https://intranet.example/suppliers',
      owner: 'Procurement lead',
      controlIds,
      clauseIds: [],
      lastReviewed: '',
      reviewBy: '',
      notes: '',
      updatedAt: '2026-11-20T09:00:00.000Z',
    });
    workspace.evidence.items = [
      item('evidence-supplier-list', 'Supplier register 2026', ['A.10.3']),
      item('evidence-policy', 'AI policy, signed', ['A.2.2']),
    ];
    localStorage.setItem(key, JSON.stringify(workspace));
  }, WORKSPACE_KEY);
  await site.reload();

  await page.getByRole('button', { name: 'Edit A.10.3' }).click();
  await expect(page.getByText(/^Flags on this control: Stale exclusion/)).toBeVisible();
  await page.getByLabel('Supplier register 2026').check();
  await page.getByText('Other items of the register').click();
  await page.getByLabel('AI policy, signed').check();
  await page.getByLabel('Supplier risk scoring').check();
  await site.expectNoAxeViolations('/assessment/workbench/#soa editing a control with links');
  await page.getByRole('button', { name: 'Save the control' }).click();
  await expect(rowOf(page, 'A.10.3')).toContainText('Supplier register 2026; AI policy, signed');
  await expect(rowOf(page, 'A.10.3')).toContainText('Stale exclusion');

  await page.getByRole('button', { name: 'Edit A.10.3' }).click();
  await page.getByRole('button', { name: 'The reason still holds' }).click();
  await expect(notice(page)).toContainText('The exclusion of A.10.3 was confirmed after the change.');
  await expect(rowOf(page, 'A.10.3')).not.toContainText('Stale exclusion');
  await expect(rowOf(page, 'A.10.3')).toContainText('Excluded (edited)');

  await page.getByRole('button', { name: 'Reset A.10.3 to the derived draft' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(rowOf(page, 'A.10.3')).toContainText('Excluded (edited)');
  await page.getByRole('button', { name: 'Reset A.10.3 to the derived draft' }).click();
  await page.getByRole('button', { name: 'Yes, reset A.10.3' }).click();
  await expect(rowOf(page, 'A.10.3')).toContainText('Included (from the draft)');
  await expect(rowOf(page, 'A.10.3')).not.toContainText('Supplier register 2026');
  await expect(page.getByRole('button', { name: 'Reset A.10.3 to the derived draft' })).toHaveCount(0);
});
