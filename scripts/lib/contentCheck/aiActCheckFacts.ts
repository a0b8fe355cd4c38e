/**
 * The EU AI Act decision tree's part of `npm run check`: the graph check of
 * src/lib/aiActCheck/validateTree.ts (the same code the build runs), each problem at its line.
 */
import { AI_ACT_CHECK_FILE, deriveAiActCheckProblems } from '../../../src/data/deriveAiActCheck';
import { fieldName } from '../../../src/lib/aiActCheck/validateTree';
import type { ActArticlesData } from '../../../src/schemas/aiActArticles';
import type { AiActCheckData } from '../../../src/schemas/aiActCheck';
import { dataFilePath } from '../../../src/schemas/collections';
import type { StandardFacts } from '../../../src/schemas/standard';
import type { ValidEntry } from './crossReferences';
import type { CheckProblem } from './problems';

/** Problems of the tree, when it and everything it cites passed their schemas; none otherwise. */
export function aiActCheckProblems(valid: ReadonlyMap<string, ValidEntry>): CheckProblem[] {
  const entry = (name: Parameters<typeof dataFilePath>[0]) => valid.get(dataFilePath(name));
  const [tree, articles, timeline, standard] = [
    entry('ai-act-check'),
    entry('ai-act-articles'),
    entry('regulatory-timeline'),
    entry('standard'),
  ];
  if (!tree || !articles || !timeline || !standard) return [];
  const controlIds = [...valid.values()]
    .filter((candidate) => candidate.file.startsWith('content/controls/'))
    .map((candidate) => (candidate.data as { id: string }).id);
  const problems = deriveAiActCheckProblems({
    tree: tree.data as AiActCheckData,
    articles: articles.data as ActArticlesData,
    milestoneIds: (timeline.data as { milestones: { id: string }[] }).milestones.map((milestone) => milestone.id),
    controlIds,
    standard: standard.data as StandardFacts,
  });
  return problems.map((problem) => ({
    file: AI_ACT_CHECK_FILE,
    line: tree.yaml?.lineOf(problem.path) ?? 0,
    what: `${fieldName(problem.path)}: ${problem.what}`,
    expected: problem.expected,
  }));
}
