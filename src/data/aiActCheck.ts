/**
 * The EU AI Act check's data for pages, loaded and checked once per build: the decision tree
 * (with milestone citations written out), the articles it cites and the regulatory timeline.
 * A tree that fails the graph check stops the build with the field and what was expected.
 */
import { getCollection } from 'astro:content';
import { formatTreeProblems } from '../lib/aiActCheck/validateTree';
import { AI_ACT_CHECK_FILE, deriveAiActCheckProblems } from './deriveAiActCheck';
import { getRegulatoryTimeline } from './regulatory';
import { getDataFile } from './site';

async function loadChecked() {
  const [tree, articles, timeline, standard, controls] = await Promise.all([
    getDataFile('ai-act-check'),
    getDataFile('ai-act-articles'),
    getRegulatoryTimeline(),
    getDataFile('standard'),
    getCollection('controls'),
  ]);
  const problems = deriveAiActCheckProblems({
    tree,
    articles,
    milestoneIds: timeline.milestones.map((milestone) => milestone.id),
    controlIds: controls.map((entry) => entry.data.id),
    standard,
  });
  if (problems.length > 0) {
    throw new Error(
      `The EU AI Act check cannot be built (${problems.length} problems):\n- ${formatTreeProblems(AI_ACT_CHECK_FILE, problems).join('\n- ')}`,
    );
  }
  return { tree, articles, milestones: timeline.milestones };
}

let checked: ReturnType<typeof loadChecked> | undefined;

/** The decision tree, the article list and the milestones, after the graph check passed. */
export function getAiActCheckData() {
  checked ??= loadChecked();
  return checked;
}
