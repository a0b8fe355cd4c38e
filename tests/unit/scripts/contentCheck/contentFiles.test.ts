import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentFiles } from '../../../../scripts/lib/contentCheck/checkContentFiles';
import { formatProblem } from '../../../../scripts/lib/contentCheck/problems';
import { schemaFor } from '../../../../scripts/lib/contentCheck/schemaTable';
import { validateSource } from '../../../../scripts/lib/contentCheck/validateSource';
import { utcDay } from '../../../../src/lib/regulatory/staleness';
import { updateSchema } from '../../../../src/schemas/guidance';
import { copyOfContent, removeTree, WHOLE_CONTENT_TIMEOUT } from '../../support/tempTree';

const project = path.resolve(import.meta.dirname, '../../../..');

describe('validateSource', () => {
  it('reports a missing field at the top of the frontmatter and a wrong one at its line', () => {
    const text =
      '---\ndescription: A description long enough to pass the fifty character minimum.\npublishDate: 2026-13-01\nsources: []\n---\nBody\n';
    const problems = validateSource('content/updates/2026-01-01-x.mdx', text, updateSchema).problems.map(formatProblem);
    expect(problems).toEqual([
      'content/updates/2026-01-01-x.mdx:2  title is missing  expected this field, as text',
      'content/updates/2026-01-01-x.mdx:3  publishDate is 2026-13-01, a day that does not exist (the site would read it as 2027-01-01)  expected a real calendar date written as YYYY-MM-DD',
      'content/updates/2026-01-01-x.mdx:4  sources has 0 items  expected at least 1',
    ]);
  });

  it('reports unreadable YAML once, at its line', () => {
    const text = '---\ntitle: A post\ntags: [a, b\ndraft: true\n---\n';
    const problems = validateSource('content/updates/x.mdx', text, updateSchema).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.what).toMatch(/^the YAML cannot be read: /);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('asks for frontmatter when there is none', () => {
    expect(validateSource('content/updates/x.mdx', '# Title\n', updateSchema).problems.map(formatProblem)).toEqual([
      'content/updates/x.mdx:1  the file has no frontmatter  expected the fields at the top, between two lines of "---"',
    ]);
  });
});

describe('schemaFor', () => {
  it('knows the schema of every kind of content file', () => {
    expect(schemaFor('content/updates/2026-11-20-news.mdx')).toBe(updateSchema);
    expect(schemaFor('content/data/faq.yaml')).toBeDefined();
    expect(schemaFor('content/settings/site.yaml')).toBeDefined();
    expect(schemaFor('tests/fixtures/other-brand.yaml', 'tests/fixtures/other-brand.yaml')).toBeDefined();
    expect(schemaFor('content/data/notes.txt')).toBeUndefined();
    expect(schemaFor('content/updates/_parked.mdx')).toBeUndefined();
  });
});

describe('checkContentFiles', () => {
  let copy: string;
  beforeAll(() => {
    copy = copyOfContent(project, 'content-files');
  });
  afterAll(() => removeTree(copy));

  it(
    'finds nothing wrong in the project content',
    () => {
      // Pinned to the day the regulatory facts were last verified, so review dates cannot lapse under the test.
      const result = checkContentFiles(project, undefined, utcDay('2026-12-01'));
      expect(result.problems.map(formatProblem)).toEqual([]);
      expect(result.stopsBuild).toBe(false);
      expect(result.bodyLinks.length).toBeGreaterThan(50);
      // Reads and validates every content file: seconds on a busy shared machine.
    },
    WHOLE_CONTENT_TIMEOUT,
  );

  it('reports planted mistakes with file and line, and says which ones stop the build', () => {
    writeFileSync(
      path.join(copy, 'content/updates/2026-01-01-bad-date.mdx'),
      '---\ntitle: A post with a bad date\ndescription: This post exists only to prove that a wrong date is reported.\npublishDate: next tuesday\nsources:\n  - { title: "ISO/IEC 42001:2023", publisher: ISO }\n---\n\n![](/images/chart.svg)\n',
    );
    const control = path.join(copy, 'content/controls/a-6-2-8.mdx');
    const controlText = readFileSync(control, 'utf8');
    writeFileSync(control, controlText.replace(/^related:\n  controls: \[/m, 'related:\n  controls: [A.5.1, '));
    const relatedLine = controlText.split('\n').findIndex((line) => line.startsWith('  controls: [')) + 1;

    const result = checkContentFiles(copy, undefined, utcDay('2026-12-01'));
    expect(result.problems.map(formatProblem)).toEqual([
      'content/updates/2026-01-01-bad-date.mdx:4  publishDate is "next tuesday"  expected a date written as YYYY-MM-DD, e.g. 2026-11-28',
      'content/updates/2026-01-01-bad-date.mdx:9  image /images/chart.svg has no alt text  expected a short description of the image between the brackets, e.g. ![Timeline of EU AI Act dates](/images/timeline.svg)',
      `content/controls/a-6-2-8.mdx:${relatedLine}  related.controls: "A.5.1" is not an Annex A control  expected a control ID listed in content/data/standard.yaml, such as "A.6.2.8"`,
    ]);
    expect(result.stopsBuild).toBe(true);
  });
});
