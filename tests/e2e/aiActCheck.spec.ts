/**
 * The EU AI Act check as a person uses it: ten realistic systems answered through the page (the
 * answer sets of tests/unit/aiActCheck/systems.test.ts), with the tier, articles and dates the Act
 * gives them (Art. 113 and the reported Digital Omnibus dates); the keyboard, "I don't know",
 * several saved systems, and broken storage or files.
 */
import {
  CHECK_KEY,
  CHECK_PATH,
  answerLabel,
  answerThrough,
  currentQuestion,
  outcomeHeading,
  questionIdOf,
} from './support/aiActCheck';
import { expect, test, type Page } from './support/fixture';
import { ordinarySystem } from '../fixtures/aiActCheck/ordinarySystem';

const ordinary = ordinarySystem;

interface Journey {
  name: string;
  answers: Record<string, string>;
  tier: string;
  /** Article references that must be shown as links. */
  articles: string[];
  /** Dates that must be shown (as the page writes them). */
  dates: string[];
  reported?: boolean;
}

const journeys: Journey[] = [
  {
    name: 'CV screening (HR vendor)',
    answers: { ...ordinary, 'annex-iii': 'employment', profiling: 'yes' },
    tier: 'High-risk',
    articles: ['Annex III, point 4', 'Art. 9', 'Art. 14', 'Art. 43'],
    dates: ['2 December 2027', 'previously 2 August 2026', '2 February 2025'],
    reported: true,
  },
  {
    name: 'Credit scoring (bank)',
    answers: { ...ordinary, role: 'deployer', 'annex-iii': 'creditworthiness', profiling: 'yes' },
    tier: 'High-risk',
    articles: ['Annex III, point 5(b)'],
    dates: ['2 December 2027'],
    reported: true,
  },
  {
    name: 'Customer service chatbot',
    answers: { ...ordinary, interaction: 'yes', 'synthetic-content': 'yes' },
    tier: 'Transparency duties only',
    articles: ['Art. 4', 'Art. 50(1)', 'Art. 50(2)'],
    dates: ['2 August 2026'],
  },
  { name: 'Spam filter', answers: ordinary, tier: 'Minimal risk', articles: ['Art. 4'], dates: ['2 February 2025'] },
  {
    name: 'Medical device component',
    answers: { ...ordinary, role: 'product-manufacturer', 'annex-i': 'section-a', 'notified-body-a': 'yes' },
    tier: 'High-risk',
    articles: ['Art. 6(1)(a)', 'Art. 6(1)(b)'],
    dates: ['2 August 2028', 'previously 2 August 2027'],
    reported: true,
  },
  {
    name: 'Frontier model',
    answers: {
      subject: 'general-purpose-model',
      'model-on-market': 'yes',
      compute: 'yes',
      'model-open-source': 'no',
      'model-before-2025': 'no',
    },
    tier: 'General-purpose AI model with systemic risk',
    articles: ['Art. 52(1)', 'Art. 53(1)(a)', 'Art. 55(1)'],
    dates: ['2 August 2025'],
  },
  {
    name: 'Targeting system',
    answers: { ...ordinary, military: 'yes' },
    tier: 'Out of scope',
    articles: ['Art. 2(3)'],
    dates: [],
  },
  {
    name: 'Deep fake campaign',
    answers: { ...ordinary, role: 'deployer', 'synthetic-content': 'yes', 'deep-fake': 'deep-fakes' },
    tier: 'Transparency duties only',
    articles: ['Art. 50(4)'],
    dates: ['2 August 2026'],
  },
  {
    name: 'Call-centre emotion recognition',
    answers: { ...ordinary, role: 'deployer', 'prohibited-biometric': 'emotion-work-education' },
    tier: 'Prohibited',
    articles: ['Art. 5(1)(f)'],
    dates: ['2 February 2025'],
  },
  {
    name: 'Research prototype',
    answers: { ...ordinary, research: 'sole-research' },
    tier: 'Out of scope',
    articles: ['Art. 2(6)'],
    dates: [],
  },
];

