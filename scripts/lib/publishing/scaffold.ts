/**
 * Scaffolds a new update (content/updates/<yyyy-mm-dd>-<slug>.mdx) for `npm run new:update`.
 * The file is a draft whose frontmatter already passes the update schema, so the site keeps
 * building while the editor writes; the placeholders carry PLACEHOLDER_MARK so `npm run check`
 * can refuse to publish an update that still has them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { slugify } from '../../../src/lib/slugs';

/** Marks text the editor must replace; `npm run check` reports it in a published update. */
export const PLACEHOLDER_MARK = 'REPLACE:';

/** Longest slug kept in a file name; longer titles are cut at a word boundary. */
const MAX_SLUG_LENGTH = 60;
/** The update schema's minimum title length. */
const MIN_TITLE_LENGTH = 5;

/** `2026-11-28` in the editor's own time zone: "today" is the day on their calendar. */
export function localIsoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The URL segment of a title, at most 60 characters, cut between words. */
export function updateSlug(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_SLUG_LENGTH);
}

/** `2026-11-28-eu-ai-act-guidance.mdx`; throws when the title cannot make a file name. */
export function updateFileName(title: string, isoDate: string): string {
  const trimmed = title.trim();
  if (trimmed.length < MIN_TITLE_LENGTH) {
    throw new Error(`The title "${trimmed}" is too short: write at least ${MIN_TITLE_LENGTH} characters.`);
  }
  const slug = updateSlug(trimmed);
  if (!slug) throw new Error(`The title "${trimmed}" has no letters or digits to make a file name from.`);
  return `${isoDate}-${slug}.mdx`;
}

/** Full text of the new file: frontmatter that validates, then a short body skeleton. */
export function updateFileText(title: string, isoDate: string): string {
  // yaml.stringify quotes titles with colons, quotes or a leading "#" correctly.
  const quotedTitle = stringify(title.trim()).trim();
  return `---
title: ${quotedTitle}
# Shown in lists, feeds and search results: 50 to 200 characters.
description: "${PLACEHOLDER_MARK} one or two sentences that say what this update is about and why it matters."
publishDate: ${isoDate}
# Lower-case words joined by "-". Each tag gets a page at /updates/tags/<tag>/.
tags:
  - news
# Drafts show only in \`npm run dev\`. Set to false to publish.
draft: true
# What the update relies on. The url is optional.
sources:
  - title: "ISO/IEC 42001:2023"
    publisher: ISO
    url: "https://www.iso.org/standard/42001"
---

${PLACEHOLDER_MARK} first paragraph: what happened, in two or three sentences.

## What changed

${PLACEHOLDER_MARK} the facts, with dates. Link to pages of this site like this: [the certification guide](/certification/).

## What it means for you

${PLACEHOLDER_MARK} what a reader should do next.
`;
}

export interface ScaffoldedUpdate {
  /** Path of the new file, relative to the project root. */
  file: string;
  /** The page's path on the site, e.g. /updates/2026-11-28-eu-ai-act-guidance/. */
  sitePath: string;
}

/**
 * Writes a new draft update under `<projectRoot>/content/updates/` and never overwrites:
 * an existing file with the same name makes it throw, leaving that file untouched.
 */
export function createUpdateFile(projectRoot: string, title: string, today: Date): ScaffoldedUpdate {
  const isoDate = localIsoDate(today);
  const fileName = updateFileName(title, isoDate);
  const file = path.posix.join('content/updates', fileName);
  try {
    // 'wx' fails when the file exists, so two editors cannot overwrite each other's post.
    writeFileSync(path.join(projectRoot, file), updateFileText(title, isoDate), { flag: 'wx' });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new Error(`${file} already exists; nothing was written. Choose another title or edit that file.`, {
        cause,
      });
    }
    throw new Error(`Could not write ${file}`, { cause });
  }
  return { file, sitePath: `/updates/${fileName.replace(/\.mdx$/, '')}/` };
}
