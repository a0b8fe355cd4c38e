/**
 * The regulatory timeline for pages: loaded once per build, with every citation in content/
 * checked against it, so a page citing an unknown milestone fails the build with its file and line.
 */
import { getCollection, getEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { citedMilestoneIds, expandTokensDeep, textOf } from '../lib/regulatory/citations';
import { citationProblems } from '../lib/regulatory/citationCheck';
import { TIMELINE_FILE, type Milestone } from '../lib/regulatory/milestones';
import { citationText } from '../lib/regulatory/milestoneText';
import { DATA_FILE_NAMES, PAGE_FOLDER_NAMES, type DataFileName } from '../schemas/collections';
import type { RegulatoryTimelineData } from '../schemas/regulatoryTimeline';

let checked: Promise<RegulatoryTimelineData> | undefined;

/** Project-relative path of every file a collection reads (except the timeline itself). */
async function citingFiles(): Promise<string[]> {
  const pages = (await Promise.all(PAGE_FOLDER_NAMES.map((folder) => getCollection(folder)))).flat();
  const data = DATA_FILE_NAMES.filter((name) => name !== 'regulatory-timeline').map(
    (name) => `content/data/${name}.yaml`,
  );
  return [...pages.flatMap((entry) => (entry.filePath ? [entry.filePath] : [])), ...data];
}

async function loadChecked(): Promise<RegulatoryTimelineData> {
  const entry = await getEntry('regulatory-timeline', 'regulatory-timeline');
  if (!entry) throw new Error(`${TIMELINE_FILE} is missing: pages cite milestones from it`);
  const timeline = entry.data;
  const files = (await citingFiles()).map((file) => ({
    file,
    text: readFileSync(path.resolve(file), 'utf8'),
  }));
  const problems = citationProblems(files, timeline.milestones);
  if (problems.length > 0) {
    throw new Error(`Citations of regulatory milestones that do not work:\n- ${problems.join('\n- ')}`);
  }
  return timeline;
}

/** The timeline, after every citation in content/ has been checked against it. */
export function getRegulatoryTimeline(): Promise<RegulatoryTimelineData> {
  checked ??= loadChecked();
  return checked;
}

/** A copy of `data` with every `{milestone:…}` token written out as text in the site's locale. */
export async function expandCitations<T>(data: T): Promise<T> {
  if (!textOf(data).includes('{milestone:')) return data;
  // The settings collection directly, not getSiteSettings: site.ts imports this module.
  const [{ milestones }, [settings]] = await Promise.all([getRegulatoryTimeline(), getCollection('settings')]);
  const locale = settings?.data.locale ?? 'en-US';
  return expandTokensDeep(data, (id, format) => citationText(milestones, id, format, locale));
}

/** Ids of the milestones a data file cites, for the page's "last verified" line. */
export async function citedInDataFile(name: DataFileName): Promise<string[]> {
  const entry = await getEntry(name, name);
  return entry ? citedMilestoneIds(textOf(entry.data)) : [];
}

/** The cited milestones themselves, in order of first citation. */
export async function citedMilestones(ids: readonly string[]): Promise<Milestone[]> {
  const { milestones } = await getRegulatoryTimeline();
  return ids.flatMap((id) => milestones.filter((milestone) => milestone.id === id));
}

/**
 * For a page built from one MD/MDX entry: its frontmatter with milestone tokens written out, and
 * the ids of every milestone it cites (body and frontmatter), for the "last verified" line.
 */
export async function withCitations<D>(entry: {
  data: D;
  body?: string | undefined;
}): Promise<{ data: D; milestones: string[] }> {
  return {
    data: await expandCitations(entry.data),
    milestones: citedMilestoneIds(`${textOf(entry.data)}\n${entry.body ?? ''}`),
  };
}

/** Ids of the milestones a content file cites anywhere (frontmatter or body); none when it has no file. */
export function citedInFile(filePath: string | undefined): string[] {
  return filePath ? citedMilestoneIds(readFileSync(path.resolve(filePath), 'utf8')) : [];
}
