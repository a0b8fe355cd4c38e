/**
 * What the build derives from several data files at once: the assessment's areas after the
 * question bank is checked against the standard, and the estimator's model. Plain functions of
 * the validated data, without Astro, so that the pages (through the loaders of tools.ts, once
 * per build) and `npm run check` (scripts/lib/contentCheck/derivedData.ts) run the same code.
 */
import { areasFromStandard, checkQuestionBank, controlsFromStandard } from '../lib/assessment/questionBank';
import type { Area, ControlRef } from '../lib/assessment/types';
import { buildEstimatorModel } from '../lib/estimator/model';
import type { EstimatorModel } from '../lib/estimator/types';
import type { AssessmentData } from '../schemas/assessment';
import type { certificationSchema, costsSchema } from '../schemas/pages';
import type { PricingData } from '../schemas/pricing';
import type { StandardFacts } from '../schemas/standard';
import type { z } from 'astro/zod';

export interface DerivedAssessment {
  /** "question <id>: <field>: <message>" lines; the page cannot be built while there are any. */
  problems: string[];
  /** Clauses 4-10, then the Annex A groups: the wizard's steps between scoping and results. */
  areas: Area[];
  /** All Annex A controls with their titles, in the standard's order. */
  controls: ControlRef[];
}

/** The question bank of content/data/assessment.yaml checked against content/data/standard.yaml. */
export function deriveAssessment(assessment: AssessmentData, standard: StandardFacts): DerivedAssessment {
  return {
    problems: checkQuestionBank(assessment.questions, standard),
    areas: areasFromStandard(standard),
    controls: controlsFromStandard(standard),
  };
}

/** The message the build fails with when the question bank does not match the standard. */
export const assessmentFailure = (problems: readonly string[]) =>
  `content/data/assessment.yaml does not match content/data/standard.yaml:\n- ${problems.join('\n- ')}`;

export type DerivedEstimator =
  | { model: EstimatorModel; problem?: undefined }
  /** `file` is the data file the estimator cannot be built from, named at the start of the error. */
  | { model?: undefined; problem: { file: string; message: string; error: Error } };

/**
 * The estimator's model from content/data/costs.yaml, certification.yaml and pricing.yaml (whose
 * pricing rules its schema has already checked), or the file that stops it from being built.
 */
export function deriveEstimatorModel(
  costs: z.output<typeof costsSchema>,
  certification: z.output<typeof certificationSchema>,
  pricing: PricingData,
): DerivedEstimator {
  try {
    return { model: buildEstimatorModel(costs, certification, pricing) };
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    // buildEstimatorModel starts each message with the file it is about: "content/data/costs.yaml: …".
    const named = /^(content\/[^:\s]+):\s*([\s\S]*)$/.exec(error.message);
    return {
      problem: { file: named?.[1] ?? 'content/data/pricing.yaml', message: named?.[2] ?? error.message, error },
    };
  }
}
