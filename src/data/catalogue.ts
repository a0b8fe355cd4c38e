import { getCollection, render, type CollectionEntry } from 'astro:content';
import { checkClauses, checkControls, formatProblems } from '../lib/catalogue';
import { compareReferences } from '../lib/references';
import { getDataFile } from './site';

export type ControlEntry = CollectionEntry<'controls'>;
export type ClauseEntry = CollectionEntry<'clauses'>;

const byControlId = (a: ControlEntry, b: ControlEntry) => compareReferences(a.data.id, b.data.id);

let checked: Promise<{ controls: ControlEntry[]; clauses: ClauseEntry[] }> | undefined;

async function loadAndCheck() {
  const standard = await getDataFile('standard');
  const controls = (await getCollection('controls')).sort(byControlId);
  const clauses = (await getCollection('clauses')).sort((a, b) => Number(a.data.clause) - Number(b.data.clause));
  const clausePages = await Promise.all(
    clauses.map(async (entry) => ({
      file: entry.filePath ?? `content/clauses/${entry.id}.mdx`,
      ...entry.data,
      headings: (await render(entry)).headings.map((heading) => heading.text),
    })),
  );
  const problems = [
    ...checkControls(
      standard,
      controls.map((entry) => ({ file: entry.filePath ?? entry.id, ...entry.data })),
    ),
    ...checkClauses(standard, clausePages),
  ];
  if (problems.length > 0) {
    throw new Error(`Content check failed (${problems.length} problems):\n${formatProblems(problems)}`);
  }
  return { controls, clauses };
}

/** All control and clause pages, sorted, after the cross-checks passed (the build fails otherwise). */
export function getCheckedCatalogue() {
  checked ??= loadAndCheck();
  return checked;
}