const outcome = (page: Page) => page.getByRole('region', { name: /^Outcome for/ });

async function expectOutcome(page: Page, journey: Journey) {
  const shown = outcome(page);
  await expect(shown.getByTestId('check-tier')).toHaveText(journey.tier);
  for (const article of journey.articles) {
    await expect(shown.getByRole('link', { name: article, exact: true }).first()).toHaveAttribute(
      'href',
      /^https:\/\/eur-lex\.europa\.eu\//,
    );
  }
  for (const date of journey.dates) await expect(shown.getByText(date).first()).toBeVisible();
  if (journey.reported) await expect(shown.getByText('Reported, not confirmed:').first()).toBeVisible();
  if (journey.dates.length === 0) await expect(shown.getByText('No duties under the AI Act follow')).toBeVisible();
  await expect(shown.getByText(/it is not legal advice/)).toBeVisible();
}

test.describe('ten realistic systems through the check', () => {
  for (const journey of journeys) {
    test(`${journey.name}: ${journey.tier}`, async ({ site }) => {
      await site.open(CHECK_PATH);
      await answerThrough(site.page, journey.answers);
      await expectOutcome(site.page, journey);
    });
  }
});

test('the first question is in the HTML before any JavaScript runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHECK_PATH);
  await expect(currentQuestion(page)).toBeVisible();
  await expect(page.getByRole('radio')).not.toHaveCount(0);
  await context.close();
});

test('keyboard only: the spam filter, with focus on each new question and Back', async ({ site }) => {
  const { page } = site;
  await site.open(CHECK_PATH);
  for (let step = 0; step < 40 && !(await outcomeHeading(page).isVisible()); step += 1) {
    const heading = currentQuestion(page);
    const text = (await heading.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
    const questionId = questionIdOf(text);
    const group = page.getByRole('group', { name: text });
    await site.chooseRadioByKeyboard(group, answerLabel(questionId, (ordinary as Record<string, string>)[questionId]!));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: text, exact: true })).toHaveCount(0);
    if (step > 0) await expect(currentQuestion(page).or(outcomeHeading(page))).toBeFocused();
  }
  await expect(outcomeHeading(page)).toBeFocused();
  await expect(outcome(page).getByTestId('check-tier')).toHaveText('Minimal risk');
  // Back from the outcome goes to the last question, with its answer kept.
  await site.tabUntil(page.getByRole('button', { name: 'Back', exact: true }));
  await page.keyboard.press('Enter');
  await expect(currentQuestion(page)).toBeFocused();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
});

test('"I don\'t know" about inference: a provisional outcome that says what to find out', async ({ site }) => {
  await site.open(CHECK_PATH);
  await answerThrough(site.page, { ...ordinary, infers: 'unknown' });
  const shown = outcome(site.page);
  await expect(shown.getByText(/^Provisional:/)).toBeVisible();
  await expect(shown.getByRole('heading', { name: 'What to find out' })).toBeVisible();
  await expect(shown.getByTestId('check-tier')).toHaveText('Minimal risk');
});

test('changing an earlier answer re-walks the tree to a new outcome', async ({ site }) => {
  const { page } = site;
  await site.open(CHECK_PATH);
  await answerThrough(page, ordinary);
  await expect(outcome(page).getByTestId('check-tier')).toHaveText('Minimal risk');
  await page.getByRole('button', { name: /^Change the answer to: .*military/ }).click();
  await expect(currentQuestion(page)).toBeFocused();
  await answerThrough(page, { ...ordinary, military: 'yes' });
  await expect(outcome(page).getByTestId('check-tier')).toHaveText('Out of scope');
});

