// The quote estimator as its specs see it: role-based locators, and test ids only for the totals,
// which are figures without an accessible name of their own.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from './fixture';

/** Numbers in "$70,000–$217,500" as [70000, 217500]. */
export const amounts = (text: string) =>
  [...text.matchAll(/[\d][\d,.\s]*/g)].map((match) => Number(match[0].replace(/[^\d]/g, '')));

interface CostsFile {
  components: { id: string; low: number; high: number; recurring: boolean }[];
}
const costs = parse(readFileSync('content/data/costs.yaml', 'utf8')) as CostsFile;
const oneOff = costs.components.filter((component) => !component.recurring);
/**
 * The first-year total for the default answers: the sum of the one-off components of
 * content/data/costs.yaml, which describe exactly the default organization (see /estimate/method/).
 */
export const DEFAULT_FIRST_YEAR = [
  oneOff.reduce((sum, component) => sum + component.low, 0),
  oneOff.reduce((sum, component) => sum + component.high, 0),
];

export function estimator(page: Page) {
  const group = (name: string) => page.getByRole('group', { name });
  const componentsTable = page.getByRole('table', { name: /^Estimated cost by component/ });
  return {
    form: page.getByRole('form', { name: 'Your organization' }),
    results: page.getByRole('region', { name: 'Your indicative estimate' }),
    /** The answers in words: shown only in print. */
    printedAnswers: page.getByRole('region', { name: 'Your answers', includeHidden: true }),
    size: (label: string) => group('Company size').getByRole('radio', { name: label }),
    sizeGroup: group('Company size'),
    count: page.getByLabel('Number of AI systems in scope'),
    highRisk: (answer: 'Yes' | 'No') =>
      group('Is any of these systems high-risk or used in a regulated sector?').getByRole('radio', {
        name: answer,
        exact: true,
      }),
    role: (label: RegExp) => group('Your role').getByRole('radio', { name: label }),
    certification: (label: RegExp) => group('Certifications you already hold').getByRole('checkbox', { name: label }),
    inventory: (answer: 'Yes' | 'No') =>
      group('Do you already keep an inventory of your AI systems?').getByRole('radio', { name: answer, exact: true }),
    service: (name: string) => group('Services you want from us').getByRole('checkbox', { name }),
    targetDate: page.getByLabel('Target certification date (optional)'),
    /** A component's estimate cell in the cost table. */
    componentCost: (name: string) =>
      componentsTable
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .getByRole('cell')
        .first(),
    totalWeeks: page
      .getByRole('table', { name: /^Weeks per certification phase/ })
      .getByRole('row', { name: /^From kickoff to certification decision/ })
      .getByRole('cell')
      .first(),
    /** A reason of "Why these figures": the answer and why it moved the estimate. */
    reason: (answer: string, because: string) =>
      page.getByRole('listitem').filter({ hasText: answer }).filter({ hasText: because }).first(),
    notice: (text: string | RegExp) => page.getByRole('status').filter({ hasText: text }),
    shareLink: page.getByRole('textbox', { name: /It carries your answers/ }),
    emailLink: page.getByRole('link', { name: /^E-mail .+ for a quote$/ }),
    firstYearTotal: page.getByTestId('first-year-total'),
    threeYearTotal: page.getByTestId('three-year-total'),
    surveillanceTotal: page.getByTestId('surveillance-total'),
    targetStatus: page.getByTestId('target-status'),
  };
}

export async function firstYear(page: Page): Promise<number[]> {
  return amounts(await estimator(page).firstYearTotal.innerText());
}
