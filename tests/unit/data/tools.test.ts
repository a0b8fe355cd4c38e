/**
 * The tool pages' data is derived once per build: four pages (two per tool) ask for it, the
 * question bank check and the estimator's model run once. Astro's content store is replaced by
 * the real data files, parsed with their schemas as the build parses them.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { DATA_FILES, dataFilePath, type DataFileName } from '../../../src/schemas/collections';
import { ASSESSMENT_AREA_IDS } from '../support/assessmentAreas';

const runs = vi.hoisted(() => ({ checkQuestionBank: 0, buildEstimatorModel: 0 }));

vi.mock('astro:content', () => ({
  getEntry: async (collection: DataFileName) => ({
    id: collection,
    data: DATA_FILES[collection].parse(parse(readFileSync(dataFilePath(collection), 'utf8'))),
  }),
  getCollection: async () => [],
}));
vi.mock('../../../src/lib/assessment/questionBank', async (original) => {
  const actual = await original<typeof import('../../../src/lib/assessment/questionBank')>();
  return {
    ...actual,
    checkQuestionBank: (...args: Parameters<typeof actual.checkQuestionBank>) => {
      runs.checkQuestionBank += 1;
      return actual.checkQuestionBank(...args);
    },
  };
});
vi.mock('../../../src/lib/estimator/model', async (original) => {
  const actual = await original<typeof import('../../../src/lib/estimator/model')>();
  return {
    ...actual,
    buildEstimatorModel: (...args: Parameters<typeof actual.buildEstimatorModel>) => {
      runs.buildEstimatorModel += 1;
      return actual.buildEstimatorModel(...args);
    },
  };
});

const { getAssessmentData, getEstimatorData } = await import('../../../src/data/tools');
// The first call parses and checks every data file the tools use: seconds on a busy 2-core machine.
const FIRST_DERIVATION_TIMEOUT = 30_000;

describe('the tools’ derived data', () => {
  it(
    'is computed once however many pages ask for it',
    async () => {
      const assessmentPages = await Promise.all([getAssessmentData(), getAssessmentData()]);
      const estimatorPages = await Promise.all([getEstimatorData(), getEstimatorData()]);
      expect(runs).toEqual({ checkQuestionBank: 1, buildEstimatorModel: 1 });
      expect(assessmentPages[1]).toBe(assessmentPages[0]);
      expect(estimatorPages[1]).toBe(estimatorPages[0]);
    },
    FIRST_DERIVATION_TIMEOUT,
  );

  it('holds the areas and the model the pages render', async () => {
    const { areas, controls, assessment } = await getAssessmentData();
    expect(areas.map((area) => area.id)).toEqual(ASSESSMENT_AREA_IDS);
    expect(controls).toHaveLength(38);
    expect(new Set(assessment.questions.map((question) => question.area))).toEqual(
      new Set(areas.map((area) => area.id)),
    );
    const { model, costs } = await getEstimatorData();
    expect(model.components.map((component) => component.id)).toEqual(
      costs.components.map((component) => component.id),
    );
  });
});

describe('the pricing rules', () => {
  it('are checked by the schema of content/data/pricing.yaml, where the build reads the file', () => {
    const pricing = parse(readFileSync(dataFilePath('pricing'), 'utf8'));
    pricing.highRisk.costs[0].percent = -10;
    const result = DATA_FILES.pricing.safeParse(pricing);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toMatch(
      /^highRisk: costs .* must not go down/m,
    );
  });
});
