// The readiness assessment by keyboard alone, one part of the journey per test: each starts from the
// state the earlier parts would leave (saved in the browser before the page loads), so none waits
// for the others. Every step's axe check in both themes is in tests/a11y/assessment-steps.spec.ts.
import { scoreAssessment } from '../../src/lib/assessment/scoring';
import {
  JOURNEY_SCOPING,
  JUSTIFICATION,
  NOT_APPLICABLE_QUESTION,
  STATUS_LABELS,
  areas,
  journeyAnswers,
  questions,
  questionsOf,
  savedAssessment,
  storedAssessment,
  wizard,
} from './support/assessment';
import { expect, test, type Site } from './support/fixture';

/** Answers every question of an area with the keyboard as journeyAnswers() says. */
async function answerAreaByKeyboard(site: Site, areaId: string) {
  const page = site.page;
  const steps = wizard(page);
  const answers = journeyAnswers();
  for (const question of questionsOf(areaId)) {
    const answer = answers[question.id]!;
    await site.chooseRadioByKeyboard(steps.question(question), STATUS_LABELS[answer.status!]);
    if (answer.status === 'not-applicable') {
      // Next without a reason is refused, with the error announced next to the field.
      await site.tabUntil(steps.next, { maxPresses: 120 });
      await page.keyboard.press('Enter');
      await expect(steps.justification).toBeFocused();
      await expect(steps.justification).toHaveAccessibleDescription(/at least \d+ characters/);
      await expect(page.getByRole('alert')).toHaveText(/at least \d+ characters/);
      await site.expectNoAxeViolations(`${areaId} with an error`);
      await page.keyboard.type(answer.justification);
    }
    if (answer.documented) {
      for (const flag of ['Documented', 'Evidenced'] as const) {
        await site.tabUntil(steps.evidence(question, flag));
        await page.keyboard.press('Space');
        await expect(steps.evidence(question, flag)).toBeChecked();
      }
    }
  }
}

test('scoping by keyboard: Next without answers marks the fields, answered it opens the first area', async ({
  site,
  page,
}) => {
  const steps = wizard(page);
  await site.open('/assessment/');
  await expect(page.getByRole('heading', { name: 'Your answers stay in this browser' })).toBeVisible();
  await site.expectNoAxeViolations('scoping');

  // Errors next to the fields, focus on the first one.
  await site.tabUntil(steps.next, { maxPresses: 120 });
  await page.keyboard.press('Enter');
  await expect(steps.roleGroup).toHaveAccessibleDescription(/Choose one option/);
  await expect(steps.roleGroup.getByRole('radio').first()).toBeFocused();
  await site.expectNoAxeViolations('scoping with errors');

  await site.chooseRadioByKeyboard(steps.roleGroup, 'We provide AI systems or AI-based services to others');
  await site.chooseRadioByKeyboard(steps.sizeGroup, '50 to 500 people');
  await site.tabUntil(steps.countField);
  await page.keyboard.type('4');
  await site.chooseRadioByKeyboard(steps.euGroup, 'Yes, including systems that may be high-risk');
  await expect(steps.roleGroup).not.toHaveAccessibleDescription(/Choose one option/);
  await site.tabUntil(steps.next);
  await page.keyboard.press('Enter');

  await expect(steps.stepHeading).toBeFocused();
  await expect(steps.stepHeading).toContainText(areas[0]!.title);
  await expect.poll(async () => JSON.parse((await storedAssessment(page))!).scoping).toEqual(JOURNEY_SCOPING);
});

test('an area by keyboard: arrow keys choose, Not applicable needs a reason, Space ticks evidence', async ({
  site,
  page,
}) => {
  const steps = wizard(page);
  const area = questions.find((question) => question.id === NOT_APPLICABLE_QUESTION)!.area;
  const answers = journeyAnswers();
  // The area must exercise every kind of answer this test is about.
  expect(questionsOf(area).some((question) => answers[question.id]!.documented)).toBe(true);
  await site.storeBeforeLoad(savedAssessment({ scoping: JOURNEY_SCOPING, step: area }));
  await site.open('/assessment/');
  await expect(steps.stepHeading).toContainText(areas.find((entry) => entry.id === area)!.title);

  await answerAreaByKeyboard(site, area);
  await site.tabUntil(steps.next, { maxPresses: 120 });
  await page.keyboard.press('Enter');
  const following = areas[areas.findIndex((entry) => entry.id === area) + 1]!;
  await expect(steps.stepHeading).toBeFocused();
  await expect(steps.stepHeading).toContainText(following.title);

  // Saving is asynchronous (a lock, then a write), so wait for the area's last answer to land.
  const last = questionsOf(area).at(-1)!;
  await expect
    .poll(async () => JSON.parse((await storedAssessment(page))!).answers[last.id])
    .toMatchObject({
      ...answers[last.id]!,
    });
  const saved = JSON.parse((await storedAssessment(page))!);
  for (const question of questionsOf(area)) {
    expect(saved.answers[question.id], question.id).toMatchObject({ ...answers[question.id]! });
  }
});

test('the last area by keyboard, then See results: score and Statement of Applicability follow the answers', async ({
  site,
  page,
}) => {
  const steps = wizard(page);
  const last = areas.at(-1)!.id;
  const answers = journeyAnswers();
  const lastIds = new Set(questionsOf(last).map((question) => question.id));
  const earlier = Object.fromEntries(Object.entries(answers).filter(([id]) => !lastIds.has(id)));
  await site.storeBeforeLoad(savedAssessment({ scoping: JOURNEY_SCOPING, answers: earlier, step: last }));
  await site.open('/assessment/');

  await answerAreaByKeyboard(site, last);
  await site.tabUntil(steps.seeResults, { maxPresses: 120 });
  await page.keyboard.press('Enter');

  await expect(steps.stepHeading).toHaveText('Results');
  await expect(steps.stepHeading).toBeFocused();
  const expected = scoreAssessment(areas, questions, answers);
  await expect(steps.overallReadiness).toHaveText(`${expected.overall.percent}%`);
  await expect(page.getByText(/0 of \d+ questions are unanswered/)).toBeVisible();
  await expect(steps.soaTable.getByRole('rowheader')).toHaveCount(38);
  const eventLogs = steps.soaTable.getByRole('row', { name: /A\.6\.2\.8/ });
  await expect(eventLogs).toContainText('Excluded');
  await expect(eventLogs).toContainText(JUSTIFICATION);
  await expect(page.getByRole('listitem').filter({ hasText: 'Priority 1' }).first()).toBeVisible();
  await site.expectNoAxeViolations('results');
});

test('Next leads through every step in order, moving focus to each heading', async ({ site, page }) => {
  // Reaching Next with Tab is the other tests' part; here Enter on it, step after step.
  const steps = wizard(page);
  await site.storeBeforeLoad(savedAssessment({ scoping: JOURNEY_SCOPING, step: areas[0]!.id }));
  await site.open('/assessment/');
  for (const [index, area] of areas.entries()) {
    await expect(steps.stepHeading).toContainText(area.title);
    await expect(page.getByText(`Step ${index + 2} of ${areas.length + 2}`)).toBeVisible();
    await (index === areas.length - 1 ? steps.seeResults : steps.next).press('Enter');
    await expect(steps.stepHeading).toBeFocused();
  }
  await expect(steps.stepHeading).toHaveText('Results');
  await expect(page.getByText(`Step ${areas.length + 2} of ${areas.length + 2}`)).toBeVisible();
});
