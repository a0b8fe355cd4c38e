// One page of every kind in the dark theme (the project sets it; see playwright.a11y.config.ts):
// the checks the default suite makes in the light theme (tests/e2e/templates.spec.ts).
import { test } from '../e2e/support/fixture';
import { expectCleanTemplatePage } from '../e2e/support/templateCheck';
import { templatePages } from '../e2e/support/templates';

for (const { file, path, status } of templatePages()) {
  test(`${path} (${file}) loads cleanly and passes axe`, async ({ site, page }) => {
    await expectCleanTemplatePage(site, page, path, status);
    await site.expectNoAxeViolations();
  });
}
