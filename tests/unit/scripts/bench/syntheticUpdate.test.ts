import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { updateSchema } from '../../../../src/schemas/guidance';
import { countWords, publishDateFor, syntheticUpdate } from '../../../../scripts/lib/bench/syntheticUpdate';

const controls = ['a-6-2-8', 'a-2-2', 'a-10-4'];

function split(source: string): { frontmatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no frontmatter block');
  return { frontmatter: parse(match[1] ?? ''), body: match[2] ?? '' };
}

describe('syntheticUpdate', () => {
  it('has frontmatter that passes the update schema', () => {
    for (const index of [0, 1, 99, 999]) {
      const { frontmatter } = split(syntheticUpdate(index, controls).source);
      const parsed = updateSchema.safeParse(frontmatter);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
  });

  it('is about 600 words with headings, both kinds of list and a link to a control page', () => {
    for (const index of [0, 7, 500]) {
      const { body } = split(syntheticUpdate(index, controls).source);
      expect(countWords(body)).toBeGreaterThanOrEqual(550);
      expect(countWords(body)).toBeLessThanOrEqual(650);
      expect(body).toMatch(/^## /m);
      expect(body).toMatch(/^### /m);
      expect(body).toMatch(/^- /m);
      expect(body).toMatch(/^1\. /m);
      expect(body).toMatch(/\]\(\/controls\/(a-6-2-8|a-2-2|a-10-4)\/\)/);
    }
  });

  it('names files by publication date and number, uniquely, newest first', () => {
    const updates = Array.from({ length: 1000 }, (_, index) => syntheticUpdate(index, controls));
    expect(new Set(updates.map((update) => update.fileName)).size).toBe(1000);
    expect(updates[0]?.fileName).toBe('2026-11-01-bench-update-0001.mdx');
    const { frontmatter } = split(updates[1]?.source ?? '');
    expect(updates[1]?.fileName).toBe(`${(frontmatter as { publishDate: string }).publishDate}-bench-update-0002.mdx`);
  });

  it('gives the same file for the same number, and different text for different numbers', () => {
    expect(syntheticUpdate(42, controls)).toEqual(syntheticUpdate(42, controls));
    expect(split(syntheticUpdate(42, controls).source).body).not.toBe(split(syntheticUpdate(43, controls).source).body);
  });

  it('needs a control to link to', () => {
    expect(() => syntheticUpdate(0, [])).toThrow(/control slug/);
  });
});

describe('publishDateFor', () => {
  it('counts days back across month and year ends', () => {
    expect(publishDateFor(0, new Date(Date.UTC(2026, 0, 1)))).toBe('2026-01-01');
    expect(publishDateFor(1, new Date(Date.UTC(2026, 0, 1)))).toBe('2025-12-31');
    expect(publishDateFor(366, new Date(Date.UTC(2026, 0, 1)))).toBe('2024-12-31');
  });
});

describe('countWords', () => {
  it('counts link text, not link targets or list markers', () => {
    expect(countWords('- one [two three](/controls/a-2-2/) four\n1. five')).toBe(5);
  });
});
