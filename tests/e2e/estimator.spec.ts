import { expect, test } from './support/fixture';
import { saveAssessment } from '../../src/lib/assessment/storageWrite';
import { BUDGETS } from '../../scripts/lib/budgets/budgets';
import { recordPageScripts } from './support/pageScripts';
import { DEFAULT_FIRST_YEAR, amounts, estimator, firstYear } from './support/estimator';

test('keyboard changes move the total in the expected direction, and reload restores them', async ({ site, page }) => {
  const form = estimator(page);
  await site.open('/estimate/');
  expect(await firstYear(page)).toEqual(DEFAULT_FIRST_YEAR);

  // Company size: 50-500 -> 500-2,000 with the arrow key: costs more.
  await site.tabUntil(form.size('50-500 employees'));
  await page.keyboard.press('ArrowDown');
  await expect(form.size('500-2,000 employees')).toBeChecked();
  const [largerLow, largerHigh] = await firstYear(page);
  expect(largerLow).toBeGreaterThan(DEFAULT_FIRST_YEAR[0]!);
  expect(largerHigh).toBeGreaterThan(DEFAULT_FIRST_YEAR[1]!);

  // More AI systems: 5 -> 20 costs more.
  await site.tabUntil(form.count);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('20');
  await expect.poll(async () => (await firstYear(page))[1]).toBeGreaterThan(largerHigh!);
  const afterSystems = await firstYear(page);

  // High-risk: yes costs more.
  await site.tabUntil(form.highRisk('No'));
  await page.keyboard.press('ArrowDown');
  await expect(form.highRisk('Yes')).toBeChecked();
  await expect.poll(async () => (await firstYear(page))[0]).toBeGreaterThan(afterSystems[0]!);
  const afterRisk = await firstYear(page);

  // ISO 27001 in place: costs less, and the reason says why.
  await site.tabUntil(form.certification(/^ISO\/IEC 27001/));
  await page.keyboard.press('Space');
  await expect.poll(async () => (await firstYear(page))[1]).toBeLessThan(afterRisk[1]!);
  await expect(form.reason('ISO/IEC 27001 in place', 'because the management-system clauses')).toBeVisible();
  const afterIso = await firstYear(page);

  // Deselecting a service removes exactly its component.
  const technicalControls = form.componentCost('Technical controls implementation');
  const [componentLow, componentHigh] = amounts(await technicalControls.innerText());
  await site.tabUntil(form.service('Technical controls implementation'));
  await page.keyboard.press('Space');
  await expect.poll(() => firstYear(page)).toEqual([afterIso[0]! - componentLow!, afterIso[1]! - componentHigh!]);
  await expect(technicalControls).toContainText('Not selected');
  const beforeReload = await firstYear(page);

  // The live region announces the new total.
  await expect(page.locator('[aria-live="polite"]')).toContainText('First-year total');

  await site.reload();
  expect(await firstYear(page)).toEqual(beforeReload);
  await expect(form.size('500-2,000 employees')).toBeChecked();
  await expect(form.count).toHaveValue('20');
  await expect(form.highRisk('Yes')).toBeChecked();
  await expect(form.certification(/^ISO\/IEC 27001/)).toBeChecked();
  await expect(form.service('Technical controls implementation')).not.toBeChecked();
  // The sections the server rendered for the default answers follow the restored answers.
  await expect(form.reason('ISO/IEC 27001 in place', 'because the management-system clauses')).toBeVisible();
  await expect(form.printedAnswers).toContainText('500-2,000');
});

