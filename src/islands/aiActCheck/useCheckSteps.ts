/**
 * Where the visitor is in one system's walk through the tree: the question to show (the next
 * unanswered one, or an earlier one they went back to), or the outcome. Changing an earlier answer
 * re-walks the tree from the saved answers, so answers off the new path are simply not used.
 */
import { useState } from 'react';
import { classifyAnswers } from '../../lib/aiActCheck/classify';
import type { CheckAnswers, CheckTree } from '../../lib/aiActCheck/types';
import type { Milestone } from '../../lib/regulatory/milestones';

export function useCheckSteps(tree: CheckTree, milestones: readonly Milestone[], answers: CheckAnswers) {
  /** A question already on the path that the visitor went back to; null: follow the answers. */
  const [revisiting, setRevisiting] = useState<string | null>(null);
  /** True once the visitor moved between steps: focus then follows the step's heading. */
  const [moved, setMoved] = useState(false);
  const progress = classifyAnswers(tree, answers, milestones);
  const trail = progress.trail;
  const onPath = revisiting !== null && trail.some((step) => step.questionId === revisiting);
  const shownId = onPath
    ? revisiting
    : progress.status === 'incomplete'
      ? progress.nextQuestionId
      : progress.status === 'invalid-answer'
        ? progress.questionId
        : null;
  const position = shownId === null ? trail.length : trail.findIndex((step) => step.questionId === shownId);
  const number = position === -1 ? trail.length + 1 : position + 1;

  const goTo = (questionId: string | null) => {
    setRevisiting(questionId);
    setMoved(true);
  };

  return {
    progress,
    trail,
    question: shownId === null ? null : (tree.questions.find((candidate) => candidate.id === shownId) ?? null),
    number,
    invalid: progress.status === 'invalid-answer' && shownId === progress.questionId,
    moved,
    /** Back: the step before the one shown (from the outcome, the last question). */
    back: () => goTo(trail[number - 2]?.questionId ?? null),
    change: (questionId: string) => goTo(questionId),
    reset: () => {
      setRevisiting(null);
      setMoved(true);
    },
    /**
     * After an answer: when the visitor was revisiting, the next question on the new path (its saved
     * answer preselected); otherwise wherever the answers lead.
     */
    afterAnswer: (questionId: string, nextAnswers: CheckAnswers) => {
      if (!onPath) return goTo(null);
      const nextTrail = classifyAnswers(tree, nextAnswers, milestones).trail;
      const index = nextTrail.findIndex((step) => step.questionId === questionId);
      goTo(nextTrail[index + 1]?.questionId ?? null);
    },
  };
}
