import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { recordPageScripts } from './support/pageScripts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { areasFromStandard } from '../../src/lib/assessment/questionBank';
import { scoreAssessment } from '../../src/lib/assessment/scoring';
import { INVALID_STORAGE_KEY, STORAGE_KEY } from '../../src/lib/assessment/storage';
import type { Answer, AnswerStatus, Question } from '../../src/lib/assessment/types';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const data = parse(readFileSync('content/data/assessment.yaml', 'utf8'));
const standard = parse(readFileSync('content/data/standard.yaml', 'utf8'));
const questions: Question[] = data.questions.map((question: Partial<Question>) => ({
  clauses: [],
  controls: [],
  priority: 2,
  raisedFor: [],
  ...question,
}));
const areas = areasFromStandard({
  ...standard,
  groups: standard.groups.map((group: object) => ({ controls: [], ...group })),
});

/** The answer the journey gives to the question at this position: a mix of every status. */
const PATTERN: AnswerStatus[] = ['implemented', 'partial', 'not-started', 'implemented'];
const NOT_APPLICABLE_QUESTION = 'lifecycle-event-logs';
const JUSTIFICATION = 'Our systems are bought-in services; the supplier keeps the logs.';

/** Opens the assessment, waits for hydration and saved data, and records problems. */
async function open(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && !['data:', 'blob:'].includes(url.protocol))
      problems.push(`request left the origin: ${url.href}`);
  });
  await page.goto('/assessment/');
  await ready(page);
  return problems;
}

async function ready(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('.assessment[data-ready="true"]')).toHaveCount(1);
}

async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (violation) => `${where} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** Presses Tab until `target` has focus, proving it is reachable by keyboard. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 80; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reachable with Tab: ${target}`);
}

/** Picks a radio of a group by keyboard: Tab into the group, then arrow keys. */
async function chooseByKeyboard(page: Page, groupPrefix: string, values: readonly string[], value: string) {
  await tabTo(page, page.locator(`input[name="${groupPrefix}"]`).first());
  await page.keyboard.press('Space');
  for (let i = 0; i < values.indexOf(value); i += 1) await page.keyboard.press('ArrowRight');
  await expect(page.locator(`input[name="${groupPrefix}"][value="${value}"]`)).toBeChecked();
}

const STATUSES = ['not-started', 'partial', 'implemented', 'not-applicable'] as const;

/** Answers the journey gives, for computing the expected results with the same library. */
function journeyAnswers(): Record<string, Answer> {
  return Object.fromEntries(
    questions.map((question, index) => {
      const status = question.id === NOT_APPLICABLE_QUESTION ? 'not-applicable' : PATTERN[index % PATTERN.length]!;
      const flagged = index % 8 === 0;
      return [
        question.id,
        {
          status,
          justification: status === 'not-applicable' ? JUSTIFICATION : '',
          documented: flagged,
          evidenced: flagged,
          note: '',
        },
      ];
    }),
  );
}

const overallText = (page: Page) => page.locator('.readiness-figure strong');

