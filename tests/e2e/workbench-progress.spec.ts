/**
 * The workbench's progress view (issue 15, items 2 and 3): two snapshots with answers changed in
 * the assessment between them, compared side by side (improved and regressed questions, readiness
 * figures, a control newly excluded, evidence that became overdue), the trend chart, rename and
 * delete, and the changes since the last review as they print.
 */
import { addSnapshot, takeSnapshot as snapshotOf } from '../../src/lib/workbench/snapshots';
import { serializeWorkspace } from '../../src/lib/workbench/workspaceFormat';
import { JOURNEY_SCOPING, STATUS_LABELS, savedAssessment, wizard } from './support/assessment';
import { expect, test, type Page, type Site } from './support/fixture';
import {
  EVIDENCE_TITLE,
  EXCLUDED,
  IMPROVES,
  JANUARY,
  JANUARY_ANSWERS,
  JUSTIFICATION,
  MARCH,
  MARCH_ANSWERS,
  REGRESSES,
  WORKBENCH,
  WORKSPACE_KEY,
  overallReadiness,
  seededWorkspace,
  snapshotContent,
} from './support/workbenchProgress';

const snapshotsTable = (page: Page) => page.getByRole('table', { name: 'Snapshots, oldest first' });
const savedWorkspace = (page: Page) => page.evaluate((key) => localStorage.getItem(key) ?? '', WORKSPACE_KEY);

async function takeSnapshot(site: Site, name: string) {
  const { page } = site;
  await page.getByLabel('Name of the new snapshot').fill(name);
  await page.getByRole('button', { name: 'Take a snapshot' }).click();
  await expect(snapshotsTable(page).getByRole('rowheader').last()).toBeVisible();
  await expect.poll(() => savedWorkspace(page)).toContain(`"name":"${name}"`);
}

/** January: a snapshot; then the A.2 answers changed in the assessment; March: a second snapshot. */
async function twoSnapshots(site: Site) {
  const { page } = site;
  await page.clock.install({ time: JANUARY });
  await site.storeBeforeLoad({
    ...savedAssessment({ scoping: JOURNEY_SCOPING, answers: JANUARY_ANSWERS, step: 'A.2' }),
    [WORKSPACE_KEY]: seededWorkspace(),
  });
  await site.open(WORKBENCH);
  await expect(page.getByRole('tab', { name: 'Progress' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('No snapshots yet.')).toBeVisible();
  await takeSnapshot(site, 'January review');

  // The changes are answered in the assessment itself, which saves to its own key.
  await site.open('/assessment/');
  const steps = wizard(page);
  await steps.status(IMPROVES, 'implemented').check();
  await steps.status(REGRESSES, 'partial').check();
  await steps.status(EXCLUDED, 'not-applicable').check();
  await steps.justification.fill(JUSTIFICATION);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('iso42001:assessment') ?? ''))
    .toContain(JUSTIFICATION);

  await page.clock.setSystemTime(MARCH);
  await site.open(WORKBENCH);
  await expect(page.getByText('Your assessment answers were saved after this workspace')).toBeVisible();
  await takeSnapshot(site, 'March review');
}

// Each test answers in the assessment and takes snapshots in the workbench over four page loads, and
// runs axe on a long page: more than the default minute on a busy two-core machine.
test.describe.configure({ timeout: 150_000 });

const signed = (points: number) => (points > 0 ? `+${points} points` : points < 0 ? `−${-points} points` : '0 points');

