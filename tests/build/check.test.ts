/**
 * `npm run check` in a copy of the project with planted mistakes: each is reported as
 * `file:line  what is wrong  expected …` and the exit status is non-zero. The type check stage
 * (astro check, minutes on two cores) is skipped here; its output parsing has unit tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, removeCopy, runBin } from './support/projectCopy';

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) removeCopy(dir);
});

function copy(): string {
  const dir = copyProject('check');
  copies.push(dir);
  return dir;
}

// Pinned to the day the regulatory facts were last verified: an overdue review is a reported
// problem, and this test must not start failing the day one falls due.
const check = (dir: string) => runBin(dir, 'tsx', ['scripts/check.ts', '--skip-types'], { SITE_TODAY: '2026-12-01' });

const GOOD_UPDATE = `---
title: A post with two mistakes in its body
description: This post exists to prove that npm run check reports mistakes in the body of an update.
publishDate: 2026-11-27
tags: [testing]
sources:
  - { title: "ISO/IEC 42001:2023", publisher: ISO }
---

An introduction.

![](/images/timeline.svg)

Read the [risk assessment guidance](/controls/a-6-1-9/).
`;

describe('npm run check', () => {
  it('reports content that fails its schema or names an unknown control, without building', async () => {
    const dir = copy();
    writeFileSync(
      path.join(dir, 'content/updates/2026-01-01-bad-date.mdx'),
      '---\ntitle: A post with a bad date\ndescription: Too short.\npublishDate: next tuesday\nsources:\n  - { title: "ISO/IEC 42001:2023", publisher: ISO }\n---\nBody.\n',
    );
    const industry = path.join(dir, 'content/industries/healthcare.mdx');
    const text = readFileSync(industry, 'utf8');
    writeFileSync(industry, text.replace(/^(priorityControls:\n  - \{ id: )"?A\.[\d.]+"?/m, '$1"A.9.9"'));
    const line = text.split('\n').indexOf('priorityControls:') + 2;

    const { code, output } = await check(dir);
    expect(code).toBe(1);
    expect(output).toContain(
      'content/updates/2026-01-01-bad-date.mdx:3  description is too short (10 characters)  expected at least 50 characters',
    );
    expect(output).toContain(
      'content/updates/2026-01-01-bad-date.mdx:4  publishDate is "next tuesday"  expected a date written as YYYY-MM-DD, e.g. 2026-11-28',
    );
    expect(output).toContain(
      `content/industries/healthcare.mdx:${line}  priorityControls[0].id: "A.9.9" is not an Annex A control  expected an ID listed in content/data/standard.yaml, such as "A.6.2.8"`,
    );
    expect(output).toContain('note: link check skipped');
    expect(output).toMatch(/\n3 problems in 2 files\.\n/);
  }, 120_000);

  it('builds the site to check body links, reports them at their source line, and passes once fixed', async () => {
    const dir = copy();
    const file = path.join(dir, 'content/updates/2026-11-27-body-mistakes.mdx');
    writeFileSync(file, GOOD_UPDATE);

    const failing = await check(dir);
    expect(failing.code).toBe(1);
    expect(failing.output).toContain('Building the site into dist/');
    expect(failing.output).toContain(
      'content/updates/2026-11-27-body-mistakes.mdx:12  image /images/timeline.svg has no alt text  expected a short description',
    );
    expect(failing.output).toContain(
      'content/updates/2026-11-27-body-mistakes.mdx:14  link to /controls/a-6-1-9/: no page or file at /controls/a-6-1-9/  expected a path that exists, such as /controls/a-6-1-2/',
    );
    expect(failing.output).toContain(
      'content/updates/2026-11-27-body-mistakes.mdx:12  link to /images/timeline.svg: no page or file at /images/timeline.svg',
    );
    // The same broken link in dist/ is not reported a second time.
    expect(failing.output).not.toMatch(/^dist\//m);
    expect(failing.output).toMatch(/\n3 problems in 1 file\.\n/);

    writeFileSync(
      file,
      GOOD_UPDATE.replace('\n![](/images/timeline.svg)\n', '').replace('/controls/a-6-1-9/', '/controls/a-6-1-2/'),
    );
    const passing = await check(dir);
    expect(passing.output).toContain('Building the site into dist/');
    expect(passing.output).toContain('No problems found.');
    expect(passing.code).toBe(0);
  }, 300_000);
});
