import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseYaml, splitFrontmatter, valuesOfKey } from '../../../../scripts/lib/contentCheck/yamlSource';
import { describeIssues, fieldName, showValue } from '../../../../scripts/lib/contentCheck/zodIssues';
import { formatProblem, formatSummary, splitExpectation } from '../../../../scripts/lib/contentCheck/problems';
import { isoDateSchema } from '../../../../src/schemas/common';

describe('splitFrontmatter', () => {
  it('finds where the frontmatter and the body start', () => {
    const split = splitFrontmatter('---\ntitle: A\ntags: []\n---\n\nBody line\n');
    expect(split).toMatchObject({
      frontmatter: 'title: A\ntags: []',
      frontmatterLine: 2,
      bodyLine: 5,
      hasFrontmatter: true,
    });
    expect(split.body.split('\n')[1]).toBe('Body line');
  });

  it('says when there is no frontmatter or it never closes', () => {
    expect(splitFrontmatter('# Just a heading\n').hasFrontmatter).toBe(false);
    expect(splitFrontmatter('---\ntitle: A\n').hasFrontmatter).toBe(false);
  });
});

describe('parseYaml', () => {
  const text =
    'title: A post\nsources:\n  - title: ISO\n    url: nope\n  - { title: NIST, publisher: NIST }\npublishDate: 2026-11-20\n';

  it('maps a field path to the line of its key, offset by where the YAML starts', () => {
    const yaml = parseYaml(text, 2);
    expect(yaml.lineOf(['title'])).toBe(2);
    expect(yaml.lineOf(['sources', 0, 'url'])).toBe(5);
    expect(yaml.lineOf(['sources', 1, 'publisher'])).toBe(6);
  });

  it('points a missing field at its closest existing parent', () => {
    const yaml = parseYaml(text, 2);
    expect(yaml.lineOf(['sources', 0, 'publisher'])).toBe(4);
    expect(yaml.lineOf(['description'])).toBe(2);
  });

  it('reads plain dates as dates, like the build does', () => {
    expect((parseYaml(text).data as { publishDate: Date }).publishDate).toEqual(new Date('2026-11-20T00:00:00Z'));
  });

  it('catches a day that does not exist, which YAML would roll over silently', () => {
    const yaml = parseYaml('publishDate: 2026-02-30\nupdatedDate: 2026-02-28\nquoted: "2026-02-30"\n', 2);
    expect(yaml.impossibleDates).toEqual([
      { path: ['publishDate'], line: 2, written: '2026-02-30', readAs: '2026-03-02' },
    ]);
  });

  it('reports a syntax error at its line in the file', () => {
    const yaml = parseYaml('title: ok\ntags: [a, b\ndraft: true\n', 2);
    expect(yaml.data).toBeUndefined();
    expect(yaml.errors[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('finds every value of a key at any depth', () => {
    const data = { links: [{ href: '/a/' }], cta: { primary: { href: '/b/' } } };
    expect(valuesOfKey(data, 'href')).toEqual([
      { path: ['links', 0, 'href'], value: '/a/' },
      { path: ['cta', 'primary', 'href'], value: '/b/' },
    ]);
  });
});

describe('describeIssues', () => {
  const schema = z.object({
    title: z.string().min(5),
    description: z.string().min(50).max(200),
    publishDate: isoDateSchema,
    draft: z.boolean(),
    tags: z.array(z.string().regex(/^[a-z-]+$/, 'expected lower-case words joined by "-"')),
    evidence: z.array(z.string()).min(3),
    group: z.enum(['A.2', 'A.3']),
    question: z.string().endsWith('?'),
    site: z.url(),
  });
  const data = {
    title: 'Hi',
    publishDate: 'next tuesday',
    draft: 'yes',
    tags: ['News', 'b'],
    evidence: ['one'],
    group: 'A.1',
    question: 'Why',
    site: 'example',
  };
  const described = describeIssues(schema.safeParse(data).error!.issues, data);
  const byField = Object.fromEntries(described.map((issue) => [issue.field, `${issue.what} | ${issue.expected}`]));

  it('says what the field holds and what it should hold', () => {
    expect(byField).toEqual({
      title: 'title is too short (2 characters) | at least 5 characters',
      description: 'description is missing | this field, as text',
      publishDate: 'publishDate is "next tuesday" | a date written as YYYY-MM-DD, e.g. 2026-11-28',
      draft: 'draft is "yes" | true or false',
      'tags[0]': 'tags[0] is "News" | lower-case words joined by "-"',
      evidence: 'evidence has 1 item | at least 3',
      group: 'group is "A.1" | one of "A.2", "A.3"',
      question: 'question is "Why" | text ending with "?"',
      site: 'site is "example" | a full web address starting with https://',
    });
  });

  it('reports a field once even when two rules fail on it', () => {
    expect(described.filter((issue) => issue.field === 'publishDate')).toHaveLength(1);
  });

  it('places a whole-file rule at the field its message starts with', () => {
    const data = { sizeBands: [{ id: 'small' }] };
    const issue = { code: 'custom', path: [], message: 'sizeBands: costs "gap-analysis" must not decrease' };
    expect(describeIssues([issue], data)).toEqual([
      {
        path: ['sizeBands'],
        field: 'sizeBands',
        what: 'sizeBands: costs "gap-analysis" must not decrease',
        expected: '',
      },
    ]);
    expect(describeIssues([{ ...issue, message: 'two bands overlap' }], data)[0]).toMatchObject({
      path: [],
      what: 'the file: two bands overlap',
    });
  });

  it('names nested fields and shows values briefly', () => {
    expect(fieldName(['sources', 0, 'url'])).toBe('sources[0].url');
    expect(showValue(new Date('2026-02-03T00:00:00Z'))).toBe('2026-02-03');
    expect(showValue('x'.repeat(80))).toHaveLength(62);
  });
});

describe('printing', () => {
  it('prints file:line, what is wrong, what is expected', () => {
    expect(formatProblem({ file: 'content/a.mdx', line: 4, what: 'publishDate is "soon"', expected: 'a date' })).toBe(
      'content/a.mdx:4  publishDate is "soon"  expected a date',
    );
    expect(formatProblem({ file: 'content/b.mdx', line: 0, what: 'the file name is wrong', expected: '' })).toBe(
      'content/b.mdx  the file name is wrong',
    );
  });

  it('counts problems and files', () => {
    const problem = { file: 'a', line: 1, what: 'x', expected: '' };
    expect(formatSummary([])).toBe('No problems found.');
    expect(formatSummary([problem, { ...problem, line: 2 }, { ...problem, file: 'b' }])).toBe('3 problems in 2 files.');
  });

  it('splits a catalogue message into what and expected', () => {
    expect(splitExpectation('"Art. 99" is not in the mapping; expected one of Art. 9, Art. 10')).toEqual({
      what: '"Art. 99" is not in the mapping',
      expected: 'one of Art. 9, Art. 10',
    });
    expect(splitExpectation('"A.5.1" is not an Annex A control')).toEqual({
      what: '"A.5.1" is not an Annex A control',
      expected: '',
    });
  });
});
