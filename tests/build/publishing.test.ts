/**
 * An editor's path in a copy of the project: scaffold an update with `npm run new:update`, build
 * for production with the search index, and prove the draft, and an update scheduled for next
 * week, are nowhere a reader could find them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localIsoDate } from '../../scripts/lib/publishing/scaffold';
import {
  builtFiles,
  copyProject,
  pagefindFragments,
  readBuilt,
  removeCopy,
  runBin,
  type RunResult,
} from './support/projectCopy';

const TITLE = 'Quokka readiness briefing for auditors';
const MARKER = 'zanzibarquokkamarker';
const DRAFT_TAG = 'quokka-only-tag';
const slug = `${localIsoDate(new Date())}-quokka-readiness-briefing-for-auditors`;
const file = `content/updates/${slug}.mdx`;
// Not a draft, but dated a week ahead: it must wait for the build on its day.
const SCHEDULED_TITLE = 'Wombat governance notes for next week';
const SCHEDULED_MARKER = 'zanzibarwombatmarker';
const SCHEDULED_TAG = 'wombat-only-tag';
const nextWeek = localIsoDate(new Date(Date.now() + 7 * 24 * 60 * 60 * 1000));
const scheduledSlug = `${nextWeek}-wombat-governance-notes`;

let dir: string;
let firstRun: RunResult;
let secondRun: RunResult;
let fileAfterFirstRun: string;
let build: RunResult;

beforeAll(async () => {
  dir = copyProject('publishing');
  firstRun = await runBin(dir, 'tsx', ['scripts/new-update.ts', TITLE]);
  const written = path.join(dir, file);
  // The editor writes the post and adds a tag; it stays a draft.
  writeFileSync(
    written,
    readFileSync(written, 'utf8')
      .replace('  - news\n', `  - news\n  - ${DRAFT_TAG}\n`)
      .concat(`\nA sentence with the word ${MARKER} so the search index can be searched for it.\n`),
  );
  fileAfterFirstRun = readFileSync(written, 'utf8');
  secondRun = await runBin(dir, 'tsx', ['scripts/new-update.ts', TITLE]);
  writeFileSync(
    path.join(dir, `content/updates/${scheduledSlug}.mdx`),
    `---\ntitle: "${SCHEDULED_TITLE}"\ndescription: "An update written ahead of time, to be published automatically on its publish date."\npublishDate: ${nextWeek}\ntags:\n  - ${SCHEDULED_TAG}\ndraft: false\nsources:\n  - { title: "ISO/IEC 42001:2023", publisher: ISO }\n---\n\nA sentence with the word ${SCHEDULED_MARKER} for the search index.\n`,
  );
  build = await runBin(dir, 'astro', ['build']);
  if (build.code === 0) build = await runBin(dir, 'pagefind', ['--site', 'dist']);
}, 300_000);

afterAll(() => removeCopy(dir));

describe('npm run new:update', () => {
  it('writes a dated draft and says where, and how to preview it', () => {
    expect(firstRun.code).toBe(0);
    expect(firstRun.output).toContain(`Wrote ${file} (a draft).`);
    expect(firstRun.output).toContain(`npm run dev, then open http://localhost:4321/updates/${slug}/`);
  });

  it('refuses to overwrite the file the second time, and leaves it as it was', () => {
    expect(secondRun.code).toBe(1);
    expect(secondRun.output).toContain(`${file} already exists; nothing was written.`);
    expect(readFileSync(path.join(dir, file), 'utf8')).toBe(fileAfterFirstRun);
  });

  it('makes a file the production build accepts', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.code).toBe(0);
  });
});

describe('a draft in a production build', () => {
  it('has no page, and no tag page for a tag only it uses', () => {
    const files = builtFiles(dir);
    expect(files).toContain('/updates/index.html');
    expect(files.filter((built) => built.includes(slug) || built.includes(DRAFT_TAG))).toEqual([]);
  });

  it('is not linked or named on any page', () => {
    const pages = builtFiles(dir).filter((built) => built.endsWith('.html'));
    const mentions = pages.filter((page) => {
      const html = readBuilt(dir, page);
      return html.includes(slug) || html.includes(TITLE) || html.includes(MARKER);
    });
    expect(mentions).toEqual([]);
  });

  it('is not in rss.xml, feed.json or the sitemap, which do list published updates', () => {
    for (const feed of ['/rss.xml', '/feed.json', '/sitemap-0.xml']) {
      const text = readBuilt(dir, feed);
      expect(text, feed).toContain('/updates/2026-11-20-eu-ai-act-high-risk-dates-moved/');
      expect(text, feed).not.toContain(slug);
      expect(text, feed).not.toContain(TITLE);
    }
  });

  it('is not in the Pagefind search index, which does hold published updates', () => {
    const fragments = pagefindFragments(dir);
    expect(fragments.map((fragment) => fragment.url)).toContain('/updates/2026-11-20-eu-ai-act-high-risk-dates-moved/');
    expect(fragments.filter((fragment) => fragment.url.includes(slug) || fragment.content.includes(MARKER))).toEqual(
      [],
    );
  });
});

describe('an update scheduled for a later day, in a production build', () => {
  it('has no page, no tag page and no mention on any page', () => {
    const files = builtFiles(dir);
    expect(files.filter((built) => built.includes(scheduledSlug) || built.includes(SCHEDULED_TAG))).toEqual([]);
    const mentions = files
      .filter((built) => built.endsWith('.html'))
      .filter((page) => {
        const html = readBuilt(dir, page);
        return html.includes(SCHEDULED_TITLE) || html.includes(SCHEDULED_MARKER);
      });
    expect(mentions).toEqual([]);
  });

  it('is not in the feeds, the sitemap or the search index', () => {
    for (const feed of ['/rss.xml', '/feed.json', '/sitemap-0.xml']) {
      expect(readBuilt(dir, feed), feed).not.toContain(scheduledSlug);
    }
    const fragments = pagefindFragments(dir);
    expect(fragments.filter((fragment) => fragment.content.includes(SCHEDULED_MARKER))).toEqual([]);
  });
});
