import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PLACEHOLDER_MARK,
  createUpdateFile,
  localIsoDate,
  updateFileName,
  updateFileText,
  updateSlug,
} from '../../../../scripts/lib/publishing/scaffold';
import { updateSchema } from '../../../../src/schemas/guidance';
import { validateSource } from '../../../../scripts/lib/contentCheck/validateSource';

const today = new Date(2026, 10, 28, 9, 30);
const projects: string[] = [];

function emptyProject(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'scaffold-'));
  projects.push(root);
  mkdirSync(path.join(root, 'content/updates'), { recursive: true });
  return root;
}

afterEach(() => {
  for (const root of projects.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('file name', () => {
  it('is the local date and a slug of the title', () => {
    expect(localIsoDate(today)).toBe('2026-11-28');
    expect(updateFileName('EU AI Act: high-risk dates moved!', '2026-11-28')).toBe(
      '2026-11-28-eu-ai-act-high-risk-dates-moved.mdx',
    );
  });

  it('drops accents and cuts long titles between words', () => {
    expect(updateSlug('Café & Künstliche Intelligenz')).toBe('cafe-kunstliche-intelligenz');
    const slug = updateSlug('A very long title that goes on and on about the many details of a standard nobody reads');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
    expect('a-very-long-title-that-goes-on-and-on-about-the-many-details-of'.startsWith(slug)).toBe(true);
  });

  it('refuses titles that cannot make a valid post', () => {
    expect(() => updateFileName('Hi', '2026-11-28')).toThrow(/too short/);
    expect(() => updateFileName('!!! ??? ...', '2026-11-28')).toThrow(/no letters or digits/);
  });
});

describe('file text', () => {
  it('validates against the update schema, as a draft dated today', () => {
    const text = updateFileText('Our new "AI policy" template: what changed', '2026-11-28');
    const checked = validateSource('content/updates/2026-11-28-x.mdx', text, updateSchema);
    expect(checked.problems).toEqual([]);
    expect(checked.data).toMatchObject({
      title: 'Our new "AI policy" template: what changed',
      publishDate: new Date('2026-11-28T00:00:00Z'),
      draft: true,
      tags: ['news'],
    });
    expect((checked.data as { sources: unknown[] }).sources).toHaveLength(1);
  });

  it('marks every placeholder so the check can refuse to publish it', () => {
    const text = updateFileText('A title for the post', '2026-11-28');
    expect(text).toMatch(new RegExp(`^description: "${PLACEHOLDER_MARK}`, 'm'));
    expect(text.split(PLACEHOLDER_MARK).length - 1).toBe(4);
    expect(text).toContain('## What changed');
  });
});

describe('createUpdateFile', () => {
  it('writes content/updates/<date>-<slug>.mdx and returns its page path', () => {
    const root = emptyProject();
    const created = createUpdateFile(root, 'ISO/IEC 42006 published', today);
    expect(created).toEqual({
      file: 'content/updates/2026-11-28-iso-iec-42006-published.mdx',
      sitePath: '/updates/2026-11-28-iso-iec-42006-published/',
    });
    expect(readFileSync(path.join(root, created.file), 'utf8')).toBe(
      updateFileText('ISO/IEC 42006 published', '2026-11-28'),
    );
  });

  it('refuses to overwrite an existing file and leaves it untouched', () => {
    const root = emptyProject();
    const existing = path.join(root, 'content/updates/2026-11-28-iso-iec-42006-published.mdx');
    writeFileSync(existing, 'my finished post');
    expect(() => createUpdateFile(root, 'ISO/IEC 42006 published', today)).toThrow(
      'content/updates/2026-11-28-iso-iec-42006-published.mdx already exists; nothing was written.',
    );
    expect(readFileSync(existing, 'utf8')).toBe('my finished post');
  });

  it('keeps the cause when the folder cannot be written', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'scaffold-'));
    projects.push(root);
    let thrown: unknown;
    try {
      createUpdateFile(root, 'A post with no folder', today);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toMatch(/^Could not write content\/updates\//);
    expect(((thrown as Error).cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });
});