test('two snapshots compared: readiness, improved and regressed questions, exclusions, overdue evidence', async ({
  site,
}) => {
  const { page } = site;
  await twoSnapshots(site);
  const before = overallReadiness(JANUARY_ANSWERS);
  const after = overallReadiness(MARCH_ANSWERS);
  expect(after).not.toBe(before);

  // The list: name, date, readiness and its change.
  await expect(snapshotsTable(page).getByRole('rowheader')).toHaveText(['1', '2']);
  const rows = snapshotsTable(page).getByRole('row');
  await expect(rows.nth(1)).toContainText(`January review2027-01-10${before}%`);
  await expect(rows.nth(2)).toContainText(`March review2027-03-15${after}%${signed(after - before)}`);

  // The comparison, chosen later-first: still the earlier compared with the later.
  await page.getByLabel('One snapshot').selectOption({ label: '2. March review (2027-03-15)' });
  await page.getByLabel('Another snapshot').selectOption({ label: '1. January review (2027-01-10)' });
  await expect(page.getByText('From “January review” (2027-01-10) to “March review” (2027-03-15).')).toBeVisible();
  const readiness = page.getByRole('table', { name: 'Readiness from January review to March review' });
  await expect(readiness.getByRole('row', { name: /^Overall/ })).toContainText(
    `${before}%${after}%${signed(after - before)}`,
  );
  // Same content version on both sides: no figure is marked as including changed content.
  await expect(readiness).not.toContainText('includes changed content');

  const table = (heading: string) => page.getByRole('table', { name: `${heading}: January review to March review` });
  await expect(table('Questions that improved (1)').getByRole('row').nth(1)).toContainText(
    `${IMPROVES.text}A.2: Policies related to AI${STATUS_LABELS['not-started']}${STATUS_LABELS.implemented}`,
  );
  await expect(table('Questions that regressed (1)').getByRole('row').nth(1)).toContainText(
    `${REGRESSES.text}A.2: Policies related to AI${STATUS_LABELS.implemented}${STATUS_LABELS.partial}`,
  );
  await expect(table('Questions moved into or out of “not applicable” (1)')).toContainText(EXCLUDED.text);
  await expect(table('Controls newly excluded (1)').getByRole('rowheader')).toHaveText(['A.2.4']);
  await expect(page.getByRole('heading', { name: 'Controls re-included (0)' }).first()).toBeVisible();
  await expect(table('Evidence that became overdue (1)').getByRole('row').nth(1)).toContainText(
    `${EVIDENCE_TITLE}2027-02-01`,
  );

  // The trend: one point per snapshot at its readiness, the first two solid (same content).
  const chart = page.getByRole('img', { name: 'Overall readiness per snapshot, 0 to 100%' });
  await expect(chart).toBeVisible();
  const points = await chart.evaluate((svg) =>
    [...svg.querySelectorAll('[data-snapshot]')].map((point) => [
      point.getAttribute('data-percent'),
      point.getAttribute('data-marker'),
      point.querySelector('.chart-value')?.textContent,
    ]),
  );
  expect(points).toEqual([
    [String(before), 'solid', `${before}%`],
    [String(after), 'solid', `${after}%`],
  ]);
  const higher = await chart.evaluate((svg) => {
    const [first, second] = [...svg.querySelectorAll('circle')].map((circle) => circle.getBoundingClientRect().y);
    return second! < first!;
  });
  expect(higher, 'the higher readiness is drawn higher').toBe(after > before);

  await site.expectNoAxeViolations('/assessment/workbench/#progress with two snapshots');
});

