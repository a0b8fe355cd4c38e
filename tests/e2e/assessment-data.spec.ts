// The readiness assessment's saved answers: live readiness, restore on reload, export and import,
// delete, unreadable or old saved data, and the printed report.
import { readFileSync } from 'node:fs';
import { INVALID_STORAGE_KEY } from '../../src/lib/assessment/storageWrite';
import type { Answer } from '../../src/lib/assessment/types';
import {
  assessmentData,
  journeyAnswers,
  questions,
  savedAssessment,
  storedAssessment,
  STORAGE_KEY,
  wizard,
} from './support/assessment';
import { expect, test } from './support/fixture';

test('changing an answer updates the live readiness at once, and reload restores answers and step', async ({
  site,
  page,
}) => {
  const steps = wizard(page);
  await site.open('/assessment/');
  await expect(steps.liveReadiness).toContainText('Readiness so far: 0%');
  await steps.stepLink(/^Clause 6: Planning/).click();
  await expect(steps.stepHeading).toBeFocused();
  const first = questions.find((question) => question.area === '6')!;
  await steps.status(first, 'implemented').check();
  const onePercent = Math.round(100 / questions.length);
  await expect(steps.liveReadiness).toContainText(`Readiness so far: ${onePercent}%`, { timeout: 500 });
  await steps.note(first).fill('Owner: CISO');

  await site.reload();
  await expect(steps.stepHeading).toHaveText(/Clause 6: Planning/);
  await expect(steps.status(first, 'implemented')).toBeChecked();
  await expect(steps.note(first)).toHaveValue('Owner: CISO');
  await expect(steps.liveReadiness).toContainText(`Readiness so far: ${onePercent}%`);
});

test('export, delete everything, import: the same results come back; CSV is formula-safe', async ({ site, page }) => {
  const steps = wizard(page);
  const formula: Answer = {
    status: 'partial',
    justification: '',
    documented: true,
    evidenced: false,
    note: '=HYPERLINK("http://x")',
  };
  await site.storeBeforeLoad(
    savedAssessment({
      step: 'results',
      scoping: { role: 'user', sizeBand: 'under-50', aiSystemCount: 2, euExposure: 'none' },
      answers: { ...journeyAnswers(), 'context-scope': formula },
    }),
  );
  await site.open('/assessment/');
  const before = await steps.overallReadiness.innerText();
  const soaBefore = await steps.soaTable.innerText();

  const [exportDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export answers (JSON)' }).click(),
  ]);
  expect(exportDownload.suggestedFilename()).toMatch(/^iso42001-assessment-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync(await exportDownload.path(), 'utf8'));
  expect(exported).toMatchObject({
    format: 'iso42001-readiness-assessment',
    version: 2,
    contentVersion: assessmentData.contentVersion,
  });

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download results (CSV)' }).click(),
  ]);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^Area,Area readiness,Question ID/);
  expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  const [soaDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Statement of Applicability (CSV)' }).click(),
  ]);
  expect(
    readFileSync(await soaDownload.path(), 'utf8')
      .trim()
      .split('\r\n'),
  ).toHaveLength(39);

  // Delete needs a confirmation; Cancel keeps everything.
  await page.getByRole('button', { name: 'Delete all answers', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all answers?' });
  await expect(dialog).toBeVisible();
  await site.expectNoAxeViolations('delete dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await storedAssessment(page)).not.toBeNull();
  await page.getByRole('button', { name: 'Delete all answers', exact: true }).click();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(steps.stepHeading).toHaveText('Scope of your organization');
  await expect.poll(() => storedAssessment(page)).toBeNull();
  await expect(steps.liveReadiness).toContainText('Readiness so far: 0%');

  await steps.importField.setInputFiles(await exportDownload.path());
  await expect(steps.stepHeading).toHaveText('Results');
  await expect(steps.overallReadiness).toHaveText(before);
  expect(await steps.soaTable.innerText()).toBe(soaBefore);
  await site.reload();
  await expect(steps.overallReadiness).toHaveText(before);
});

test('a malformed, wrong-version or oversized import is refused and changes nothing', async ({ site, page }) => {
  const steps = wizard(page);
  await site.open('/assessment/');
  const developer = steps.roleGroup.getByRole('radio', { name: 'We develop AI systems (build or train models)' });
  await developer.check();
  // Saving follows the render that shows the answer, so wait for it rather than read at once.
  await expect.poll(() => storedAssessment(page)).toContain('developer');
  const stored = await storedAssessment(page);
  const files = [
    {
      name: 'broken.json',
      text: '{"format": "iso42001-readiness-assessment", "version": 2, "answers": {',
      message: /not valid JSON/,
    },
    {
      name: 'future.json',
      text: JSON.stringify({ format: 'iso42001-readiness-assessment', version: 99, scoping: {}, answers: {} }),
      message: /version 99/,
    },
    { name: 'other.json', text: JSON.stringify({ theme: 'dark' }), message: /not an export of this/ },
    { name: 'huge.json', text: `{"pad":"${'x'.repeat(210 * 1024)}"}`, message: /larger than 200 KB/ },
  ];
  for (const file of files) {
    await steps.importField.setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text),
    });
    // Announced, and read out with the field.
    await expect(steps.dataPanel.getByRole('alert')).toHaveText(file.message);
    await expect(steps.importField).toHaveAccessibleDescription(file.message);
    await expect(developer).toBeChecked();
    expect(await storedAssessment(page)).toBe(stored);
  }
  await site.expectNoAxeViolations('import error');
});

