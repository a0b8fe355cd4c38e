/**
 * What the check concluded for one system, kept beside its answers when the list is saved, so the
 * readiness assessment can read tiers without loading the decision tree. Derived data: the check
 * recomputes it from the answers on every save, and the tree's review date says which method made it.
 * Reading a saved outcome back is in savedSystems.ts, which loads on demand.
 */
import type { CheckProgress } from './types';
import type { TierId } from './vocabulary';

export interface SystemOutcome {
  tier: TierId;
  /** True when an "I don't know" answer was assumed on the way. */
  provisional: boolean;
  /** The review date (YYYY-MM-DD) of the tree that classified the system. */
  reviewedOn: string;
}

/** The outcome of a finished check; null while questions remain or an answer no longer exists. */
export function outcomeOfProgress(progress: CheckProgress): SystemOutcome | null {
  if (progress.status !== 'complete') return null;
  return { tier: progress.tier, provisional: progress.provisional, reviewedOn: progress.reviewedOn };
}
