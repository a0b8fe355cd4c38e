/**
 * Following a visitor's answers through the tree: which questions were asked, what each answer
 * recorded, and where the path stops (an outcome, an unanswered question or an unknown answer).
 * The tree is assumed valid (validateTree.ts runs at build time); a broken link stops the walk
 * with an error naming the node, rather than looping.
 */
import type { AiActCheckData, CheckAnswer, CheckOutcomeNode, CheckQuestion } from '../../schemas/aiActCheck';
import type { CheckAnswers, TrailStep } from './types';
import { higherTier, type RoleId, type TierId } from './vocabulary';

/** What the answers on a path have recorded so far. */
export interface PathState {
  /** The highest tier any answer set; null when none did. */
  tier: TierId | null;
  role: RoleId | null;
  flags: ReadonlySet<string>;
  /** Obligations added by answers. */
  obligations: ReadonlySet<string>;
}

export const EMPTY_STATE: PathState = { tier: null, role: null, flags: new Set(), obligations: new Set() };

/** The state after one more answer: tiers only rise, sets only grow, the last role wins. */
export function applyAnswer(state: PathState, answer: CheckAnswer): PathState {
  const { tier, role, flags, obligations } = answer.effects;
  return {
    tier: tier === undefined ? state.tier : state.tier === null ? tier : higherTier(state.tier, tier),
    role: role ?? state.role,
    flags: flags.length > 0 ? new Set([...state.flags, ...flags]) : state.flags,
    obligations: obligations.length > 0 ? new Set([...state.obligations, ...obligations]) : state.obligations,
  };
}

export type TreeNode = { kind: 'question'; question: CheckQuestion } | { kind: 'outcome'; outcome: CheckOutcomeNode };

/** Questions and outcomes by id. */
export function indexTree(tree: Pick<AiActCheckData, 'questions' | 'outcomes'>): Map<string, TreeNode> {
  const nodes = new Map<string, TreeNode>();
  for (const question of tree.questions) nodes.set(question.id, { kind: 'question', question });
  for (const outcome of tree.outcomes) nodes.set(outcome.id, { kind: 'outcome', outcome });
  return nodes;
}

export function trailStep(question: CheckQuestion, answer: CheckAnswer): TrailStep {
  return {
    questionId: question.id,
    question: question.text,
    answerId: answer.id,
    answer: answer.label,
    because: answer.because,
    articles: [...answer.articles],
    unknown: answer.unknown,
  };
}

export type WalkResult =
  | {
      stop: 'outcome';
      outcome: CheckOutcomeNode;
      steps: { question: CheckQuestion; answer: CheckAnswer }[];
      state: PathState;
    }
  | { stop: 'unanswered'; question: CheckQuestion; steps: { question: CheckQuestion; answer: CheckAnswer }[] }
  | {
      stop: 'invalid-answer';
      question: CheckQuestion;
      answerId: string;
      steps: { question: CheckQuestion; answer: CheckAnswer }[];
    };

/** Follows `answers` from the start question until an outcome, a missing answer or an unknown answer id. */
export function walkAnswers(tree: AiActCheckData, answers: CheckAnswers): WalkResult {
  const nodes = indexTree(tree);
  const steps: { question: CheckQuestion; answer: CheckAnswer }[] = [];
  let state = EMPTY_STATE;
  let id = tree.start;
  // A valid tree has no cycles; the bound only turns a broken one into an error instead of a hang.
  for (let hops = 0; hops <= tree.questions.length; hops += 1) {
    const node = nodes.get(id);
    if (!node) throw new Error(`The EU AI Act check has no question or outcome "${id}"`);
    if (node.kind === 'outcome') return { stop: 'outcome', outcome: node.outcome, steps, state };
    const answerId = answers[node.question.id];
    if (answerId === undefined) return { stop: 'unanswered', question: node.question, steps };
    const answer = node.question.answers.find((candidate) => candidate.id === answerId);
    if (!answer) return { stop: 'invalid-answer', question: node.question, answerId, steps };
    steps.push({ question: node.question, answer });
    state = applyAnswer(state, answer);
    id = answer.next;
  }
  throw new Error(`The EU AI Act check loops: a path passed more nodes than the tree has questions`);
}
