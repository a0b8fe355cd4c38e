import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContentFiles } from '../../../../scripts/lib/contentCheck/checkContentFiles';
import { formatProblem } from '../../../../scripts/lib/contentCheck/problems';
import { copyOfContent, plant as plantIn, removeTree, WHOLE_CONTENT_TIMEOUT } from '../../support/tempTree';

const project = path.resolve(import.meta.dirname, '../../../..');
let copy: string;
beforeEach(() => {
  copy = copyOfContent(project, 'derived-data');
});
afterEach(() => removeTree(copy));

const plant = (file: string, from: string, to: string) => plantIn(copy, file, from, to);

describe('npm run check on what the tool pages derive', () => {
  it(
    'reports a question bank that does not fit the standard at the question, as the build would fail on it',
    () => {
      const line = plant('content/data/assessment.yaml', 'guidance: /clauses/4/#4-3', 'guidance: /clauses/5/#5-1');
      const result = checkContentFiles(copy);
      expect(result.problems.map(formatProblem)).toEqual([
        `content/data/assessment.yaml:${line}  questions[2].guidance: "/clauses/5/#5-1" is not the page or section of one of its clauses or controls  expected the page of one of its clauses or controls, such as "/clauses/6/#6-1-2"`,
      ]);
      expect(result.stopsBuild).toBe(true);
    },
    WHOLE_CONTENT_TIMEOUT,
  );

  it(
    'reports an unknown control in the bank once, not again as a bank problem',
    () => {
      const line = plant('content/data/assessment.yaml', "controls: ['A.2.2']", "controls: ['A.2.9']");
      const problems = checkContentFiles(copy).problems.map(formatProblem);
      expect(problems.filter((problem) => problem.startsWith(`content/data/assessment.yaml:${line} `))).toHaveLength(1);
      // Taking A.2.2 away also leaves that control without a question.
      expect(problems.join('\n')).toContain('control A.2.2: no question maps to it');
    },
    WHOLE_CONTENT_TIMEOUT,
  );

  it(
    'reports a cost component the estimator needs at the list of components',
    () => {
      plant('content/data/costs.yaml', '  - id: gap-analysis', '  - id: gap-review');
      const line =
        readFileSync(path.join(copy, 'content/data/costs.yaml'), 'utf8').split('\n').indexOf('components:') + 1;
      const result = checkContentFiles(copy);
      expect(result.problems.map(formatProblem)).toContain(
        `content/data/costs.yaml:${line}  components: no component with id "gap-analysis"  expected a component with id: gap-analysis (the estimator is built on it)`,
      );
      expect(result.stopsBuild).toBe(true);
    },
    WHOLE_CONTENT_TIMEOUT,
  );
});
