/**
 * Answering the EU AI Act check through its interface: answers given by question and answer id (as
 * in tests/unit/aiActCheck/systems.test.ts), clicked by the answer's label from the tree file.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, type Page } from './fixture';

interface TreeFile {
  questions: { id: string; text: string; answers: { id: string; label: string }[] }[];
}

const tree = parse(readFileSync('content/data/ai-act-check.yaml', 'utf8')) as TreeFile;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export const CHECK_PATH = '/eu-ai-act/check/';
export const CHECK_KEY = 'iso42001:ai-act-check';

/** The label of an answer, as the visitor reads it. */
export function answerLabel(questionId: string, answerId: string): string {
  const question = tree.questions.find((candidate) => candidate.id === questionId);
  const label = question?.answers.find((answer) => answer.id === answerId)?.label;
  if (!label) throw new Error(`No answer ${answerId} to question ${questionId} in the tree`);
  return label;
}

/** The id of the question whose text is `text`. */
export function questionIdOf(text: string): string {
  // A {milestone:id} token in the file is written out as a date on the page.
  const pattern = (written: string) =>
    new RegExp(
      `^${squash(written)
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(/\{milestone:[a-z0-9-]+\}/g, '.+')}$`,
    );
  const question = tree.questions.find((candidate) => pattern(candidate.text).test(squash(text)));
  if (!question) throw new Error(`The page asks a question the tree does not have: ${text}`);
  return question.id;
}

/** The question shown now (its heading), and the outcome heading. */
export const currentQuestion = (page: Page) => page.locator('form').getByRole('heading', { level: 2 });
export const outcomeHeading = (page: Page) => page.getByRole('heading', { name: /^Outcome for/ });

/** Answers each question the check asks from `answers` until the outcome shows. */
export async function answerThrough(page: Page, answers: Readonly<Record<string, string>>): Promise<void> {
  for (let step = 0; step < 40; step += 1) {
    await expect(currentQuestion(page).or(outcomeHeading(page))).toBeVisible();
    if (await outcomeHeading(page).isVisible()) return;
    const text = squash((await currentQuestion(page).textContent()) ?? '');
    const questionId = questionIdOf(text);
    const answerId = answers[questionId];
    if (!answerId) throw new Error(`The journey has no answer for question ${questionId}: ${text}`);
    const form = page.locator('form').filter({ has: page.getByRole('heading', { level: 2 }) });
    await form.getByText(answerLabel(questionId, answerId), { exact: true }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('heading', { name: text, exact: true })).toHaveCount(0);
  }
  throw new Error('No outcome after 40 questions');
}
