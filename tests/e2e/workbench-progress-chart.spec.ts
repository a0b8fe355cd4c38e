// The progress view's readiness trend looks as its baselines in both themes, at desktop width and
// at 320 px (three snapshots kept in the workspace, so the drawing never depends on the clock).
import { addSnapshot, takeSnapshot } from '../../src/lib/workbench/snapshots';
import { serializeWorkspace } from '../../src/lib/workbench/workspaceFormat';
import { questions } from './support/assessment';
import { expect, test } from './support/fixture';
import {
  answer,
  JANUARY_ANSWERS,
  WORKBENCH,
  WORKSPACE_KEY,
  seededWorkspace,
  snapshotContent,
} from './support/workbenchProgress';

/** Three snapshots kept in the workspace, the last against a newer content version (an open point). */
function workspaceWithThreeSnapshots(): string {
  const content = snapshotContent();
  const allImplemented = Object.fromEntries(questions.map((item) => [item.id, answer('implemented')]));
  const steps = [
    { name: 'Gap analysis', at: '2026-09-01', answers: {}, contentVersion: '2026-08-01' },
    { name: 'January review', at: '2027-01-10', answers: JANUARY_ANSWERS, contentVersion: '2026-08-01' },
    { name: 'Before the audit', at: '2027-03-15', answers: allImplemented, contentVersion: content.contentVersion },
  ];
  let workspace = JSON.parse(seededWorkspace());
  for (const step of steps) {
    const at = new Date(`${step.at}T12:00:00Z`);
    const answered = { ...workspace, assessment: { ...workspace.assessment, answers: step.answers } };
    const kept = addSnapshot(
      workspace,
      takeSnapshot(answered, { ...content, contentVersion: step.contentVersion }, step.name, at, step.at),
      at,
    );
    if (!kept.ok) throw new Error(kept.reason);
    workspace = kept.value;
  }
  return serializeWorkspace(workspace);
}

const WIDTHS = { desktop: { width: 1280, height: 900 }, '320': { width: 320, height: 800 } } as const;
for (const colorScheme of ['light', 'dark'] as const) {
  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    test.describe(`${colorScheme} theme, ${widthName}`, () => {
      test.use({ colorScheme, viewport });
      test('the readiness trend looks as its baseline', async ({ site, page }) => {
        await site.storeBeforeLoad({ [WORKSPACE_KEY]: workspaceWithThreeSnapshots() });
        await site.open(WORKBENCH);
        const figure = page.getByRole('figure', { name: /Overall readiness of each snapshot/ });
        await expect(figure.locator('[data-snapshot]')).toHaveCount(3);
        await expect(figure).toHaveScreenshot(`readiness-trend-${colorScheme}-${widthName}.png`, {
          maxDiffPixels: 20,
          threshold: 0.2,
          animations: 'disabled',
        });
      });
    });
  }
}
