/**
 * The data of the two tools, derived once per build and shared by their pages: the assessment's
 * checked question bank (/assessment/, /assessment/method/) and the estimator's model
 * (/estimate/, /estimate/method/). Each derivation is in derive.ts, which `npm run check` runs too.
 */
import { assessmentFailure, deriveAssessment, deriveEstimatorModel } from './derive';
import { buildTimelineTable } from '../lib/estimator/timeline';
import { getDataFile } from './site';

async function loadAssessment() {
  const [assessment, standard, certification, pricing] = await Promise.all([
    getDataFile('assessment'),
    getDataFile('standard'),
    getDataFile('certification'),
    getDataFile('pricing'),
  ]);
  const { problems, areas, controls } = deriveAssessment(assessment, standard);
  if (problems.length > 0) throw new Error(assessmentFailure(problems));
  // One timeline rule for both tools: the estimator's week effects, as a table the island can carry.
  const timelineTable = buildTimelineTable(certification.phases, pricing);
  return { assessment, standard, certification, pricing, areas, controls, timelineTable };
}

async function loadEstimator() {
  const [pricing, costs, certification] = await Promise.all([
    getDataFile('pricing'),
    getDataFile('costs'),
    getDataFile('certification'),
  ]);
  const derived = deriveEstimatorModel(costs, certification, pricing);
  if (derived.problem) throw derived.problem.error;
  return { pricing, costs, certification, model: derived.model };
}

let assessment: ReturnType<typeof loadAssessment> | undefined;
let estimator: ReturnType<typeof loadEstimator> | undefined;

/** The assessment's data files with its areas and controls, after the question bank check passed. */
export function getAssessmentData() {
  assessment ??= loadAssessment();
  return assessment;
}

/** The estimator's data files with the model its island and method page compute with. */
export function getEstimatorData() {
  estimator ??= loadEstimator();
  return estimator;
}