test.describe('readiness assessment', () => {
  test('a full journey by keyboard reaches results, with axe clean on every step', async ({ page }) => {
    test.setTimeout(180_000);
    const problems = await open(page);
    const heading = page.locator('#assessment-step-heading');
    await expect(page.getByText('Your answers stay in this browser')).toBeVisible();
    await expectNoAxeViolations(page, 'scoping');

    // Next without answers: errors next to the fields, focus on the first one.
    await tabTo(page, page.getByRole('button', { name: 'Next', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.locator('#scoping-role-error')).toHaveText(/Choose one option/);
    await expect(page.locator('input[name="scoping.role"]').first()).toBeFocused();
    await expectNoAxeViolations(page, 'scoping with errors');

    await chooseByKeyboard(page, 'scoping.role', ['developer', 'provider', 'user'], 'provider');
    await chooseByKeyboard(page, 'scoping.sizeBand', ['under-50', '50-500', '500-2000', 'over-2000'], '50-500');
    await tabTo(page, page.locator('#scoping-count'));
    await page.keyboard.type('4');
    await chooseByKeyboard(page, 'scoping.euExposure', ['none', 'limited', 'high-risk', 'unsure'], 'high-risk');
    await tabTo(page, page.getByRole('button', { name: 'Next', exact: true }));
    await page.keyboard.press('Enter');

    let steps = 1;
    const answers = journeyAnswers();
    for (const area of areas) {
      await expect(heading).toBeFocused();
      await expect(heading).toContainText(area.title);
      steps += 1;
      for (const question of questions.filter((entry) => entry.area === area.id)) {
        const answer = answers[question.id]!;
        await chooseByKeyboard(page, `answers.${question.id}.status`, STATUSES, answer.status!);
        if (answer.status === 'not-applicable') {
          // Next without a reason is refused, with the error announced next to the field.
          await tabTo(page, page.getByRole('button', { name: 'Next', exact: true }));
          await page.keyboard.press('Enter');
          const justification = page.locator(`#q-${question.id}-justification`);
          await expect(justification).toBeFocused();
          await expect(page.locator(`#q-${question.id}-justification-error`)).toHaveAttribute('role', 'alert');
          await expectNoAxeViolations(page, `${area.id} with an error`);
          await page.keyboard.type(JUSTIFICATION);
        }
        if (answer.documented) {
          for (const flag of ['documented', 'evidenced']) {
            await tabTo(page, page.locator(`input[name="answers.${question.id}.${flag}"]`));
            await page.keyboard.press('Space');
          }
        }
      }
      await expectNoAxeViolations(page, area.id);
      await tabTo(page, page.getByRole('button', { name: /^(Next|See results)$/ }));
      await page.keyboard.press('Enter');
    }

    steps += 1;
    await expect(heading).toHaveText('Results');
    await expect(heading).toBeFocused();
    const expected = scoreAssessment(areas, questions, answers);
    await expect(overallText(page)).toHaveText(`${expected.overall.percent}%`);
    await expect(page.getByText(/0 of \d+ questions are unanswered/)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Annex A controls' }).locator('tbody tr')).toHaveCount(38);
    const eventLogs = page.getByRole('row', { name: /A\.6\.2\.8/ });
    await expect(eventLogs).toContainText('Excluded');
    await expect(eventLogs).toContainText(JUSTIFICATION);
    await expect(page.getByRole('list').filter({ hasText: 'Priority 1' }).first()).toBeVisible();
    await expectNoAxeViolations(page, 'results');
    test.info().annotations.push({ type: 'journey', description: `${steps} steps, ${questions.length} questions` });
    expect(steps).toBe(areas.length + 2);
    expect(problems).toEqual([]);
  });

  test('changing an answer updates the live readiness at once, and reload restores answers and step', async ({
    page,
  }) => {
    const problems = await open(page);
    const live = page.locator('.step-summary strong');
    await expect(live).toHaveText('0%');
    await page.getByRole('button', { name: /^Clause 6: Planning/ }).click();
    await expect(page.locator('#assessment-step-heading')).toBeFocused();
    const first = questions.find((question) => question.area === '6')!;
    await page.locator(`input[name="answers.${first.id}.status"][value="implemented"]`).check();
    const onePercent = Math.round(100 / questions.length);
    await expect(live).toHaveText(`${onePercent}%`, { timeout: 500 });
    await page.locator(`#q-${first.id}-note`).fill('Owner: CISO');

    await page.reload();
    await ready(page);
    await expect(page.locator('#assessment-step-heading')).toHaveText(/Clause 6: Planning/);
    await expect(page.locator(`input[name="answers.${first.id}.status"][value="implemented"]`)).toBeChecked();
    await expect(page.locator(`#q-${first.id}-note`)).toHaveValue('Owner: CISO');
    await expect(live).toHaveText(`${onePercent}%`);
    expect(problems).toEqual([]);
  });

  test('export, delete everything, import: the same results come back; CSV is formula-safe', async ({ page }) => {
    const problems = await open(page);
    const saved = {
      version: 2,
      savedAt: new Date().toISOString(),
      contentVersion: data.contentVersion,
      step: 'results',
      scoping: { role: 'user', sizeBand: 'under-50', aiSystemCount: 2, euExposure: 'none' },
      answers: {
        ...journeyAnswers(),
        'context-scope': {
          status: 'partial',
          justification: '',
          documented: true,
          evidenced: false,
          note: '=HYPERLINK("http://x")',
        },
      },
    };
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify(saved)]);
    await page.reload();
    await ready(page);
    const before = await overallText(page).innerText();
    const soaRows = await page.getByRole('table', { name: 'Annex A controls' }).locator('tbody').innerText();

    const [exportDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export answers (JSON)' }).click(),
    ]);
    expect(exportDownload.suggestedFilename()).toMatch(/^iso42001-assessment-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await exportDownload.path())!, 'utf8'));
    expect(exported).toMatchObject({
      format: 'iso42001-readiness-assessment',
      version: 2,
      contentVersion: data.contentVersion,
    });

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download results (CSV)' }).click(),
    ]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^Area,Area readiness,Question ID/);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    const [soaDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Statement of Applicability (CSV)' }).click(),
    ]);
    expect(
      readFileSync((await soaDownload.path())!, 'utf8')
        .trim()
        .split('\r\n'),
    ).toHaveLength(39);

    // Delete needs a confirmation; Cancel keeps everything.
    await page.getByRole('button', { name: 'Delete all answers', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete all answers?' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, 'delete dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).not.toBeNull();
    await page.getByRole('button', { name: 'Delete all answers', exact: true }).click();
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await expect(page.locator('#assessment-step-heading')).toHaveText('Scope of your organization');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
    await expect(page.locator('.step-summary strong')).toHaveText('0%');

    await page.locator('#assessment-import').setInputFiles((await exportDownload.path())!);
    await expect(page.locator('#assessment-step-heading')).toHaveText('Results');
    await expect(overallText(page)).toHaveText(before);
    expect(await page.getByRole('table', { name: 'Annex A controls' }).locator('tbody').innerText()).toBe(soaRows);
    await page.reload();
    await ready(page);
    await expect(overallText(page)).toHaveText(before);
    expect(problems).toEqual([]);
  });

  test('a malformed, wrong-version or oversized import is refused and changes nothing', async ({ page }) => {
    const problems = await open(page);
    await page.locator('input[name="scoping.role"][value="developer"]').check();
    const stored = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    expect(stored).toContain('developer');
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
      await page
        .locator('#assessment-import')
        .setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
      const error = page.locator('#assessment-import-error');
      await expect(error).toHaveText(file.message);
      await expect(error).toHaveAttribute('role', 'alert');
      await expect(page.locator('input[name="scoping.role"][value="developer"]')).toBeChecked();
      expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(stored);
    }
    await expectNoAxeViolations(page, 'import error');
    expect(problems).toEqual([]);
  });

  test('corrupted storage is set aside with a message; older saved data is upgraded', async ({ page }) => {
    const problems = await open(page);
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"version": 2, "answers": {"context-scope": '),
      STORAGE_KEY,
    );
    await page.reload();
    await ready(page);
    const notice = page.locator('.assessment-notice');
    await expect(notice).toContainText('could not be read');
    expect(await page.evaluate((key) => localStorage.getItem(key), INVALID_STORAGE_KEY)).toBe(
      '{"version": 2, "answers": {"context-scope": ',
    );
    await expectNoAxeViolations(page, 'invalid storage notice');
    await notice.getByRole('button', { name: 'Start fresh' }).click();
    await expect(notice).toBeEmpty();
    await expect(page.locator('#assessment-step-heading')).toBeFocused();

    // Version 1 stored bare statuses: upgraded, with the answer kept.
    const first = questions[0]!;
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [
        STORAGE_KEY,
        JSON.stringify({
          version: 1,
          step: first.area,
          scoping: { role: 'user' },
          answers: { [first.id]: 'implemented' },
        }),
      ],
    );
    await page.reload();
    await ready(page);
    await expect(notice).toContainText('upgraded from format version 1');
    await expect(page.locator(`input[name="answers.${first.id}.status"][value="implemented"]`)).toBeChecked();
    const upgraded = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!);
    expect(upgraded.version).toBe(2);
    expect(upgraded.answers[first.id]).toMatchObject({ status: 'implemented', documented: false });
    expect(problems).toEqual([]);
  });

  test('the printed report shows the results without the wizard chrome', async ({ page }) => {
    const problems = await open(page);
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'true');
    });
    await page.getByRole('button', { name: 'Print report' }).click();
    await expect(page.locator('body[data-printed="true"]')).toHaveCount(1);
    await expect(page.locator('#assessment-step-heading')).toHaveText('Results');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.step-nav')).toBeHidden();
    await expect(page.locator('.assessment-data')).toBeHidden();
    await expect(page.getByRole('table', { name: 'Annex A controls' })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('the method page explains the rules and passes axe', async ({ page }) => {
    await page.goto('/assessment/method/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How the readiness assessment works');
    for (const section of [
      'The score',
      'The readiness bands',
      'The draft Statement of Applicability',
      'The indicative timeline',
    ]) {
      await expect(page.getByRole('heading', { name: section })).toBeVisible();
    }
    await expectNoAxeViolations(page, 'method');
  });
});

