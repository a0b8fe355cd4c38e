import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentFiles } from '../../../../scripts/lib/contentCheck/checkContentFiles';
import { formatProblem } from '../../../../scripts/lib/contentCheck/problems';
import { utcDay } from '../../../../src/lib/regulatory/staleness';
import { copyOfContent, removeTree } from '../../support/tempTree';

const project = path.resolve(import.meta.dirname, '../../../..');
const TIMELINE = 'content/data/regulatory-timeline.yaml';

describe('regulatory facts in npm run check', () => {
  let copy: string;
  beforeAll(() => {
    copy = copyOfContent(project, 'regulatory-facts');
  });
  afterAll(() => removeTree(copy));

  it('reports a citation of an unknown milestone at its line and stops the build', () => {
    const file = 'content/clauses/9.mdx';
    const text = readFileSync(path.join(copy, file), 'utf8');
    writeFileSync(path.join(copy, file), `${text}\nDue <Milestone id="ai-act-annex-iii" />.\n`);
    const line = text.split('\n').length + 1;

    const result = checkContentFiles(copy, undefined, utcDay('2026-12-01'));
    expect(result.problems.map(formatProblem)).toEqual([
      `${file}:${line}  milestone "ai-act-annex-iii" does not exist  expected an id from ${TIMELINE}, such as "ai-act-annex-iii-high-risk"`,
    ]);
    expect(result.stopsBuild).toBe(true);
    writeFileSync(path.join(copy, file), text);
  }, 30_000);

  it('reports every fact whose review date has passed, with file, line and days overdue, without stopping the build', () => {
    const text = readFileSync(path.join(copy, TIMELINE), 'utf8');
    const lines = text.split('\n');
    const idLine = lines.findIndex((line) => line.trim() === '- id: dora-applies') + 1;
    const fieldLine = (field: string) =>
      lines.findIndex((line, index) => index >= idLine && line.trim().startsWith(`${field}:`));
    lines[fieldLine('verifiedOn')] = '    verifiedOn: 2026-05-20';
    lines[fieldLine('reviewBy')] = '    reviewBy: 2026-11-20';
    writeFileSync(path.join(copy, TIMELINE), lines.join('\n'));

    const result = checkContentFiles(copy, undefined, utcDay('2026-12-01'));
    expect(result.problems.map(formatProblem)).toEqual([
      `${TIMELINE}:${idLine}  milestone "dora-applies" was due for review on 2026-11-20 (11 days overdue)  expected the fact re-checked against its source, then verifiedOn set to that day and reviewBy to the next check`,
    ]);
    expect(result.stopsBuild).toBe(false);
  }, 30_000);
});
