/** Which duties follow from a path: by final tier, by role, by what answers added, minus waivers. */
import type { Milestone } from '../regulatory/milestones';
import type { AiActCheckData, CheckObligation } from '../../schemas/aiActCheck';
import { milestoneFact } from './milestoneFacts';
import type { ObligationResult } from './types';
import type { RoleId, TierId } from './vocabulary';

export interface ObligationContext {
  tier: TierId;
  role: RoleId;
  flags: ReadonlySet<string>;
  /** Obligations added by answers on the path. */
  added: ReadonlySet<string>;
}

/** True when the obligation applies in this context. */
export function obligationApplies(obligation: CheckObligation, context: ObligationContext): boolean {
  if (obligation.addedByAnswers && !context.added.has(obligation.id)) return false;
  if (!obligation.tiers.includes(context.tier) || !obligation.roles.includes(context.role)) return false;
  const waiver = obligation.waivedWhen;
  return !(waiver && context.flags.has(waiver.flag) && !waiver.exceptTiers.includes(context.tier));
}

/** The milestone a duty applies from: the first `dateWhen` whose flag is set, else `appliesFrom`. */
export function applicableMilestone(obligation: CheckObligation, flags: ReadonlySet<string>): string {
  return obligation.dateWhen.find((rule) => flags.has(rule.flag))?.appliesFrom ?? obligation.appliesFrom;
}

/** Every duty that applies, in the order of the data file, with its dates from the timeline. */
export function selectObligations(
  tree: Pick<AiActCheckData, 'obligations'>,
  context: ObligationContext,
  milestones: readonly Milestone[],
): ObligationResult[] {
  return tree.obligations
    .filter((obligation) => obligationApplies(obligation, context))
    .map((obligation) => ({
      id: obligation.id,
      title: obligation.title,
      summary: obligation.summary,
      articles: [...obligation.articles],
      ...(obligation.condition ? { condition: obligation.condition } : {}),
      appliesFrom: milestoneFact(milestones, applicableMilestone(obligation, context.flags)),
      alsoSee: obligation.alsoSee.map((id) => milestoneFact(milestones, id)),
      iso42001: { clauses: [...obligation.iso42001.clauses], controls: [...obligation.iso42001.controls] },
      notCovered: obligation.notCovered,
    }));
}
