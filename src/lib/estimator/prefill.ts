import type { EstimatorInputs } from './inputs';
import type { Role, SizeBand } from './ids';

/** What the readiness assessment's scoping step saved (same enum values as the estimator). */
export interface ScopingAnswers {
  role: Role;
  sizeBand: SizeBand;
  aiSystemCount: number;
}

export interface Prefill {
  values: Pick<EstimatorInputs, 'sizeBand' | 'aiSystemCount' | 'role'>;
  /** True when the assessment's AI system count was outside 1..max and was brought inside. */
  adjustedCount: boolean;
}

/** The size, AI system count and role to copy from the assessment into the estimator. */
export function prefillFromScoping(scoping: ScopingAnswers, maxAiSystems: number): Prefill {
  const whole = Number.isFinite(scoping.aiSystemCount) ? Math.round(scoping.aiSystemCount) : 1;
  const aiSystemCount = Math.min(maxAiSystems, Math.max(1, whole));
  return {
    values: { sizeBand: scoping.sizeBand, role: scoping.role, aiSystemCount },
    adjustedCount: aiSystemCount !== scoping.aiSystemCount,
  };
}
