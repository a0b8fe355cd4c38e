/**
 * Builds a copy of the project with one bad content file planted, and checks that the build
 * fails with a message naming the file, the field and what was expected.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject as copyProjectFor, removeCopy, runBin } from './support/projectCopy';

const copies: string[] = [];

function copyProject(): string {
  const dir = copyProjectFor('content-errors');
  copies.push(dir);
  return dir;
}

const astro = (dir: string, command: 'sync' | 'build') => runBin(dir, 'astro', [command]);

afterEach(() => {
  for (const dir of copies.splice(0)) removeCopy(dir);
});

describe('content validation', () => {
  it('fails on a missing field, naming the file, the field and the expected type', async () => {
    const dir = copyProject();
    const file = path.join(dir, 'content/controls/a-2-2.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, ''));
    const { code, output } = await astro(dir, 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('content/controls/a-2-2.mdx');
    expect(output).toMatch(/title\W+title\W*: Required/);
  }, 120_000);

  it('fails on a field of the wrong type, saying which type was expected', async () => {
    const dir = copyProject();
    const file = path.join(dir, 'content/industries/healthcare.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^order: \d+$/m, 'order: first'));
    const { code, output } = await astro(dir, 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('content/industries/healthcare.mdx');
    expect(output).toContain('Expected type `"number"`, received `"string"`');
  }, 120_000);

  it('fails on a date that is not a date in an update', async () => {
    const dir = copyProject();
    writeFileSync(
      path.join(dir, 'content/updates/2026-01-01-bad-date.mdx'),
      '---\ntitle: A post with a bad date\ndescription: This post exists only to prove that a wrong date stops the build.\npublishDate: next tuesday\nsources:\n  - { title: "ISO/IEC 42001:2023", publisher: ISO }\n---\nBody.\n',
    );
    const { code, output } = await astro(dir, 'sync');
    expect(code).not.toBe(0);
    expect(output).toContain('content/updates/2026-01-01-bad-date.mdx');
    expect(output).toContain('publishDate: expected a date written as YYYY-MM-DD, e.g. 2026-11-28');
  }, 120_000);

  it('fails on a cross-reference to a control that does not exist', async () => {
    const dir = copyProject();
    const file = path.join(dir, 'content/controls/a-6-2-8.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^related:\n  controls: \[/m, 'related:\n  controls: [A.5.1, '),
    );
    const { code, output } = await astro(dir, 'build');
    expect(code).not.toBe(0);
    expect(output).toContain('content/controls/a-6-2-8.mdx  related.controls: "A.5.1" is not an Annex A control');
  }, 240_000);

  it('fails on a citation of a regulatory milestone that does not exist, naming the file and line', async () => {
    const dir = copyProject();
    const file = path.join(dir, 'content/clauses/9.mdx');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text}\nThe deadline is <Milestone id="ai-act-annex-iii" />.\n`);
    const line = text.split('\n').length + 1;
    const { code, output } = await astro(dir, 'build');
    expect(code).not.toBe(0);
    expect(output).toContain(
      `content/clauses/9.mdx:${line}  milestone "ai-act-annex-iii" does not exist  expected an id from content/data/regulatory-timeline.yaml, such as "ai-act-annex-iii-high-risk"`,
    );
  }, 240_000);
});
