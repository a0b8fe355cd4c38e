// Every step of the readiness assessment through axe, filled in as the keyboard tests fill it (so the
// Not applicable reason and the evidence flags are on screen), in both themes.
import { RESULTS_STEP, SCOPING_STEP, listSteps } from '../../src/lib/assessment/steps';
import {
  JOURNEY_SCOPING,
  areas,
  journeyAnswers,
  questionsOf,
  savedAssessment,
  wizard,
} from '../e2e/support/assessment';
import { expect, test } from '../e2e/support/fixture';

for (const step of listSteps(areas)) {
  test(`the assessment step "${step}" has no axe violations when answered`, async ({ site, page }) => {
    const wizardSteps = wizard(page);
    await site.storeBeforeLoad(savedAssessment({ scoping: JOURNEY_SCOPING, answers: journeyAnswers(), step }));
    await site.open('/assessment/');
    // The parts of a step load on demand: wait until they are on screen.
    if (step === RESULTS_STEP) await expect(wizardSteps.overallReadiness).toBeVisible();
    else if (step === SCOPING_STEP) await expect(wizardSteps.roleGroup).toBeVisible();
    else await expect(wizardSteps.question(questionsOf(step)[0]!)).toBeVisible();
    await site.expectNoAxeViolations(`assessment step ${step}`);
  });
}
