/**
 * One timeline rule for both tools: for the same organization, the readiness assessment and the
 * quote estimator give the same range (issue 12: 50-500 people with 8 AI systems gave 16-25 weeks
 * in one and 15-22 in the other).
 */
import { describe, expect, it } from 'vitest';
import { estimateTimeline as assessmentTimeline } from '../../src/lib/assessment/timeline';
import { EU_EXPOSURES, ROLES, SIZE_BANDS, type Scoping } from '../../src/lib/assessment/types';
import { defaultInputs } from '../../src/lib/estimator/inputs';
import { buildTimelineTable, estimateTimeline as estimatorTimeline } from '../../src/lib/estimator/timeline';
import { certificationData, realModel } from './estimator/realModel';

const TODAY = '2026-12-01';
// What the assessment page passes to its island.
const assessmentTable = buildTimelineTable(certificationData.phases, realModel.pricing);

function bothTools(scoping: Scoping) {
  const assessment = assessmentTimeline(certificationData.phases, scoping, 100, assessmentTable);
  const estimator = estimatorTimeline(
    {
      ...defaultInputs(),
      sizeBand: scoping.sizeBand!,
      aiSystemCount: scoping.aiSystemCount!,
      role: scoping.role!,
      highRisk: scoping.euExposure === 'high-risk',
      certifications: [],
      aiInventory: false,
    },
    realModel,
    TODAY,
  );
  return {
    assessment: [assessment.totalLowWeeks, assessment.totalHighWeeks],
    estimator: [estimator.minWeeks, estimator.maxWeeks],
  };
}

describe('the shared timeline rule', () => {
  it('gives 50-500 people with 8 AI systems the published range in both tools', () => {
    const published = [
      certificationData.phases.reduce((sum, phase) => sum + phase.minWeeks, 0),
      certificationData.phases.reduce((sum, phase) => sum + phase.maxWeeks, 0),
    ];
    const { assessment, estimator } = bothTools({
      role: 'provider',
      sizeBand: '50-500',
      aiSystemCount: 8,
      euExposure: 'none',
    });
    expect(assessment).toEqual(published);
    expect(estimator).toEqual(published);
  });

  it('agrees for every size, role and exposure, and across the range of AI system counts', () => {
    const counts = [1, 2, 3, 4, 5, 8, 10, 11, 20, 25, 26, 50, 51, 120, realModel.pricing.aiSystems.max];
    for (const sizeBand of SIZE_BANDS)
      for (const role of ROLES)
        for (const euExposure of EU_EXPOSURES)
          for (const aiSystemCount of counts) {
            const scoping = { role, sizeBand, aiSystemCount, euExposure };
            const { assessment, estimator } = bothTools(scoping);
            expect(assessment, JSON.stringify(scoping)).toEqual(estimator);
          }
  });

  it('lengthens the path for larger organizations and more AI systems in both tools', () => {
    const high = (sizeBand: Scoping['sizeBand'], aiSystemCount: number) =>
      bothTools({ role: 'provider', sizeBand, aiSystemCount, euExposure: 'none' }).assessment[1]!;
    expect(high('over-2000', 8)).toBeGreaterThan(high('50-500', 8));
    expect(high('50-500', 60)).toBeGreaterThan(high('50-500', 8));
  });
});
