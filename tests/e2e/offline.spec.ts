// Offline use through the service worker (dist/sw.js): the tools and the pages a visitor opened work
// with no network, other pages show the offline page, and a new deployment is offered with a notice.
// The main config blocks service workers (page.route cannot see what they answer); this spec allows them.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveStatic, type StaticServer } from '../../scripts/lib/hosting/staticServer';
import { questions, wizard } from './support/assessment';
import { axeViolations } from './support/axe';
import { expect, test, type Page } from './support/fixture';
import { tabUntil } from './support/keyboard';
import { PageProblems } from './support/problems';

test.use({ serviceWorkers: 'allow' });

const distDir = path.resolve(import.meta.dirname, '../../dist');

/** Waits until a service worker controls the page: from then on it answers the page's requests. */
async function controlledByWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

const offlineHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'You are offline' });
const updateNotice = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'A newer version of this site is available' });

test('the assessment keeps working offline after one visit, with the answer given before', async ({
  site,
  page,
  context,
}) => {
  const steps = wizard(page);
  await site.open('/assessment/');
  await controlledByWorker(page);
  await steps.stepLink(/^Clause 6: Planning/).click();
  const first = questions.find((question) => question.area === '6')!;
  await steps.status(first, 'implemented').check();

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
  await site.waitForIslands();
  await expect(steps.stepHeading).toHaveText(/Clause 6: Planning/);
  await expect(steps.status(first, 'implemented')).toBeChecked();
  // The results and their files load on demand: they must have been stored too.
  await steps.stepLink(/^Results$/).click();
  await expect(steps.overallReadiness).toBeVisible();
});

test('a guidance page opened before opens offline; a page never opened shows the offline page', async ({
  site,
  page,
  context,
}) => {
  await site.open('/');
  await controlledByWorker(page);
  await site.open('/controls/a-6-2-8/');
  const title = await page.getByRole('heading', { level: 1 }).innerText();

  await context.setOffline(true);
  const again = await site.open('/controls/a-6-2-8/');
  expect(again?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(offlineHeading(page)).toHaveCount(0);

  await site.open('/controls/a-5-2/');
  await expect(offlineHeading(page)).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Readiness assessment' })).toBeVisible();
  await site.expectNoAxeViolations('the offline page');
  // From the offline page, a stored tool opens.
  await page.getByRole('main').getByRole('link', { name: 'Quote estimator' }).click();
  await expect(page).toHaveURL(/\/estimate\/$/);
  await expect(offlineHeading(page)).toHaveCount(0);
  await site.waitForIslands();
});

test.describe('a new deployment', () => {
  let copy: string;
  let server: StaticServer;

  test.beforeEach(() => {
    // A copy of the build served on its own port, so the test can deploy "again" by changing files.
    copy = mkdtempSync(path.join(tmpdir(), 'offline-e2e-'));
    cpSync(distDir, copy, { recursive: true });
  });

  test.afterEach(async () => {
    await server?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  /** Writes a file of the copy and drops its pre-compressed twins, which the server would prefer. */
  function deploy(file: string, change: (text: string) => string): void {
    const target = path.join(copy, file);
    writeFileSync(target, change(readFileSync(target, 'utf8')));
    for (const twin of ['.gz', '.br']) rmSync(`${target}${twin}`, { force: true });
  }

  test('is offered in an accessible notice, and Reload brings it in', async ({ page }) => {
    server = await serveStatic(copy);
    const problems = new PageProblems(page, server.url);
    await page.goto(`${server.url}/`);
    await controlledByWorker(page);
    const firstCaches = await page.evaluate(() => caches.keys());
    expect(firstCaches).toHaveLength(1);
    await expect(updateNotice(page)).toBeHidden();

    const oldId = /"buildId":"([0-9a-f]+)"/.exec(readFileSync(path.join(copy, 'sw.js'), 'utf8'))?.[1] ?? '';
    const newId = 'feed0000'.padEnd(oldId.length, '0');
    deploy('sw.js', (text) => text.replace(`"buildId":"${oldId}"`, `"buildId":"${newId}"`));
    deploy('index.html', (text) => text.replace('</main>', '<p>Deployed again.</p></main>'));

    await page.reload();
    // Pages come from the network first, so the new page shows at once, before the new worker takes over.
    await expect(page.getByText('Deployed again.')).toBeVisible();
    const notice = updateNotice(page);
    await expect(notice).toBeVisible({ timeout: 30_000 });
    expect(await axeViolations(page), 'axe on the update notice (light)').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'axe on the update notice (dark)').toEqual([]);

    const reload = notice.getByRole('button', { name: 'Reload' });
    await tabUntil(page, reload);
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await controlledByWorker(page);
    await expect(updateNotice(page)).toBeHidden();
    await expect(page.getByText('Deployed again.')).toBeVisible();
    // The new worker is in control with the new cache; the old deployment's cache is gone.
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`site-offline-${newId}`]);
    expect(problems.unexpected()).toEqual([]);
  });
});
