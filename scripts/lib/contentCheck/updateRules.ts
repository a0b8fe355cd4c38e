/** Rules for news updates that a schema cannot express: the file name, and leftover placeholders. */
import { PLACEHOLDER_MARK } from '../publishing/scaffold';
import type { CheckProblem } from './problems';

const UPDATE_FILE_NAME = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.mdx?$/;

/** Problems of one file in content/updates/; `draft` is undefined when its frontmatter is invalid. */
export function updateProblems(file: string, text: string, draft: boolean | undefined): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const name = file.split('/').pop() ?? file;
  if (!UPDATE_FILE_NAME.test(name)) {
    problems.push({
      file,
      line: 0,
      what: `the file name "${name}" does not start with a date and a slug`,
      expected:
        '<yyyy-mm-dd>-<lower-case-words>.mdx, e.g. 2026-11-28-eu-ai-act-dates.mdx (npm run new:update makes one)',
    });
  }
  // A draft may keep its placeholders; a published update must not show them to readers.
  if (draft === false) {
    text.split(/\r?\n/).forEach((line, index) => {
      if (line.includes(PLACEHOLDER_MARK)) {
        problems.push({
          file,
          line: index + 1,
          what: `placeholder text "${PLACEHOLDER_MARK} …" from npm run new:update is still there`,
          expected: 'your own text here, or draft: true until the update is ready',
        });
      }
    });
  }
  return problems;
}