test('the changes since the last review print without controls; rename and delete a snapshot', async ({ site }) => {
  const { page } = site;
  await twoSnapshots(site);
  const review = page.getByRole('region', { name: 'Changes since the last review' });
  await expect(review).toContainText('from the last snapshot, “March review” of 2027-03-15, to today');
  await expect(review.getByRole('heading', { name: 'Questions that improved (0)' })).toBeVisible();

  // A change after the last snapshot shows in the review.
  await site.open('/assessment/');
  await wizard(page).status(REGRESSES, 'implemented').check();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('iso42001:assessment') ?? ''))
    .toContain('"policy-alignment":{"status":"implemented"');
  await site.open(WORKBENCH);
  await expect(review.getByRole('heading', { name: 'Questions that improved (1)' })).toBeVisible();
  await expect(
    review.getByRole('table', { name: /^Questions that improved \(1\): March review to Today/ }),
  ).toContainText(REGRESSES.text);

  await page.emulateMedia({ media: 'print' });
  await expect(review.getByRole('heading', { name: 'Changes since the last review' })).toBeVisible();
  await expect(review.getByRole('table', { name: /^Questions that improved \(1\)/ })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Overall readiness per snapshot, 0 to 100%' })).toBeVisible();
  for (const hidden of [
    page.getByRole('button', { name: 'Print the changes since the last review' }),
    page.getByRole('button', { name: 'Take a snapshot' }),
    page.getByRole('tablist', { name: 'Workbench views' }),
    page.getByLabel('One snapshot'),
    snapshotsTable(page),
    page.getByRole('heading', { level: 1 }),
  ])
    await expect(hidden).toBeHidden();
  // Nothing wider than the page: the tables fit without a scroll box.
  expect(await review.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1);
  await page.emulateMedia({ media: 'screen' });

  // Rename with the keyboard's Enter, then delete after confirming.
  await page.getByRole('button', { name: 'Rename January review' }).click();
  await expect(page.getByLabel('New name')).toBeFocused();
  await page.getByLabel('New name').fill('');
  await page.keyboard.press('Enter');
  await expect(page.getByText('A snapshot needs a name of 1 to 80 characters.')).toBeVisible();
  await page.getByLabel('New name').fill('Q1 management review');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Snapshots', exact: true })).toBeFocused();
  await expect(snapshotsTable(page)).toContainText('Q1 management review');

  await page.getByRole('button', { name: 'Delete March review' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(snapshotsTable(page).getByRole('rowheader')).toHaveCount(2);
  await page.getByRole('button', { name: 'Delete March review' }).click();
  await page.getByRole('button', { name: 'Yes, delete March review' }).click();
  await expect(snapshotsTable(page).getByRole('rowheader')).toHaveCount(1);
  await expect(page.getByText('Take at least two snapshots to compare them.')).toBeVisible();
  await expect.poll(() => savedWorkspace(page)).not.toContain('March review');
  await site.reload();
  await expect(snapshotsTable(page)).toContainText('Q1 management review');
  await expect(review).toContainText('“Q1 management review” of 2027-01-10');
});

test('a snapshot of older content: the changed question is flagged, never counted, and the figures say so', async ({
  site,
}) => {
  const { page } = site;
  // Taken in June against a question bank where IMPROVES was worded differently.
  const june = new Date('2026-06-15T12:00:00Z');
  const olderContent = snapshotContent('2026-06-01', { [IMPROVES.id]: 'An older wording?' });
  const january = JSON.parse(seededWorkspace());
  const kept = addSnapshot(january, snapshotOf(january, olderContent, 'June review', june), june);
  if (!kept.ok) throw new Error(kept.reason);
  const today = { ...kept.value, assessment: { ...kept.value.assessment, answers: MARCH_ANSWERS } };
  await site.storeBeforeLoad({ [WORKSPACE_KEY]: serializeWorkspace(today) });
  await site.open(WORKBENCH);
  await takeSnapshot(site, 'December review');

  const table = (heading: string) => page.getByRole('table', { name: `${heading}: June review to December review` });
  await expect(page.getByRole('heading', { name: 'Questions that improved (0)' }).first()).toBeVisible();
  await expect(table('Questions that regressed (1)')).toContainText(REGRESSES.text);
  await expect(table('Questions and controls whose content changed (1)').getByRole('row').nth(1)).toContainText(
    `${IMPROVES.text}Content changed`,
  );
  const readiness = page.getByRole('table', { name: 'Readiness from June review to December review' });
  await expect(readiness.getByRole('row', { name: /^Overall/ })).toContainText('includes changed content');
  await expect(readiness.getByRole('row', { name: /^Clauses 4-10/ })).not.toContainText('includes changed content');
  await expect(page.getByText('part of its change is not progress').first()).toBeVisible();

  // The December point was taken against other content than June's: an open point, and said in words.
  const chart = page.getByRole('img', { name: 'Overall readiness per snapshot, 0 to 100%' });
  const markers = await chart.evaluate((svg) =>
    [...svg.querySelectorAll('[data-snapshot]')].map((point) => point.getAttribute('data-marker')),
  );
  expect(markers).toEqual(['solid', 'open']);
  await expect(
    page.getByRole('figure', { name: /An open point marks a snapshot taken against updated/ }),
  ).toBeVisible();
  await expect(snapshotsTable(page).getByRole('row').nth(2)).toContainText('(content updated)');

  // The flags, the note and the open point in the dark theme.
  await page.emulateMedia({ colorScheme: 'dark' });
  await site.expectNoAxeViolations('/assessment/workbench/#progress in the dark theme, content changed');
});