test.describe('readiness assessment code loaded on demand', () => {
  /** Names of the script files the page requested so far. */
  function scriptRequests(page: Page) {
    const names: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') names.push(new URL(request.url()).pathname.split('/').pop()!);
    });
    return names;
  }
  const LAZY = /^(AreaStep|resultsAndFiles|savedAnswers|storage|migrations)\./;

  test('a first visit loads no question, results, file or saved-data code until it is needed', async ({ page }) => {
    const scripts = scriptRequests(page);
    const problems = await open(page);
    expect(scripts.filter((name) => LAZY.test(name))).toEqual([]);

    await page.getByRole('button', { name: /^Clause 6: Planning/ }).click();
    await expect(page.locator('.question').first()).toBeVisible();
    expect(scripts.some((name) => name.startsWith('AreaStep.'))).toBe(true);
    expect(scripts.some((name) => name.startsWith('resultsAndFiles.'))).toBe(false);

    await page.getByRole('button', { name: 'Results', exact: true }).click();
    await expect(overallText(page)).toBeVisible();
    expect(scripts.some((name) => name.startsWith('resultsAndFiles.'))).toBe(true);
    expect(scripts.some((name) => name.startsWith('savedAnswers.'))).toBe(false);
    expect(problems).toEqual([]);
  });

  test('loads under 90,000 bytes of JavaScript (gzip -9) before any interaction', async ({ page }) => {
    const pageLoadScriptGzip = recordPageScripts(page);
    await open(page);
    const total = await pageLoadScriptGzip();
    test.info().annotations.push({ type: 'page-load JavaScript (gzip -9)', description: `${total} bytes` });
    expect(total).toBeLessThan(90_000);
  });

  test('a slow part shows Loading; a part that fails to load says so and keeps the wizard', async ({ page }) => {
    const problems = await open(page);
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/resultsAndFiles\.[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Results', exact: true }).click();
    await expect(page.locator('.assessment-step').getByRole('status')).toHaveText('Loading…');
    release();
    await expect(overallText(page)).toBeVisible();

    // A new page whose questions cannot be fetched (offline, or the site changed meanwhile).
    const other = await page.context().newPage();
    const otherProblems = await open(other);
    await other.route(/\/AreaStep\.[\w-]+\.js$/, (route) => route.abort());
    await other.getByRole('button', { name: /^Clause 6: Planning/ }).click();
    await expect(other.locator('.assessment-step [role="alert"]')).toContainText('could not be loaded');
    await other.getByRole('button', { name: /^Scope of your organization/ }).click();
    await expect(other.locator('#assessment-step-heading')).toHaveText('Scope of your organization');
    await expect(other.locator('input[name="scoping.role"]').first()).toBeVisible();
    expect(problems).toEqual([]);
    // The browser and React report the failed fetch itself; nothing else may go wrong.
    const aborted = /Failed to load resource|AreaStep/;
    expect(otherProblems.filter((problem) => !aborted.test(problem))).toEqual([]);
  });

  test('saved answers are never overwritten when their reader cannot be loaded', async ({ page }) => {
    await open(page);
    const first = questions[0]!;
    const saved = JSON.stringify({
      version: 2,
      savedAt: new Date().toISOString(),
      contentVersion: data.contentVersion,
      step: first.area,
      scoping: { role: 'user', sizeBand: null, aiSystemCount: null, euExposure: null },
      answers: {
        [first.id]: { status: 'implemented', justification: '', documented: false, evidenced: false, note: '' },
      },
    });
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, saved]);
    await page.route(/\/savedAnswers\.[\w-]+\.js$/, (route) => route.abort());
    await page.reload();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.locator('.assessment-notice')).toContainText('could not be loaded');
    await page.locator('input[name="scoping.role"][value="developer"]').check();
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(saved);

    await page.unroute(/\/savedAnswers\.[\w-]+\.js$/);
    await page.reload();
    await ready(page);
    await expect(page.locator(`input[name="answers.${first.id}.status"][value="implemented"]`)).toBeChecked();
  });
});

test.describe('readiness assessment in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('results pass axe', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Results', exact: true }).click();
    await expectNoAxeViolations(page, 'dark results');
  });
});
