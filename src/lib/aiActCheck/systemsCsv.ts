/** The CSV of the check's systems: one row per system, written formula-safe by src/lib/csv.ts. */
import type { Milestone } from '../regulatory/milestones';
import { classifyAnswers } from './classify';
import { distinctReferences } from './references';
import type { CheckedSystem } from './systemsSaving';
import type { CheckTree } from './types';

export const SYSTEMS_CSV_HEADER = ['System', 'Tier', 'Role', 'Scope', 'Key articles', 'Earliest date'];

/** Header plus one row per system; a system not yet classified says so in the tier column. */
export function systemsCsvRows(
  tree: CheckTree,
  milestones: readonly Milestone[],
  systems: readonly CheckedSystem[],
): string[][] {
  const rows = systems.map((system) => {
    const result = classifyAnswers(tree, system.answers, milestones);
    if (result.status !== 'complete') return [system.name, 'Not finished', '', '', '', ''];
    const articles = distinctReferences([
      ...result.scope.articles,
      ...result.obligations.flatMap((obligation) => obligation.articles),
    ]);
    const dates = result.obligations.map((obligation) => obligation.appliesFrom.date).sort();
    return [
      system.name,
      result.tierLabel,
      result.role?.label ?? '',
      result.scope.inScope ? 'In scope' : 'Out of scope',
      articles.join('; '),
      dates[0] ?? '',
    ];
  });
  return [SYSTEMS_CSV_HEADER, ...rows];
}
