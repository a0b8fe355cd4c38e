// The readiness assessment loads the code for questions, results, files and saved answers only when
// it is needed, stays within its JavaScript budget, and survives a part that fails to load.
import { STORAGE_KEY, questions, savedAssessment, storedAssessment, wizard } from './support/assessment';
import { expect, test, type Page } from './support/fixture';
import { BUDGETS } from '../../scripts/lib/budgets/budgets';
import { recordPageScripts } from './support/pageScripts';

/** Names of the script files the page requested so far. */
function scriptRequests(page: Page) {
  const names: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') names.push(new URL(request.url()).pathname.split('/').pop()!);
  });
  return names;
}
const LAZY = /^(AreaStep|resultsAndFiles|savedAnswers|storage|migrations)\./;

test('a first visit loads no question, results, file or saved-data code until it is needed', async ({ site, page }) => {
  const steps = wizard(page);
  const scripts = scriptRequests(page);
  await site.open('/assessment/');
  expect(scripts.filter((name) => LAZY.test(name))).toEqual([]);

  await steps.stepLink(/^Clause 6: Planning/).click();
  await expect(steps.question(questions.find((question) => question.area === '6')!)).toBeVisible();
  expect(scripts.some((name) => name.startsWith('AreaStep.'))).toBe(true);
  expect(scripts.some((name) => name.startsWith('resultsAndFiles.'))).toBe(false);

  await steps.stepLink(/^Results$/).click();
  await expect(steps.overallReadiness).toBeVisible();
  expect(scripts.some((name) => name.startsWith('resultsAndFiles.'))).toBe(true);
  expect(scripts.some((name) => name.startsWith('savedAnswers.'))).toBe(false);
});

test(`loads under ${BUDGETS.toolPageScriptGzip.toLocaleString('en')} bytes of JavaScript (gzip -9) before any interaction`, async ({
  site,
  page,
}) => {
  const pageLoadScriptGzip = recordPageScripts(page);
  await site.open('/assessment/');
  const total = await pageLoadScriptGzip();
  test.info().annotations.push({ type: 'page-load JavaScript (gzip -9)', description: `${total} bytes` });
  expect(total).toBeLessThan(BUDGETS.toolPageScriptGzip);
});

test('a slow part shows Loading; a part that fails to load says so and keeps the wizard', async ({ site, page }) => {
  const steps = wizard(page);
  await site.open('/assessment/');
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/resultsAndFiles\.[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await steps.stepLink(/^Results$/).click();
  await expect(page.getByRole('form').getByRole('status')).toHaveText('Loading…');
  release();
  await expect(steps.overallReadiness).toBeVisible();

  // A new page whose questions cannot be fetched (offline, or the site changed meanwhile).
  const other = site.watch(await page.context().newPage());
  // The browser and React report the failed fetch itself; nothing else may go wrong.
  other.problems.allow(/Failed to load resource|AreaStep/);
  await other.open('/assessment/');
  const otherSteps = wizard(other.page);
  await other.page.route(/\/AreaStep\.[\w-]+\.js$/, (route) => route.abort());
  await otherSteps.stepLink(/^Clause 6: Planning/).click();
  await expect(other.page.getByRole('form').getByRole('alert')).toContainText('could not be loaded');
  await otherSteps.stepLink(/^Scope of your organization/).click();
  await expect(otherSteps.stepHeading).toHaveText('Scope of your organization');
  await expect(otherSteps.roleGroup.getByRole('radio').first()).toBeVisible();
});

test('saved answers are never overwritten when their reader cannot be loaded', async ({ site, page }) => {
  const steps = wizard(page);
  const first = questions[0]!;
  const saved = savedAssessment({
    step: first.area,
    scoping: { role: 'user', sizeBand: null, aiSystemCount: null, euExposure: null },
    answers: {
      [first.id]: { status: 'implemented', justification: '', documented: false, evidenced: false, note: '' },
    },
  });
  await site.storeBeforeLoad(saved);
  site.problems.allow(/Failed to load resource|savedAnswers/);
  await page.route(/\/savedAnswers\.[\w-]+\.js$/, (route) => route.abort());
  // The island hydrates but never becomes ready: its saved answers could not be read.
  await site.open('/assessment/', { waitFor: 'hydrated' });
  await expect(page.getByRole('status').filter({ hasText: 'could not be loaded' })).toBeVisible();
  await steps.roleGroup.getByRole('radio', { name: 'We develop AI systems (build or train models)' }).check();
  expect(await storedAssessment(page)).toBe(saved[STORAGE_KEY]);

  await page.unroute(/\/savedAnswers\.[\w-]+\.js$/);
  await site.reload();
  await expect(steps.status(first, 'implemented')).toBeChecked();
});