test('corrupted storage is set aside with a message; older saved data is upgraded', async ({ site, page }) => {
  const steps = wizard(page);
  const corrupted = '{"version": 2, "answers": {"context-scope": ';
  await site.storeBeforeLoad({ [STORAGE_KEY]: corrupted });
  await site.open('/assessment/');
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(notice).toBeVisible();
  // Kept aside under a dated key (persistence/setAside.ts), and the fresh start is what shows.
  const setAside = await page.evaluate(
    (prefix) =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith(`${prefix}:`))
        .map((key) => localStorage.getItem(key)),
    INVALID_STORAGE_KEY,
  );
  expect(setAside).toEqual([corrupted]);
  expect(await storedAssessment(page)).toBeNull();
  await site.expectNoAxeViolations('invalid storage notice');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('could not be read')).toHaveCount(0);

  // Version 1 stored bare statuses: upgraded, with the answer kept.
  const first = questions[0]!;
  const version1 = { version: 1, step: first.area, scoping: { role: 'user' }, answers: { [first.id]: 'implemented' } };
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify(version1)]);
  await site.reload();
  await expect(page.getByRole('status').filter({ hasText: 'upgraded from format version 1' })).toBeVisible();
  await expect(steps.status(first, 'implemented')).toBeChecked();
  // Reading writes nothing; the upgraded format is saved with the visitor's next change.
  expect(JSON.parse((await storedAssessment(page))!).version).toBe(1);
  await steps.status(first, 'partial').check();
  await expect.poll(async () => JSON.parse((await storedAssessment(page))!).version).toBe(2);
  const upgraded = JSON.parse((await storedAssessment(page))!);
  expect(upgraded.answers[first.id]).toMatchObject({ status: 'partial', documented: false, note: '' });
});

test('the printed report shows the results without the wizard chrome', async ({ site, page }) => {
  const steps = wizard(page);
  await site.open('/assessment/');
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'true');
  });
  await page.getByRole('button', { name: 'Print report' }).click();
  // The stand-in for window.print above marks the body.
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'true');
  await expect(steps.stepHeading).toHaveText('Results');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Assessment steps' })).toBeHidden();
  await expect(steps.dataPanel).toBeHidden();
  await expect(steps.soaTable).toBeVisible();
});

test('the method page explains the rules', async ({ site, page }) => {
  await site.open('/assessment/method/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How the readiness assessment works');
  for (const section of [
    'The score',
    'The readiness bands',
    'The draft Statement of Applicability',
    'The indicative timeline',
  ]) {
    await expect(page.getByRole('heading', { name: section })).toBeVisible();
  }
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('the results pass axe', async ({ site, page }) => {
    await site.open('/assessment/');
    await wizard(page)
      .stepLink(/^Results$/)
      .click();
    await expect(wizard(page).overallReadiness).toBeVisible();
    await site.expectNoAxeViolations('dark results');
  });
});
