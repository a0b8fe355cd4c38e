import AxeBuilder from '@axe-core/playwright';
import { recordPageScripts } from './support/pageScripts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { saveAssessment } from '../../src/lib/assessment/storage';

/** Numbers in "$70,000–$217,500" as [70000, 217500]. */
const amounts = (text: string) =>
  [...text.matchAll(/[\d][\d,.\s]*/g)].map((match) => Number(match[0].replace(/[^\d]/g, '')));

async function firstYear(page: Page): Promise<[number, number]> {
  const [low, high] = amounts(await page.getByTestId('first-year-total').innerText());
  return [low!, high!];
}

/** Opens a page and fails the test on any script error, console error or request that leaves the origin. */
async function open(page: Page, path: string) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:')
      problems.push(`request left the origin: ${request.url()}`);
  });
  await page.goto(path);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('.estimator[data-ready="true"]')).toBeVisible();
  return problems;
}

/** Presses Tab until `target` has focus, proving it is reachable by keyboard. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 120; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('element not reachable with Tab');
}

test.describe('quote estimator', () => {
  test('keyboard changes move the total in the expected direction, and reload restores them', async ({ page }) => {
    const problems = await open(page, '/estimate/');
    expect(await firstYear(page)).toEqual([95000, 295000]);

    // Company size: 50-500 -> 500-2,000 with the arrow key: costs more.
    await tabTo(page, page.locator('#size-50-500'));
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#size-500-2000')).toBeChecked();
    const [largerLow, largerHigh] = await firstYear(page);
    expect(largerLow).toBeGreaterThan(95000);
    expect(largerHigh).toBeGreaterThan(295000);

    // More AI systems: 5 -> 20 costs more.
    await tabTo(page, page.locator('#ai-system-count'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('20');
    await expect.poll(async () => (await firstYear(page))[1]).toBeGreaterThan(largerHigh);
    const afterSystems = await firstYear(page);

    // High-risk: yes costs more.
    await tabTo(page, page.locator('#high-risk-no'));
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#high-risk-yes')).toBeChecked();
    await expect.poll(async () => (await firstYear(page))[0]).toBeGreaterThan(afterSystems[0]);
    const afterRisk = await firstYear(page);

    // ISO 27001 in place: costs less, and the reason says why.
    await tabTo(page, page.locator('#certifications-iso27001'));
    await page.keyboard.press('Space');
    await expect.poll(async () => (await firstYear(page))[1]).toBeLessThan(afterRisk[1]);
    await expect(page.locator('.estimator-reasons')).toContainText('ISO/IEC 27001 in place');
    await expect(page.locator('.estimator-reasons')).toContainText('because the management-system clauses');
    const afterIso = await firstYear(page);

    // Deselecting a service removes exactly its component.
    const [componentLow, componentHigh] = amounts(await page.getByTestId('component-technical-controls').innerText());
    await tabTo(page, page.locator('#services-technical-controls'));
    await page.keyboard.press('Space');
    await expect.poll(() => firstYear(page)).toEqual([afterIso[0] - componentLow!, afterIso[1] - componentHigh!]);
    await expect(page.getByTestId('component-technical-controls')).toContainText('Not selected');
    const beforeReload = await firstYear(page);

    // The live region announces the new total.
    await expect(page.locator('[aria-live="polite"]')).toContainText('First-year total');

    await page.reload();
    await expect(page.locator('.estimator[data-ready="true"]')).toBeVisible();
    expect(await firstYear(page)).toEqual(beforeReload);
    await expect(page.locator('#size-500-2000')).toBeChecked();
    await expect(page.locator('#ai-system-count')).toHaveValue('20');
    await expect(page.locator('#high-risk-yes')).toBeChecked();
    await expect(page.locator('#certifications-iso27001')).toBeChecked();
    await expect(page.locator('#services-technical-controls')).not.toBeChecked();
    // The sections the server rendered for the default answers follow the restored answers.
    await expect(page.locator('.estimator-reasons')).toContainText('ISO/IEC 27001 in place');
    await expect(page.locator('.estimator-answers')).toContainText('500-2,000');
    expect(problems).toEqual([]);
  });

  test('loads the code for restoring, sharing, e-mail and explanations only when it is needed', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const onDemand = () => scripts.filter((path) => /\/(onDemand|storage\w*|migrations)\.[\w-]+\.js$/.test(path));
    const problems = await open(page, '/estimate/');
    expect(onDemand()).toEqual([]);
    // Before it loads, the explanation is the server's, for the default answers.
    await expect(page.locator('.estimator-results')).toContainText('Why these figures');
    await expect(page.locator('.estimator-results')).toContainText('no adjustment applies');

    // Starting on the form loads it; the explanation then follows the answers.
    await tabTo(page, page.locator('#size-50-500'));
    await expect.poll(() => onDemand().join()).toMatch(/\/onDemand\./);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.estimator-reasons')).toContainText('500-2,000 employees');
    // The readiness assessment's reader loads only when the assessment saved something.
    expect(onDemand().join()).not.toMatch(/storage|migrations/);
    expect(problems).toEqual([]);
  });

  test('loads under 90,000 bytes of JavaScript (gzip -9) before any interaction', async ({ page }) => {
    const pageLoadScriptGzip = recordPageScripts(page);
    const problems = await open(page, '/estimate/');
    const total = await pageLoadScriptGzip();
    test.info().annotations.push({ type: 'page-load JavaScript (gzip -9)', description: `${total} bytes` });
    expect(total).toBeLessThan(90_000);
    expect(problems).toEqual([]);
  });

  test('an invalid count shows an error next to the field and keeps the last estimate', async ({ page }) => {
    const problems = await open(page, '/estimate/');
    const before = await firstYear(page);
    await tabTo(page, page.locator('#ai-system-count'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0');
    const error = page.locator('#ai-system-count-error');
    await expect(error).toHaveAttribute('role', 'alert');
    await expect(error).toContainText('whole number from 1 to');
    await expect(page.locator('#ai-system-count')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#ai-system-count')).toHaveAttribute('aria-describedby', /ai-system-count-error/);
    expect(await firstYear(page)).toEqual(before);
    expect(problems).toEqual([]);
  });

  test('a shared link reproduces the same figures in a new browser context', async ({ page, browser, baseURL }) => {
    const problems = await open(page, '/estimate/');
    await page.locator('#size-over-2000').check();
    await page.locator('#ai-system-count').fill('37');
    await page.locator('#role-developer').check();
    await page.locator('#certifications-iso9001').check();
    await page.locator('#inventory-yes').check();
    await page.locator('#services-annual-surveillance').uncheck();
    await page.locator('#target-date').fill('2028-01-31');
    const figures = {
      firstYear: await page.getByTestId('first-year-total').innerText(),
      threeYear: await page.getByTestId('three-year-total').innerText(),
      weeks: await page.getByTestId('total-weeks').innerText(),
    };
    await tabTo(page, page.getByRole('button', { name: 'Copy a link to this estimate' }));
    await page.keyboard.press('Enter');
    const url = await page.locator('#estimator-share-url').inputValue();
    expect(url).toContain('/estimate/#v=1&size=over-2000&systems=37');

    const context = await browser.newContext(baseURL ? { baseURL } : {});
    const colleague = await context.newPage();
    const colleagueProblems = await open(colleague, url);
    await expect(colleague.getByTestId('estimator-notice')).toContainText('shared with you');
    expect(await colleague.getByTestId('first-year-total').innerText()).toBe(figures.firstYear);
    expect(await colleague.getByTestId('three-year-total').innerText()).toBe(figures.threeYear);
    expect(await colleague.getByTestId('total-weeks').innerText()).toBe(figures.weeks);
    await expect(colleague.getByTestId('surveillance-total')).toHaveText('Not selected');
    await expect(colleague.locator('#target-date')).toHaveValue('2028-01-31');
    await expect(colleague.locator('.estimator-reasons')).toContainText('AI inventory');
    // The fragment is dropped after reading, and the shared answers are now the colleague's.
    expect(new URL(colleague.url()).hash).toBe('');
    await colleague.reload();
    await expect(colleague.locator('.estimator[data-ready="true"]')).toBeVisible();
    expect(await colleague.getByTestId('first-year-total').innerText()).toBe(figures.firstYear);
    await context.close();
    expect([...problems, ...colleagueProblems]).toEqual([]);
  });

  test('a tampered link falls back to the defaults with a message', async ({ page }) => {
    const problems = await open(
      page,
      '/estimate/#v=1&size=50-500&systems=99999&risk=0&role=provider&certs=&inventory=0&services=gap-analysis&target=',
    );
    await expect(page.getByTestId('estimator-notice')).toContainText('does not hold a complete, valid estimate');
    expect(await firstYear(page)).toEqual([95000, 295000]);
    await expect(page.locator('#ai-system-count')).toHaveValue('5');
    expect(problems).toEqual([]);
  });

  test('unreadable saved data is set aside with a message and a start-fresh button', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('iso42001:estimator', '{"version":1,"inputs":{"sizeBand":"gigantic"}}');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const problems = await open(page, '/estimate/');
    await expect(page.getByTestId('estimator-notice')).toContainText('could not be read');
    expect(await page.evaluate(() => localStorage.getItem('iso42001:estimator:invalid'))).toContain('gigantic');
    await page.getByRole('button', { name: 'Start fresh' }).click();
    await expect(page.getByTestId('estimator-notice')).toHaveCount(0);
    expect(await firstYear(page)).toEqual([95000, 295000]);
    expect(problems).toEqual([]);
  });

  test('works without saving when the browser blocks localStorage', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const problems = await open(page, '/estimate/');
    await page.locator('#size-over-2000').check();
    await expect.poll(async () => (await firstYear(page))[0]).toBeGreaterThan(95000);
    expect(problems).toEqual([]);
  });

  test('offers to prefill size, AI systems and role from the readiness assessment', async ({ page }) => {
    const data = new Map<string, string>();
    const memory = {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
      removeItem: (key: string) => void data.delete(key),
    } as unknown as Storage;
    const scoping = { role: 'developer', sizeBand: 'over-2000', aiSystemCount: 14, euExposure: 'limited' } as const;
    saveAssessment(memory, { scoping, answers: {}, step: 'scoping' }, 'e2e');
    const saved = data.get('iso42001:assessment')!;
    await page.addInitScript((value) => localStorage.setItem('iso42001:assessment', value), saved);
    const problems = await open(page, '/estimate/');
    await expect(page.locator('.estimator-prefill')).toContainText('Company size: Over 2,000 employees');
    await expect(page.locator('.estimator-prefill')).toContainText('AI systems in scope: 14');
    await expect(page.locator('.estimator-prefill')).toContainText('Role: We develop AI systems');
    await tabTo(page, page.getByRole('button', { name: 'Use these answers' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('#size-over-2000')).toBeChecked();
    await expect(page.locator('#ai-system-count')).toHaveValue('14');
    await expect(page.locator('#role-developer')).toBeChecked();
    await expect(page.getByTestId('estimator-notice')).toContainText('filled in from your readiness assessment');
    await expect(page.locator('.estimator-prefill')).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('the e-mail button opens a pre-filled message to the contact address and sends nothing', async ({ page }) => {
    const problems = await open(page, '/estimate/');
    const link = page.getByTestId('estimator-email');
    // Before anyone reaches for it, the link opens an empty message; pointing at it composes the message.
    expect(await link.getAttribute('href')).toMatch(/^mailto:[^?]+@[^?]+\?subject=[^&]+$/);
    await link.hover();
    await expect(link).toHaveAttribute('href', /&body=/);
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^mailto:[^?]+@[^?]+\?subject=/);
    const body = decodeURIComponent(href!.split('&body=')[1]!);
    expect(body).toContain('First-year total: $95,000–$295,000');
    expect(body).toContain('Company size: 50-500 employees');
    expect(body).toMatch(/Estimate link: http:\/\/127\.0\.0\.1:\d+\/estimate\/#v=1&/);

    // Reaching the button with the keyboard composes it again, with the answers as they are now.
    await page.locator('#size-over-2000').check();
    await tabTo(page, link);
    await expect
      .poll(async () => decodeURIComponent((await link.getAttribute('href'))!))
      .toContain('Company size: Over 2,000 employees');
    expect(problems).toEqual([]);
  });

  test('prints on one page without the form, even with every adjustment switched on', async ({ page }) => {
    const problems = await open(page, '/estimate/');
    for (const id of ['#size-over-2000', '#high-risk-yes', '#role-developer', '#inventory-yes'])
      await page.locator(id).check();
    for (const id of ['iso27001', 'iso9001', 'iso27701', 'soc2']) await page.locator(`#certifications-${id}`).check();
    await page.locator('#ai-system-count').fill('60');
    await page.locator('#target-date').fill('2027-02-01');
    await expect(page.getByTestId('target-status')).toContainText('Not realistic');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.estimator-form')).toBeHidden();
    await expect(page.locator('.estimator-print-only').first()).toBeVisible();
    await expect(page.locator('.estimator-answers')).toContainText('Over 2,000 employees');
    await expect(page.locator('.estimator-answers')).toContainText('60');
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages, format).toHaveLength(1);
    }
    expect(problems).toEqual([]);
  });

  for (const [path, colorScheme] of [
    ['/estimate/', 'light'],
    ['/estimate/', 'dark'],
    ['/estimate/method/', 'light'],
    ['/estimate/method/', 'dark'],
  ] as const) {
    test(`has no axe violations (WCAG 2.2 AA) on ${path} in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      if (path === '/estimate/') {
        await expect(page.locator('.estimator[data-ready="true"]')).toBeVisible();
        await page.locator('#ai-system-count').fill('0');
        await page.locator('#target-date').fill('2027-01-01');
        await page.locator('#certifications-iso27001').check();
        await page.locator('#certifications-iso9001').check();
        await page.locator('#services-gap-analysis').uncheck();
        await page.getByRole('button', { name: 'Copy a link to this estimate' }).click();
      }
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
        ),
      ).toEqual([]);
    });
  }

  test('the method page shows the typical profile inside the typical range', async ({ page }) => {
    await page.goto('/estimate/method/');
    await expect(page.locator('h1')).toHaveCount(1);
    const text = await page.locator('#full-and-typical ~ p').nth(1).innerText();
    expect(text).toContain('$75,000–$200,000');
    expect(text).toMatch(/estimator gives \$[\d,]+–\$[\d,]+/);
  });
});
