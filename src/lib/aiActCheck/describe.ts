/**
 * Plain-words descriptions of the tree for the method page (and, later, the check itself): what
 * an answer records, and the page anchors of its nodes, so links between them are spelled once.
 */
import type { AiActCheckData, CheckAnswer } from '../../schemas/aiActCheck';

/** Page anchor of a question, outcome, obligation or flag on /eu-ai-act/check/method/. */
export const methodAnchor = {
  question: (id: string) => `q-${id}`,
  outcome: (id: string) => `outcome-${id}`,
  obligation: (id: string) => `duty-${id}`,
  flag: (id: string) => `fact-${id}`,
};

/** Path of the method page. */
export const METHOD_PATH = '/eu-ai-act/check/method/';

/** Anchor of whatever an answer leads to. */
export function nextAnchor(tree: Pick<AiActCheckData, 'outcomes'>, next: string): string {
  return tree.outcomes.some((outcome) => outcome.id === next)
    ? methodAnchor.outcome(next)
    : methodAnchor.question(next);
}

/** What choosing the answer records besides moving on, as short sentences; empty when nothing. */
export function describeEffects(
  tree: Pick<AiActCheckData, 'tiers' | 'roles' | 'flags' | 'obligations'>,
  answer: CheckAnswer,
): string[] {
  const { tier, role, flags, obligations } = answer.effects;
  const label = <T extends { id: string }>(
    list: readonly (T & { label?: string; title?: string; meaning?: string })[],
    id: string,
  ) => {
    const found = list.find((item) => item.id === id);
    return found?.label ?? found?.title ?? found?.meaning ?? id;
  };
  return [
    ...(tier ? [`Tier at least: ${label(tree.tiers, tier)}.`] : []),
    ...(role ? [`Your role: ${label(tree.roles, role)}.`] : []),
    ...flags.map((flag) => `Records: ${label(tree.flags, flag)}`),
    ...(obligations.length > 0 ? [`Adds: ${obligations.map((id) => label(tree.obligations, id)).join('; ')}.`] : []),
  ];
}