test('loads the code for restoring, sharing, e-mail and explanations only when it is needed', async ({
  site,
  page,
}) => {
  const form = estimator(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  // storageRuntime (the estimator's own saving) may load with the first change; storage and
  // migrations are the readiness assessment's reader.
  const onDemand = () => scripts.filter((path) => /\/(onDemand|storage|migrations)\.[\w-]+\.js$/.test(path));
  await site.open('/estimate/');
  expect(onDemand()).toEqual([]);
  // Before it loads, the explanation is the server's, for the default answers.
  await expect(form.results).toContainText('Why these figures');
  await expect(form.results).toContainText('no adjustment applies');

  // Starting on the form loads it; the explanation then follows the answers.
  await site.tabUntil(form.size('50-500 employees'));
  await expect.poll(() => onDemand().join()).toMatch(/\/onDemand\./);
  await page.keyboard.press('ArrowDown');
  await expect(form.reason('500-2,000 employees', 'because')).toBeVisible();
  // The readiness assessment's reader loads only when the assessment saved something.
  expect(onDemand().join()).not.toMatch(/\/storage\.|migrations/);
});

test(`loads under ${BUDGETS.toolPageScriptGzip.toLocaleString('en')} bytes of JavaScript (gzip -9) before any interaction`, async ({
  site,
  page,
}) => {
  const pageLoadScriptGzip = recordPageScripts(page);
  await site.open('/estimate/');
  const total = await pageLoadScriptGzip();
  test.info().annotations.push({ type: 'page-load JavaScript (gzip -9)', description: `${total} bytes` });
  expect(total).toBeLessThan(BUDGETS.toolPageScriptGzip);
});

test('an invalid count shows an error next to the field and keeps the last estimate', async ({ site, page }) => {
  const form = estimator(page);
  await site.open('/estimate/');
  const before = await firstYear(page);
  await site.tabUntil(form.count);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0');
  await expect(form.form.getByRole('alert')).toContainText('whole number from 1 to');
  await expect(form.count).toHaveAttribute('aria-invalid', 'true');
  await expect(form.count).toHaveAccessibleDescription(/whole number from 1 to/);
  expect(await firstYear(page)).toEqual(before);
});

test('a shared link reproduces the same figures in a new browser context', async ({ site, page, browser, baseURL }) => {
  const form = estimator(page);
  await site.open('/estimate/');
  await form.size('Over 2,000 employees').check();
  await form.count.fill('37');
  await form.role(/^We develop AI systems/).check();
  await form.certification(/^ISO 9001/).check();
  await form.inventory('Yes').check();
  await form.service('Annual surveillance audit').uncheck();
  await form.targetDate.fill('2028-01-31');
  const figures = {
    firstYear: await form.firstYearTotal.innerText(),
    threeYear: await form.threeYearTotal.innerText(),
    weeks: await form.totalWeeks.innerText(),
  };
  await site.tabUntil(page.getByRole('button', { name: 'Copy a link to this estimate' }));
  await page.keyboard.press('Enter');
  const url = await form.shareLink.inputValue();
  expect(url).toContain('/estimate/#v=1&size=over-2000&systems=37');

  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const colleague = site.watch(await context.newPage());
  const shared = estimator(colleague.page);
  await colleague.open(url);
  await expect(shared.notice('shared with you')).toBeVisible();
  expect(await shared.firstYearTotal.innerText()).toBe(figures.firstYear);
  expect(await shared.threeYearTotal.innerText()).toBe(figures.threeYear);
  expect(await shared.totalWeeks.innerText()).toBe(figures.weeks);
  await expect(shared.surveillanceTotal).toHaveText('Not selected');
  await expect(shared.targetDate).toHaveValue('2028-01-31');
  await expect(shared.reason('AI inventory', 'because')).toBeVisible();
  // The fragment is dropped after reading, and the shared answers are now the colleague's.
  expect(new URL(colleague.page.url()).hash).toBe('');
  await colleague.reload();
  expect(await shared.firstYearTotal.innerText()).toBe(figures.firstYear);
  await context.close();
});

test('a tampered link falls back to the defaults with a message', async ({ site, page }) => {
  const form = estimator(page);
  await site.open(
    '/estimate/#v=1&size=50-500&systems=99999&risk=0&role=provider&certs=&inventory=0&services=gap-analysis&target=',
  );
  await expect(form.notice('does not hold a complete, valid estimate')).toBeVisible();
  expect(await firstYear(page)).toEqual(DEFAULT_FIRST_YEAR);
  await expect(form.count).toHaveValue('5');
});

test('unreadable saved data is set aside, dated, with a message, and the defaults shown', async ({ site, page }) => {
  const form = estimator(page);
  await site.storeBeforeLoad({ 'iso42001:estimator': '{"version":1,"inputs":{"sizeBand":"gigantic"}}' });
  await site.open('/estimate/');
  await expect(form.notice('could not be read')).toBeVisible();
  const setAside = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('iso42001:estimator:invalid:'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(setAside).toEqual(['{"version":1,"inputs":{"sizeBand":"gigantic"}}']);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('could not be read')).toHaveCount(0);
  expect(await firstYear(page)).toEqual(DEFAULT_FIRST_YEAR);
});

test('works without saving when the browser blocks localStorage', async ({ site, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await site.open('/estimate/');
  await estimator(page).size('Over 2,000 employees').check();
  await expect.poll(async () => (await firstYear(page))[0]).toBeGreaterThan(DEFAULT_FIRST_YEAR[0]!);
});

test('offers to prefill size, AI systems and role from the readiness assessment', async ({ site, page }) => {
  const form = estimator(page);
  const saved = new Map<string, string>();
  const memory = { setItem: (key: string, value: string) => void saved.set(key, value) } as Storage;
  const scoping = { role: 'developer', sizeBand: 'over-2000', aiSystemCount: 14, euExposure: 'limited' } as const;
  saveAssessment(memory, { scoping, answers: {}, step: 'scoping' }, 'e2e');
  await site.storeBeforeLoad(Object.fromEntries(saved));
  await site.open('/estimate/');
  await expect(page.getByText('Company size: Over 2,000 employees')).toBeVisible();
  await expect(page.getByText('AI systems in scope: 14')).toBeVisible();
  await expect(page.getByText('Role: We develop AI systems')).toBeVisible();
  const use = page.getByRole('button', { name: 'Use these answers' });
  await site.tabUntil(use);
  await page.keyboard.press('Enter');
  await expect(form.size('Over 2,000 employees')).toBeChecked();
  await expect(form.count).toHaveValue('14');
  await expect(form.role(/^We develop AI systems/)).toBeChecked();
  await expect(form.notice('filled in from your readiness assessment')).toBeVisible();
  await expect(use).toHaveCount(0);
});

test('the e-mail button opens a pre-filled message to the contact address and sends nothing', async ({
  site,
  page,
}) => {
  const form = estimator(page);
  await site.open('/estimate/');
  const link = form.emailLink;
  // Before anyone reaches for it, the link opens an empty message; pointing at it composes the message.
  expect(await link.getAttribute('href')).toMatch(/^mailto:[^?]+@[^?]+\?subject=[^&]+$/);
  await link.hover();
  await expect(link).toHaveAttribute('href', /&body=/);
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^mailto:[^?]+@[^?]+\?subject=/);
  const body = decodeURIComponent(href!.split('&body=')[1]!);
  const [low, high] = DEFAULT_FIRST_YEAR.map((amount) => `$${amount.toLocaleString('en-US')}`);
  expect(body).toContain(`First-year total: ${low}–${high}`);
  expect(body).toContain('Company size: 50-500 employees');
  expect(body).toMatch(/Estimate link: http:\/\/127\.0\.0\.1:\d+\/estimate\/#v=1&/);

  // Reaching the button with the keyboard composes it again, with the answers as they are now.
  await form.size('Over 2,000 employees').check();
  await site.tabUntil(link);
  await expect
    .poll(async () => decodeURIComponent((await link.getAttribute('href'))!))
    .toContain('Company size: Over 2,000 employees');
});

test('prints on one page without the form, even with every adjustment switched on', async ({ site, page }) => {
  const form = estimator(page);
  await site.open('/estimate/');
  await form.size('Over 2,000 employees').check();
  await form.highRisk('Yes').check();
  await form.role(/^We develop AI systems/).check();
  await form.inventory('Yes').check();
  for (const name of [/^ISO\/IEC 27001/, /^ISO 9001/, /^ISO\/IEC 27701/, /^SOC 2/])
    await form.certification(name).check();
  await form.count.fill('60');
  await form.targetDate.fill('2027-02-01');
  await expect(form.targetStatus).toContainText('Not realistic');
  await page.emulateMedia({ media: 'print' });
  await expect(form.form).toBeHidden();
  await expect(form.printedAnswers).toBeVisible();
  await expect(form.printedAnswers).toContainText('Over 2,000 employees');
  await expect(form.printedAnswers).toContainText('60');
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages, format).toHaveLength(1);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`an estimate with an error, a target date and a share link passes axe in the ${colorScheme} theme`, async ({
    site,
    page,
  }) => {
    const form = estimator(page);
    await page.emulateMedia({ colorScheme });
    await site.open('/estimate/');
    await form.count.fill('0');
    await form.targetDate.fill('2027-01-01');
    await form.certification(/^ISO\/IEC 27001/).check();
    await form.certification(/^ISO 9001/).check();
    await form.service('Gap analysis and AI inventory').uncheck();
    await page.getByRole('button', { name: 'Copy a link to this estimate' }).click();
    await expect(form.shareLink).toBeVisible();
    await site.expectNoAxeViolations(`/estimate/ with answers (${colorScheme})`);
  });
}

test('the method page shows the typical profile inside the typical range', async ({ site, page }) => {
  await site.open('/estimate/method/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const typical = page.getByText(/^Most organizations of this size spend/);
  await expect(typical).toContainText('$75,000–$200,000');
  await expect(typical).toContainText(/estimator gives \$[\d,]+–\$[\d,]+/);
});
