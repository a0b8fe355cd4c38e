/**
 * One visitor, two tools: the systems classified in the EU AI Act check answer the readiness
 * assessment's EU question, and a hand-picked answer is never overwritten.
 */
import { CHECK_PATH, answerThrough } from './support/aiActCheck';
import { expect, test, type Page } from './support/fixture';
import { ordinarySystem } from '../fixtures/aiActCheck/ordinarySystem';

const cvScreening = { ...ordinarySystem, 'annex-iii': 'employment', profiling: 'yes' };
const euQuestion = (page: Page) =>
  page.getByRole('group', { name: 'Do any of your AI systems fall under the EU AI Act?' });
const note = (page: Page) => page.getByTestId('eu-check-note');

test('a high-risk system in the check answers the EU question, which can still be changed by hand', async ({
  site,
}) => {
  const { page } = site;
  await site.open(CHECK_PATH);
  await answerThrough(page, cvScreening);
  await site.open('/assessment/');
  await expect(euQuestion(page).getByLabel('Yes, including systems that may be high-risk')).toBeChecked();
  await expect(note(page)).toContainText('lists 1 AI systems or models (1 high-risk or prohibited, 0 not finished)');
  await expect(note(page)).toContainText('Your answer matches it.');
  await site.expectNoAxeViolations('/assessment/ with the check note');
  await expect(note(page).getByRole('link', { name: 'Open the EU AI Act check' })).toHaveAttribute('href', CHECK_PATH);

  await euQuestion(page).getByLabel('Not sure yet').check();
  await expect(note(page).getByRole('button', { name: "Use the check's answer" })).toBeVisible();
  await site.reload();
  // The visitor's own answer stays after a reload: the check only fills an unanswered question.
  await expect(euQuestion(page).getByLabel('Not sure yet')).toBeChecked();
  await note(page).getByRole('button', { name: "Use the check's answer" }).click();
  await expect(euQuestion(page).getByLabel('Yes, including systems that may be high-risk')).toBeChecked();
  await expect(note(page)).toContainText('Your answer matches it.');
});

test('an answer given before the check is kept, and the check offers its own', async ({ site }) => {
  const { page } = site;
  await site.open('/assessment/');
  await euQuestion(page).getByLabel(/^None/).check();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('iso42001:assessment'))).toContain('"none"');
  await site.open(CHECK_PATH);
  await answerThrough(page, ordinarySystem);
  await site.open('/assessment/');
  await expect(euQuestion(page).getByLabel(/^None/)).toBeChecked();
  await expect(note(page)).toContainText('0 high-risk or prohibited');
  await expect(note(page)).toContainText('Yes, with minimal or limited-risk systems only');
  await expect(note(page).getByRole('button', { name: "Use the check's answer" })).toBeVisible();
});