test('several systems: kept after a reload, listed with their tiers, renamed and deleted', async ({ site }) => {
  const { page } = site;
  await site.open(CHECK_PATH);
  await answerThrough(page, ordinary);
  await page.getByLabel('Name of the new system').fill('Emotion at work');
  await page.getByRole('button', { name: 'Add a system' }).click();
  await answerThrough(page, journeys[8]!.answers);
  await site.reload();
  const list = page.getByRole('region', { name: 'Your AI systems' });
  await expect(list.getByRole('listitem')).toHaveText([/AI system 1.*Minimal risk/, /Emotion at work.*Prohibited/]);
  await list.getByRole('button', { name: 'Rename AI system 1' }).click();
  await list.getByLabel('New name for AI system 1').fill('Spam filter');
  await list.getByRole('button', { name: 'Save name' }).click();
  await list.getByRole('button', { name: 'Delete Emotion at work' }).click();
  await list.getByRole('button', { name: 'Delete Emotion at work', exact: true }).last().click();
  await expect(list.getByRole('listitem')).toHaveText([/Spam filter.*Minimal risk/]);
  const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), CHECK_KEY)) ?? '{}');
  expect(stored.systems.map((system: { name: string }) => system.name)).toEqual(['Spam filter']);
});

test('export, delete, import: the same list comes back', async ({ site }) => {
  const { page } = site;
  await site.open(CHECK_PATH);
  await answerThrough(page, journeys[2]!.answers);
  await page.getByLabel('Name of the new system').fill('Targeting');
  await page.getByRole('button', { name: 'Add a system' }).click();
  await answerThrough(page, journeys[6]!.answers);
  const list = page.getByRole('region', { name: 'Your AI systems' });
  const storedSystems = async () =>
    JSON.parse((await page.evaluate((key) => localStorage.getItem(key), CHECK_KEY)) ?? '{}').systems;
  const before = await storedSystems();
  expect(before).toHaveLength(2);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export systems (JSON)' }).click(),
  ]);
  const file = await download.path();
  await list.getByRole('button', { name: 'Delete Targeting' }).click();
  await list.getByRole('button', { name: 'Delete Targeting', exact: true }).last().click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByLabel('Import systems from a JSON export').setInputFiles(file);
  await expect(page.getByText('2 systems imported.')).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveText([
    /AI system 1.*Transparency duties only/,
    /Targeting.*Out of scope/,
  ]);
  expect(await storedSystems()).toEqual(before);
});

test('a malformed import is refused with its reason and changes nothing', async ({ site }) => {
  const { page } = site;
  await site.open(CHECK_PATH);
  await answerThrough(page, ordinary);
  const storedBefore = await page.evaluate((key) => localStorage.getItem(key), CHECK_KEY);
  await page.getByLabel('Import systems from a JSON export').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version": 1, "savedAt": "x", "systems": [{"id": "a"}]}'),
  });
  await expect(page.getByText('The file was not imported (system 1 has no name')).toBeVisible();
  await page.getByLabel('Import systems from a JSON export').setInputFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version": 9, "savedAt": "x", "systems": []}'),
  });
  await expect(page.getByText(/not imported \(it uses format version 9/)).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), CHECK_KEY)).toBe(storedBefore);
  await expect(outcome(page).getByTestId('check-tier')).toHaveText('Minimal risk');
});

test('corrupted saved data is set aside with a message, and the check starts fresh', async ({ site }) => {
  const { page } = site;
  await site.storeBeforeLoad({ [CHECK_KEY]: '{"version":1,"systems":"oops"' });
  await site.open(CHECK_PATH);
  await expect(
    page.getByText(/Saved systems could not be read \(it is not valid JSON\)\. A copy was kept aside/),
  ).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.filter((key) => key.startsWith(`${CHECK_KEY}:invalid`))).toHaveLength(1);
  expect(keys).not.toContain(CHECK_KEY);
  await expect(currentQuestion(page)).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the question step and the outcome (${colorScheme})`, async ({ site }) => {
    // Two axe runs and a full journey: on a busy 2-core machine this needs more than one minute.
    test.slow();
    await site.page.emulateMedia({ colorScheme });
    await site.open(CHECK_PATH);
    await site.expectNoAxeViolations('question step');
    await answerThrough(site.page, journeys[0]!.answers);
    await expect(outcome(site.page).getByTestId('check-tier')).toBeVisible();
    await site.expectNoAxeViolations('outcome view');
  });
}
