/**
 * The graph check of the EU AI Act decision tree against what it cites: plain functions of the
 * validated data, without Astro, so the build (aiActCheck.ts) and `npm run check`
 * (scripts/lib/contentCheck/aiActCheckFacts.ts) run the same code.
 */
import { treeProblems, type TreeProblem, type TreeReferences } from '../lib/aiActCheck/validateTree';
import type { ActArticlesData } from '../schemas/aiActArticles';
import type { AiActCheckData } from '../schemas/aiActCheck';
import type { StandardFacts } from '../schemas/standard';

export const AI_ACT_CHECK_FILE = 'content/data/ai-act-check.yaml';

export interface AiActCheckInputs {
  tree: AiActCheckData;
  articles: ActArticlesData;
  milestoneIds: readonly string[];
  /** Ids of the controls collection (content/controls/). */
  controlIds: readonly string[];
  standard: Pick<StandardFacts, 'clauses'>;
}

export function aiActCheckReferences(inputs: Omit<AiActCheckInputs, 'tree'>): TreeReferences {
  return {
    articles: new Set(inputs.articles.articles.map((article) => article.id)),
    milestones: new Set(inputs.milestoneIds),
    controls: new Set(inputs.controlIds),
    clauses: new Set(inputs.standard.clauses.map((clause) => clause.id)),
  };
}

/** Problems of the tree with what it cites; the check's pages cannot be built while there are any. */
export function deriveAiActCheckProblems(inputs: AiActCheckInputs): TreeProblem[] {
  return treeProblems(inputs.tree, aiActCheckReferences(inputs));
}
