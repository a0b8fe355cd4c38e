/**
 * An exhaustive walk of the decision tree. The tree is a finite acyclic graph, so every path can
 * be followed; paths that reach the same node with the same recorded state (tier, role, flags,
 * added obligations and the test's own markers) have the same future, so each such pair is
 * explored once. That keeps the walk to seconds while still covering every path's outcome.
 */
import type { CheckAnswer, CheckQuestion } from '../../../src/schemas/aiActCheck';
import { applyAnswer, EMPTY_STATE, indexTree, type PathState } from '../../../src/lib/aiActCheck/walk';
import type { CheckTree } from '../../../src/lib/aiActCheck/types';

export interface PathEnd {
  outcomeId: string;
  /** One path that reaches this end: answer id by question id. */
  answers: Record<string, string>;
  /** Markers the caller set along the path. */
  markers: ReadonlySet<string>;
}

/**
 * Calls `atEnd` for every distinct (outcome, state, markers) reached by any path, and returns how
 * many answer-level paths there are in all. `mark` names markers for an answer (e.g. "answered a
 * banned practice").
 */
export function walkEveryPath(
  tree: CheckTree,
  mark: (question: CheckQuestion, answer: CheckAnswer) => string[],
  atEnd: (end: PathEnd) => void,
): { paths: number; ends: number } {
  const nodes = indexTree(tree);
  const seen = new Map<string, number>();
  let ends = 0;
  const key = (id: string, state: PathState, markers: ReadonlySet<string>) =>
    [id, state.tier, state.role, [...state.flags].sort(), [...state.obligations].sort(), [...markers].sort()].join('|');

  // Returns the number of paths from this node to an outcome.
  const visit = (
    id: string,
    state: PathState,
    markers: ReadonlySet<string>,
    answers: Record<string, string>,
  ): number => {
    const memo = key(id, state, markers);
    const known = seen.get(memo);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    if (!node) throw new Error(`path leads to "${id}", which does not exist`);
    let paths = 0;
    if (node.kind === 'outcome') {
      ends += 1;
      atEnd({ outcomeId: id, answers, markers });
      paths = 1;
    } else {
      for (const answer of node.question.answers) {
        const added = mark(node.question, answer);
        const nextMarkers = added.length > 0 ? new Set([...markers, ...added]) : markers;
        paths += visit(answer.next, applyAnswer(state, answer), nextMarkers, {
          ...answers,
          [node.question.id]: answer.id,
        });
      }
    }
    seen.set(memo, paths);
    return paths;
  };
  const paths = visit(tree.start, EMPTY_STATE, new Set(), {});
  return { paths, ends };
}
