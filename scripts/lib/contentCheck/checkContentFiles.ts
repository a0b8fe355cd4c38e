/**
 * The content stage of `npm run check`: every file in content/ against its schema, the
 * cross-checks between files, and the Markdown body checks that need no built site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { StandardCatalogue } from '../../../src/lib/catalogue';
import { TIMELINE_FILE, type Milestone } from '../../../src/lib/regulatory/milestones';
import { utcDay } from '../../../src/lib/regulatory/staleness';
import { catalogueProblems, unknownReferenceProblems, type ValidEntry } from './crossReferences';
import { derivedDataProblems } from './derivedData';
import { imageProblems, scanMarkdownBody, sectionHeadings, type BodyLink } from './markdownBody';
import type { CheckProblem } from './problems';
import { regulatoryFactProblems } from './regulatoryFacts';
import { schemaFor, SETTINGS_FILE } from './schemaTable';
import { updateProblems } from './updateRules';
import { validateSource } from './validateSource';
import { valuesOfKey, type ParsedYaml } from './yamlSource';

/** `href:` values anywhere in a file's YAML, with their lines. */
function linksInFields(yaml: ParsedYaml): BodyLink[] {
  return valuesOfKey(yaml.data, 'href')
    .filter((found): found is { path: typeof found.path; value: string } => typeof found.value === 'string')
    .map(({ path: fieldPath, value }) => ({ href: value, line: yaml.lineOf(fieldPath) }));
}

export interface ContentStageResult {
  problems: CheckProblem[];
  /** True when some problem also stops `npm run build`, so building to check links is pointless. */
  stopsBuild: boolean;
  /** Files the site does not read; worth a look, not an error. */
  notes: string[];
  /** Links in Markdown bodies, checked against the built site later. */
  bodyLinks: { file: string; links: BodyLink[] }[];
}

/** Project-relative paths ("content/…", with "/") of every file under content/, sorted. */
export function listContentFiles(root: string): string[] {
  return readdirSync(path.join(root, 'content'), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Runs the content stage over the project at `root`; `settingsFile` is project-relative. Review
 * dates of regulatory facts are counted from `today` (SITE_TODAY, or the current UTC day).
 */
export function checkContentFiles(
  root: string,
  settingsFile = SETTINGS_FILE,
  today: Date = utcDay(process.env.SITE_TODAY || undefined),
): ContentStageResult {
  const result: ContentStageResult = { problems: [], stopsBuild: false, notes: [], bodyLinks: [] };
  const valid = new Map<string, ValidEntry & { body: string }>();
  const invalid = new Set<string>();
  const texts: { file: string; text: string }[] = [];
  const files = listContentFiles(root);
  if (!files.includes(settingsFile)) files.push(settingsFile);

  for (const file of files) {
    // Astro's loaders skip files whose name starts with "_": editors use that to park a file.
    if (path.basename(file).startsWith('_')) continue;
    const schema = schemaFor(file, settingsFile);
    if (!schema) {
      result.notes.push(`${file}  is not read by the site (no collection uses it)`);
      continue;
    }
    const text = readFileSync(path.join(root, file), 'utf8');
    texts.push({ file, text });
    const validated = validateSource(file, text, schema);
    result.problems.push(...validated.problems);
    if (validated.data === undefined) invalid.add(file);
    else valid.set(file, { file, data: validated.data, yaml: validated.yaml, body: validated.body });

    // Links in fields (FAQ links, calls to action) are checked with the body links, at their own line.
    const fieldLinks = validated.yaml ? linksInFields(validated.yaml) : [];
    if (/\.mdx?$/.test(file)) {
      const scan = scanMarkdownBody(validated.body, validated.bodyLine);
      result.problems.push(...imageProblems(file, scan));
      result.bodyLinks.push({ file, links: [...fieldLinks, ...scan.links] });
    } else if (fieldLinks.length > 0) {
      result.bodyLinks.push({ file, links: fieldLinks });
    }
    if (file.startsWith('content/updates/')) {
      const draft = (validated.data as { draft?: boolean } | undefined)?.draft;
      result.problems.push(...updateProblems(file, text, draft));
    }
  }
  result.stopsBuild = invalid.size > 0;

  const timeline = valid.get(TIMELINE_FILE)?.data as { milestones: Milestone[] } | undefined;
  if (timeline) {
    const { citations, stale } = regulatoryFactProblems(texts, timeline, today);
    result.problems.push(...citations, ...stale);
    if (citations.length > 0) result.stopsBuild = true;
  }

  const standard = valid.get('content/data/standard.yaml')?.data as StandardCatalogue | undefined;
  if (standard) {
    const inFolder = (folder: string) => [...valid.values()].filter((entry) => entry.file.startsWith(folder));
    const crossChecks = [
      // A file that failed its schema is left out, so the catalogue would call it missing: drop that echo.
      ...catalogueProblems({
        standard,
        controls: inFolder('content/controls/'),
        clauses: inFolder('content/clauses/').map((entry) => ({ ...entry, headings: sectionHeadings(entry.body) })),
      }).filter((problem) => !invalid.has(problem.file)),
      ...unknownReferenceProblems([...valid.values()], {
        controls: new Set(standard.groups.flatMap((group) => group.controls.map((control) => control.id))),
        clauses: new Set(standard.clauses.map((clause) => clause.id)),
      }),
    ];
    result.problems.push(...crossChecks);
    if (crossChecks.length > 0) result.stopsBuild = true;
  }
  // What the tool pages derive from several files; a problem there stops their page, so the build.
  const derived = derivedDataProblems(valid, result.problems);
  result.problems.push(...derived);
  if (derived.length > 0) result.stopsBuild = true;
  return result;
}
