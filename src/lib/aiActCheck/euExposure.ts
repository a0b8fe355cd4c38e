/**
 * The readiness assessment's EU exposure answer, read from the systems the visitor classified in the
 * EU AI Act check. The rule is published on /assessment/method/ (EU_EXPOSURE_RULE).
 */
import type { EuExposure } from '../scoping';
import type { SystemOutcome } from './systemOutcome';
import type { TierId } from './vocabulary';

/** The answer the check gives, with the counts the assessment shows beside it. */
export interface ExposureFromCheck {
  exposure: EuExposure;
  systems: number;
  /** Systems whose check reached an outcome. */
  finished: number;
  /** Systems in the high-risk or prohibited tier. */
  highRisk: number;
  /** Outcomes that rest on an "I don't know" answer. */
  provisional: number;
  /** Review dates of the tree behind the outcomes, oldest first. */
  reviewedOn: string[];
}

const HIGH_RISK_OR_WORSE: readonly TierId[] = ['high-risk', 'prohibited'];

export const EU_EXPOSURE_RULE =
  'When you have classified systems in the EU AI Act check, the EU question is answered from them: "including systems that may be high-risk" if any system is high-risk or prohibited; otherwise "not sure yet" if any check is unfinished or rests on an "I don\'t know"; otherwise "minimal or limited-risk systems only" if any system or model is in scope; otherwise "none". You can still change the answer by hand.';

/** Null when the check holds no system: the question is then the visitor's to answer. */
export function euExposureFromCheck(systems: readonly { outcome?: SystemOutcome | null }[]): ExposureFromCheck | null {
  if (systems.length === 0) return null;
  const outcomes = systems.flatMap((system) => (system.outcome ? [system.outcome] : []));
  const highRisk = outcomes.filter((outcome) => HIGH_RISK_OR_WORSE.includes(outcome.tier)).length;
  const provisional = outcomes.filter((outcome) => outcome.provisional).length;
  const unfinished = systems.length - outcomes.length;
  const inScope = outcomes.some((outcome) => outcome.tier !== 'out-of-scope');
  const exposure: EuExposure =
    highRisk > 0 ? 'high-risk' : unfinished > 0 || provisional > 0 ? 'unsure' : inScope ? 'limited' : 'none';
  return {
    exposure,
    systems: systems.length,
    finished: outcomes.length,
    highRisk,
    provisional,
    reviewedOn: [...new Set(outcomes.map((outcome) => outcome.reviewedOn))].sort(),
  };
}
