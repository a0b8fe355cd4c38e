import { utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distIsStale } from '../../../../scripts/lib/contentCheck/buildFreshness';
import { toolFailure, typeErrorProblems } from '../../../../scripts/lib/contentCheck/toolOutput';
import { updateProblems } from '../../../../scripts/lib/contentCheck/updateRules';
import { PLACEHOLDER_MARK } from '../../../../scripts/lib/publishing/scaffold';
import { withTempTree, writeTree } from '../../support/tempTree';

describe('typeErrorProblems', () => {
  it('reads errors, not warnings, from astro check output', () => {
    const output = [
      "\x1b[96msrc/pages/faq.astro\x1b[0m:12:5 - error ts(2322): Type 'string' is not assignable to type 'number'.",
      '',
      'eslint.config.js:5:25 - warning ts(6387): The signature is deprecated.',
      'Result (167 files):',
    ].join('\n');
    expect(typeErrorProblems(output)).toEqual([
      {
        file: 'src/pages/faq.astro',
        line: 12,
        what: "type error ts(2322): Type 'string' is not assignable to type 'number'.",
        expected: expect.stringContaining('a developer fixes this'),
      },
    ]);
  });

  it('explains a tool that failed without a diagnostic by its first error line', () => {
    expect(toolFailure('npm run build', 'building…\n[ERROR] Cannot find module x\n', 'the site to build')).toEqual({
      file: 'npm run build',
      line: 0,
      what: 'npm run build failed: [ERROR] Cannot find module x',
      expected: 'the site to build',
    });
  });
});

describe('updateProblems', () => {
  const text = `---\ndescription: "${PLACEHOLDER_MARK} one or two sentences."\ndraft: false\n---\nReal text.\n`;

  it('refuses placeholders in a published update, at their line', () => {
    expect(updateProblems('content/updates/2026-11-28-a-post.mdx', text, false)).toEqual([
      {
        file: 'content/updates/2026-11-28-a-post.mdx',
        line: 2,
        what: `placeholder text "${PLACEHOLDER_MARK} …" from npm run new:update is still there`,
        expected: 'your own text here, or draft: true until the update is ready',
      },
    ]);
  });

  it('lets a draft keep its placeholders', () => {
    expect(updateProblems('content/updates/2026-11-28-a-post.mdx', text, true)).toEqual([]);
  });

  it('wants file names that start with a date and a slug', () => {
    const [problem] = updateProblems('content/updates/My Post.mdx', 'Text', true);
    expect(problem).toMatchObject({
      line: 0,
      what: 'the file name "My Post.mdx" does not start with a date and a slug',
    });
  });
});

describe('distIsStale', () => {
  it('is stale when missing or older than any source file', () => {
    withTempTree('freshness', { 'content/updates/a.mdx': 'x' }, (root) => {
      expect(distIsStale(root)).toBe(true);
      writeTree(root, { 'dist/index.html': 'x' });
      const past = new Date(Date.now() - 60_000);
      utimesSync(path.join(root, 'content/updates/a.mdx'), past, past);
      expect(distIsStale(root)).toBe(false);
      const future = new Date(Date.now() + 60_000);
      utimesSync(path.join(root, 'content/updates/a.mdx'), future, future);
      expect(distIsStale(root)).toBe(true);
    });
  });
});
