import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContentFiles } from '../../../../scripts/lib/contentCheck/checkContentFiles';
import { formatProblem } from '../../../../scripts/lib/contentCheck/problems';
import { copyOfContent, plant as plantIn, removeTree, WHOLE_CONTENT_TIMEOUT } from '../../support/tempTree';

const project = path.resolve(import.meta.dirname, '../../../..');
const TREE = 'content/data/ai-act-check.yaml';
let copy: string;
beforeEach(() => {
  copy = copyOfContent(project, 'ai-act-check');
});
afterEach(() => removeTree(copy));

const plant = (from: string, to: string) => plantIn(copy, TREE, from, to);

describe('npm run check on the EU AI Act decision tree', () => {
  it(
    'reports a dangling link and an unknown article at their lines, and stops the build',
    () => {
      const linkLine = plant('next: not-ai-system', 'next: not-an-ai-system');
      const articleLine = plant("articles: ['Art. 2(10)', 'Art. 3(4)']", "articles: ['Art. 2(10)', 'Art. 7(4)']");
      const outcomeLine = readFileSync(path.join(copy, TREE), 'utf8').split('\n').indexOf('  - id: not-ai-system') + 1;
      const result = checkContentFiles(copy);
      const problems = result.problems.map(formatProblem).filter((problem) => problem.startsWith(TREE));
      // In the graph check's order: links, then reachability, then citations (npm run check sorts by line).
      expect(problems).toEqual([
        expect.stringMatching(
          new RegExp(
            `^${TREE}:${linkLine}  questions\\[1\\]\\.answers\\[1\\]\\.next: "not-an-ai-system" is not a question or outcome \\(dangling link\\)  expected one of subject, infers, `,
          ),
        ),
        // Nothing leads to the outcome any more: reported where it is defined.
        `${TREE}:${outcomeLine}  outcomes[0].id: outcome "not-ai-system" cannot be reached from "subject"  expected an answer somewhere that leads to it, or removing it`,
        `${TREE}:${articleLine}  questions[5].articles[1]: "Art. 7(4)" cites an article the site does not know  expected an article or annex listed in content/data/ai-act-articles.yaml`,
      ]);
      expect(result.stopsBuild).toBe(true);
    },
    WHOLE_CONTENT_TIMEOUT,
  );

  it(
    "reports a milestone citation in the tree's text that does not exist",
    () => {
      const line = plant('{milestone:ai-act-intimate-imagery-ban}', '{milestone:ai-act-nudification-ban}');
      const problems = checkContentFiles(copy).problems.map(formatProblem);
      expect(problems).toContainEqual(
        expect.stringMatching(new RegExp(`^${TREE}:${line}  milestone "ai-act-nudification-ban" does not exist`)),
      );
    },
    WHOLE_CONTENT_TIMEOUT,
  );
});
